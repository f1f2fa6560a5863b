/** Every refused call: the right exit code, one `error:` line, nothing on stdout, every file byte-identical. */
import { describe, expect, test } from "bun:test";
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedFiles } from "../scripts/generate.ts";
import { runIn, SCRIPTS, snapshot, stateDir, tempProject } from "./helpers.ts";

/** A project with one session `w` and one archive. */
async function seeded(): Promise<string> {
  const p = tempProject();
  await runIn(p, "set", ["done", "s"]);
  await runIn(p, "save", ["done"]);
  await runIn(p, "set", ["w", "init", '{"a":1}']);
  return p;
}

const big = JSON.stringify({ blob: "x".repeat(1024 * 1024) });

const REFUSED: [string, string, string[], number, RegExp][] = [
  ["name ../x", "set", ["../x", "s"], 2, /invalid session name/],
  ["name a/b", "set", ["a/b", "s"], 2, /invalid session name/],
  ["empty name", "set", ["", "s"], 2, /invalid session name "": it is empty/],
  ["name with spaces", "set", ["a b", "s"], 2, /invalid session name/],
  ["name a::b", "set", ["a::b", "s"], 2, /empty segment/],
  ["name for get", "get", ["../../etc/passwd"], 2, /invalid session name/],
  ["name for save", "save", ["a/b"], 2, /invalid session name/],
  ["name for reset", "reset", ["..\\x"], 2, /invalid session name/],
  ["invalid JSON", "set", ["w", "s", "{nope"], 2, /CONTEXT_JSON is not valid JSON/],
  ["a JSON array", "set", ["w", "s", "[1,2]"], 2, /must be a JSON object, not an array/],
  ["JSON null", "set", ["w", "s", "null"], 2, /must be a JSON object, not null/],
  ["a JSON string", "set", ["w", "s", '"x"'], 2, /must be a JSON object, not string/],
  ["missing step", "set", ["w"], 2, /missing STEP/],
  ["no arguments", "set", [], 2, /missing NAME and STEP/],
  ["empty step", "set", ["w", ""], 2, /step name is empty/],
  ["step with a newline", "set", ["w", "a\nb"], 2, /control characters/],
  ["too many arguments", "set", ["w", "s", "{}", "extra"], 2, /unexpected argument "extra"/],
  ["unknown option", "set", ["w", "s", "--bogus"], 2, /unknown option --bogus/],
  ["unknown option on get", "get", ["w", "--verbose"], 2, /unknown option --verbose/],
  ["option without its value", "set", ["w", "s", "--status"], 2, /option --status needs a value/],
  [
    "unknown status",
    "set",
    ["w", "s", "--status", "done"],
    2,
    /invalid --status "done": expected one of running, paused/,
  ],
  ["save with a running status", "save", ["w", "--status", "running"], 2, /invalid --status "running"/],
  ["negative --expect-rev", "set", ["w", "s", "--expect-rev=-1"], 2, /--expect-rev must be a whole number/],
  [
    "ambiguous --expect-rev",
    "set",
    ["w", "s", "--expect-rev", "-1"],
    2,
    /option --expect-rev needs a value \(for one starting with '-', write --expect-rev=VALUE\)/,
  ],
  [
    "--expect-rev not a number",
    "set",
    ["w", "s", "--expect-rev", "two"],
    2,
    /--expect-rev must be a whole number, not "two"/,
  ],
  ["a flag given a value", "set", ["w", "s", "--done=yes"], 2, /option --done takes no value/],
  ["bad --usage", "set", ["w", "s", "--usage", '{"tokens":"many"}'], 2, /--usage counter "tokens" must be a number/],
  ["bad --plan", "set", ["w", "s", "--plan", "a,,b"], 2, /--plan has an empty step/],
  ["--error with --done", "set", ["w", "s", "--error", "x", "--done"], 2, /contradict/],
  [
    "--error with another status",
    "set",
    ["w", "s", "--error", "x", "--status", "running"],
    2,
    /cannot also be --status running/,
  ],
  ["--replace-context without JSON", "set", ["w", "s", "--replace-context"], 2, /needs CONTEXT_JSON/],
  ["a state over 1 MiB", "set", ["w", "s", "-"], 2, /state of w would be \d+ bytes, over the 1 MiB limit/],
  ["a new state over 1 MiB", "set", ["fresh", "s", "-"], 2, /over the 1 MiB limit/],
  ["invalid JSON on stdin", "set", ["w", "s", "-"], 2, /the context on stdin is not valid JSON/],
  ["rev mismatch", "set", ["w", "s", "--expect-rev", "7"], 3, /w is at rev 1, not 7/],
  ["bad duration", "cleanup", ["--older-than", "30days"], 2, /invalid duration "30days"/],
  ["duration without a unit", "cleanup", ["--stale", "30"], 2, /invalid duration "30"/],
  ["fractional duration", "cleanup", ["--stale", "1.5d"], 2, /invalid duration "1.5d"/],
  ["unknown option on cleanup", "cleanup", ["--older-than", "3d", "--force"], 2, /unknown option --force/],
  ["--archive without --older-than", "cleanup", ["--stale", "3d", "--archive", "x"], 2, /apply to --older-than/],
  ["unknown option on doctor", "doctor", ["--repair"], 2, /unknown option --repair/],
  ["doctor with an argument", "doctor", ["w"], 2, /unexpected argument "w"/],
  ["cleanup without scope", "cleanup", [], 2, /cleanup needs a scope/],
  ["save of a missing session", "save", ["ghost"], 2, /Session not found: ghost/],
  ["bad SESSION_NOW", "set", ["w", "s"], 2, /SESSION_NOW is not a UTC instant/],
];

describe("bad input changes nothing", () => {
  test.each(REFUSED)("%s", async (label, cmd, args, code, message) => {
    const p = await seeded();
    const before = snapshot(p);
    const stdin = label.includes("1 MiB") ? big : label.includes("stdin") ? "{oops" : undefined;
    const r = await runIn(p, cmd, args, label === "bad SESSION_NOW" ? { now: "yesterday" } : { stdin });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(lines.filter((line) => line.startsWith("error:"))).toHaveLength(1);
    expect(snapshot(p)).toEqual(before);
  });

  test("a refused first write does not even create the state folder", async () => {
    const p = tempProject();
    const r = await runIn(p, "set", ["w", "s", "--expect-rev", "3"]);
    expect(r.code).toBe(3);
    expect(snapshot(p)).toEqual({});
  });
});

describe("corrupt stored data", () => {
  test.each([
    ["not JSON", "{ nope", /is not valid JSON/],
    ["a schema violation", '{"workflow": "w", "rev": -1}\n', /is not a valid session/],
    [
      "git conflict markers",
      '<<<<<<< HEAD\n{"a":1}\n=======\n{"a":2}\n>>>>>>> feature\n',
      /holds git conflict markers/,
    ],
  ])("a state file holding %s: exit 4 on get and set, file kept", async (_, content, message) => {
    const p = await seeded();
    writeFileSync(join(stateDir(p), "w.json"), content);
    const before = snapshot(p);
    for (const args of [
      ["get", "w"],
      ["set", "w", "s2"],
      ["save", "w"],
      ["reset", "w"],
    ] as const) {
      const r = await runIn(p, args[0], [...args.slice(1)]);
      expect(r.code).toBe(4);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("w.json");
      expect(r.stderr).toContain("hint:");
    }
    expect(snapshot(p)).toEqual(before);
  });

  test("a state file that carries another name is corrupt", async () => {
    const p = await seeded();
    const other = readFileSync(join(stateDir(p), "w.json"), "utf8").replace('"workflow": "w"', '"workflow": "other"');
    writeFileSync(join(stateDir(p), "w.json"), other);
    expect((await runIn(p, "get", ["w"])).code).toBe(4);
  });

  test("a symlink planted as a state file never redirects a write outside the project", async () => {
    const p = await seeded();
    const outside = join(tempProject(), "secret.json");
    writeFileSync(
      outside,
      readFileSync(join(stateDir(p), "w.json"), "utf8").replace('"workflow": "w"', '"workflow": "evil"'),
    );
    symlinkSync(outside, join(stateDir(p), "evil.json"));
    const secret = readFileSync(outside, "utf8");
    for (const args of [
      ["set", "evil", "s", '{"x":1}'],
      ["save", "evil"],
      ["reset", "evil"],
    ]) {
      const r = await runIn(p, args[0] as string, args.slice(1));
      expect(r.code).toBe(4);
      expect(r.stderr).toContain("is a symbolic link");
    }
    expect(readFileSync(outside, "utf8")).toBe(secret);
  });
});

describe("generated files", () => {
  test.each(Object.entries(generatedFiles()))(
    "%s is what the zod schema generates (run `bun run generate` after changing it)",
    (path, content) => {
      expect(readFileSync(path, "utf8")).toBe(content);
    },
  );
});

describe("a state folder the user cannot write", () => {
  test("set and save fail with exit 1 and a clear message, and change nothing", async () => {
    const p = await seeded();
    const before = snapshot(p);
    // As root, permissions do not bind: run the scripts as `nobody` instead (setpriv, util-linux).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(p, 0o755);
    else chmodSync(stateDir(p), 0o555);
    try {
      for (const args of [
        ["set", "w", "s2"],
        ["save", "w"],
        ["set", "new", "s"],
      ]) {
        const cmd = ["bun", join(SCRIPTS, `${args[0]}.ts`), ...args.slice(1)];
        const proc = Bun.spawnSync(
          asRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...cmd] : cmd,
          {
            cwd: p,
            env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), SESSION_NOW: "2025-01-29T15:00:00Z" },
          },
        );
        expect(proc.exitCode).toBe(1);
        expect(proc.stdout.toString()).toBe("");
        expect(proc.stderr.toString()).toMatch(/^error: cannot .*ia\/state\/sessions.*: permission denied\n/);
      }
    } finally {
      if (!asRoot) chmodSync(stateDir(p), 0o755);
    }
    expect(snapshot(p)).toEqual(before);
  });
});
