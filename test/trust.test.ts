/**
 * Files that arrive through git are input from a stranger, and a disk can be
 * full: no front matter runs code, reading is bounded (depth, aliases, size),
 * and no short write is ever committed (issue 14, findings 1, 2 and 4).
 */
import { describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadYaml, parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { parseSession } from "../.claude/skills/session/lib/format/state-file.ts";
import { run, runIn, SAMPLE_SESSION, snapshot, stateDir, tempProject } from "./helpers.ts";

/** A project holding one archive whose front matter opens with `---LANG` and runs code if any engine evaluates it. */
function withEngineArchive(language: string): { project: string; pwned: string; file: string } {
  const project = tempProject();
  const pwned = join(project, "PWNED");
  const archives = join(stateDir(project), "archives");
  mkdirSync(archives, { recursive: true });
  const code = `(require("fs").writeFileSync(${JSON.stringify(pwned)}, "ran"), {workflow: "x", id: "abcdef12"})`;
  const file = join(archives, "2025-01-01-x-abcdef.md");
  writeFileSync(file, `---${language}\n${code}\n---\n\n# x\n`);
  return { project, pwned, file };
}

// Every engine gray-matter knows (and its aliases), a language it does not, and one written with a space.
const ENGINES = ["js", "javascript", "coffee", "coffeescript", "cson", "json", "yaml", "yml", "toml", " js"];

describe("1. no front matter engine ever runs", () => {
  test.each(ENGINES)("---%s: refused as a corrupt archive, naming the language", (language) => {
    const { pwned, file } = withEngineArchive(language);
    expect(() => parseArchive(readFileSync(file, "utf8"), file)).toThrow(
      expect.objectContaining({ exitCode: 4, reason: "front-matter-engine" }),
    );
    expect(existsSync(pwned)).toBe(false);
  });

  // Every command that reads archives, in process (the same code the bundles run).
  const paths: [string, string[]][] = [
    ["list", []],
    ["list", ["--json"]],
    ["search", ["x"]],
    ["show", ["abcdef12"]],
    ["show", ["x"]],
    ["status", ["x"]],
    ["doctor", []],
    ["doctor", ["--fix"]],
    ["reindex", []],
    ["cleanup", ["--older-than", "1d", "--dry-run"]],
    ["cleanup", ["--older-than", "1d"]],
    ["resume", ["x"]],
    ["resume", ["abcdef12"]],
    ["start", ["y", "--fork", "abcdef12"]],
    ["delete", ["abcdef12", "--force"]],
  ];
  test.each(paths)("%s %p runs no code from a ---js archive", async (cmd, args) => {
    const { project, pwned } = withEngineArchive("js");
    await runIn(project, cmd, args);
    expect(existsSync(pwned)).toBe(false);
  });

  test("doctor names the archive as corrupt, and --fix moves it aside, unrun", async () => {
    const { project, pwned, file } = withEngineArchive("javascript");
    const r = await runIn(project, "doctor");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2025-01-01-x-abcdef.md");
    expect(r.stdout).toContain("names a language");
    await runIn(project, "doctor", ["--fix"]);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(join(stateDir(project), ".corrupt")).length).toBe(1);
    expect(existsSync(pwned)).toBe(false);
  });

  test("the merge driver, as git runs it, runs no code and leaves a conflict", () => {
    const { project, pwned, file } = withEngineArchive("js");
    const ours = join(project, "ours.md");
    writeFileSync(ours, readFileSync(file));
    const r = run(project, "merge-driver", [file, ours, file, "archives/x.md"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("names a language");
    expect(readFileSync(ours, "utf8")).toStartWith("<<<<<<< ours\n");
    expect(existsSync(pwned)).toBe(false);
  });

  test("list and get --all, spawned as an agent would, run no code", () => {
    const { project, pwned } = withEngineArchive("js");
    expect(run(project, "list").code).toBe(0);
    expect(run(project, "search", ["x"]).code).toBe(0);
    expect(existsSync(pwned)).toBe(false);
  });
});

/** An archive frontmatter from another tool: `text` is the YAML between the fences. */
const archiveWith = (yaml: string) => `---\n${yaml}\n---\n\n# report\n`;

describe("4. reading is bounded: nesting, aliases and size make a file corrupt, in fixed time", () => {
  test(
    "a state file nested 20,000 levels deep: exit 4 naming it from get, show, set, save; doctor reports and " +
      "moves it aside",
    async () => {
      const project = tempProject();
      const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
      const path = join(stateDir(project), "deep.json");
      mkdirSync(stateDir(project), { recursive: true });
      writeFileSync(
        path,
        JSON.stringify({ ...SAMPLE_SESSION, workflow: "deep", context: { x: "DEEP" } }, null, 2).replace(
          '"DEEP"',
          deep,
        ),
      );
      for (const [cmd, args] of [
        ["get", ["deep"]],
        ["show", ["deep"]],
        ["set", ["deep", "next"]],
        ["save", ["deep"]],
      ] as const) {
        const r = await runIn(project, cmd, [...args]);
        expect(r.code).toBe(4);
        expect(r.stderr).toContain("deep.json");
        expect(r.stderr).toContain("nested more than 64 levels");
      }
      const doctor = await runIn(project, "doctor");
      expect(doctor.code).toBe(1);
      expect(doctor.stdout).toContain("deep.json");
      expect((await runIn(project, "doctor", ["--fix"])).code).toBe(0);
      expect(existsSync(path)).toBe(false);
      expect(readdirSync(join(stateDir(project), ".corrupt"))).toHaveLength(1);
    },
  );

  test("a context 65 levels deep in a state file is corrupt; 64 is read", () => {
    const nest = (levels: number): unknown => (levels === 1 ? { leaf: 1 } : { x: nest(levels - 1) });
    const state = (levels: number) => JSON.stringify({ ...SAMPLE_SESSION, context: nest(levels) });
    expect(parseSession(state(64), "s.json").workflow).toBe("workflow:pr");
    expect(() => parseSession(state(65), "s.json")).toThrow(expect.objectContaining({ reason: "too-deep" }));
  });

  test("100,000 levels in a state file: exit 4, not a crash", async () => {
    const project = tempProject();
    mkdirSync(stateDir(project), { recursive: true });
    writeFileSync(
      join(stateDir(project), "deep.json"),
      `{"context":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`,
    );
    const r = run(project, "get", ["deep"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("nested more than 64 levels");
  });

  test("billion laughs: an archive of YAML aliases is corrupt at once", async () => {
    const project = tempProject();
    const archives = join(stateDir(project), "archives");
    mkdirSync(archives, { recursive: true });
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      rows.push(
        `${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(9)
          .fill(`*${"abcdefghi"[i - 1]}`)
          .join(",")}]`,
      );
    writeFileSync(
      join(archives, "2025-01-01-x-abcdef.md"),
      archiveWith(`workflow: "x"\nid: "abcdef12"\n${rows.join("\n")}`),
    );
    const r = await runIn(project, "show", ["abcdef12"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("anchor");
    expect((await runIn(project, "doctor")).stdout).toContain("holds a YAML anchor");
    // The work done is bounded, not timed: the loader stops at the first anchor, before it reads the next line (here
    // one it could not parse) or any alias.
    const unreadable = "z: [ {{ : not yaml ]]";
    expect(() => loadYaml(unreadable)).toThrow(expect.objectContaining({ name: "YAMLException" }));
    expect(() => loadYaml([rows[0], unreadable, ...rows.slice(1)].join("\n"))).toThrow(
      expect.objectContaining({ reason: "yaml-anchor" }),
    );
  });

  test("an archive nested 20,000 levels deep: corrupt, never a stack overflow", () => {
    const text = archiveWith(`workflow: "x"\nid: "abcdef12"\ncontext: ${"[".repeat(20_000)}${"]".repeat(20_000)}`);
    expect(() => parseArchive(text, "a.md")).toThrow(expect.objectContaining({ exitCode: 4 }));
  });

  test("a file over the size bound is corrupt, and read no further than the bound", async () => {
    const project = tempProject();
    mkdirSync(join(stateDir(project), "archives"), { recursive: true });
    writeFileSync(
      join(stateDir(project), "big.json"),
      `${JSON.stringify(SAMPLE_SESSION)}${" ".repeat(9 * 1024 * 1024)}`,
    );
    const r = await runIn(project, "get", ["--all"]);
    expect(r.json).toContainEqual(
      expect.objectContaining({ status: "corrupt", error: expect.stringContaining("larger than") }),
    );
    expect((await runIn(project, "get", ["big"])).code).toBe(4);
  });
});

describe("2. no short write is ever committed", () => {
  test("short-write failpoint: every write(2) takes half; set and save still write whole files", async () => {
    const project = tempProject();
    const big = { blob: "x".repeat(300_000) };
    const env = { SESSION_FAILPOINT: "short-write" };
    expect((await runIn(project, "set", ["w", "a", JSON.stringify(big)], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(stateDir(project), "w.json"), "utf8")).context.blob).toHaveLength(300_000);
    const saved = await runIn(project, "save", ["w"], { env });
    expect(saved.code).toBe(0);
    expect(parseArchive(readFileSync(join(project, saved.json.archive), "utf8")).context).toEqual(big);
  });

  test("disk-full failpoint: set exits 1 with a clear error and every file stays as it was", async () => {
    const project = tempProject();
    expect((await runIn(project, "set", ["w", "a", JSON.stringify({ blob: "x".repeat(10_000) })])).code).toBe(0);
    const before = snapshot(project);
    const r = await runIn(project, "set", ["w", "b", JSON.stringify({ more: "y".repeat(50_000) })], {
      env: { SESSION_FAILPOINT: "disk-full:8192" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no space left on the device");
    expect(snapshot(project)).toEqual(before);
  });

  test("disk-full failpoint: save exits 1, writes no archive and keeps the active state", async () => {
    const project = tempProject();
    expect((await runIn(project, "set", ["w", "a", JSON.stringify({ blob: "x".repeat(10_000) })])).code).toBe(0);
    const before = snapshot(project);
    const r = await runIn(project, "save", ["w"], { env: { SESSION_FAILPOINT: "disk-full:4096" } });
    expect(r.code).toBe(1);
    expect(snapshot(project)).toEqual(before);
  });

  test("spawned: a set on a full disk exits 1, the old state intact", () => {
    const project = tempProject();
    expect(run(project, "set", ["w", "a", '{"k":1}']).code).toBe(0);
    const before = snapshot(project);
    const r = run(project, "set", ["w", "b", JSON.stringify({ more: "y".repeat(50_000) })], {
      env: { SESSION_FAILPOINT: "disk-full:100" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toStartWith("error: cannot write");
    expect(snapshot(project)).toEqual(before);
  });
});

/** A real small file system, where this machine lets a test mount one (root, CAP_SYS_ADMIN). */
function mountTmpfs(size: string, dir = join(tempProject(), "small")): string | undefined {
  mkdirSync(dir, { recursive: true });
  try {
    const proc = Bun.spawnSync(["mount", "-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], {
      stdout: "ignore",
      stderr: "ignore",
    });
    if (proc.exitCode !== 0) return undefined;
  } catch {
    return undefined;
  }
  return dir;
}
const unmount = (dir: string) => Bun.spawnSync(["umount", "-l", dir]);

const probe = mountTmpfs("64k", mkdtempSync(join(tmpdir(), "session-tmpfs-probe-")));
if (probe) {
  unmount(probe);
  rmSync(probe, { recursive: true, force: true });
} else console.warn("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): the real full-disk tests are skipped");

describe.skipIf(!probe)("2. a real full disk (a 256 KiB tmpfs)", () => {
  test("set of a state that does not fit: exit 1, nothing changed, the good version kept", async () => {
    const small = mountTmpfs("256k") as string;
    try {
      mkdirSync(join(small, ".git"));
      expect(run(small, "set", ["w", "a", "-"], { stdin: JSON.stringify({ blob: "x".repeat(100_000) }) }).code).toBe(0);
      const before = snapshot(small);
      const r = run(small, "set", ["w", "b", "-"], { stdin: JSON.stringify({ more: "y".repeat(200_000) }) });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("no space left on the device");
      expect(snapshot(small)).toEqual(before);
      expect(run(small, "get", ["w"]).json.context.blob).toHaveLength(100_000);
    } finally {
      unmount(small);
    }
  });

  test("save with no room for the archive: exit 1, the active state kept, no archive", async () => {
    const small = mountTmpfs("160k") as string;
    try {
      mkdirSync(join(small, ".git"));
      // Room for the state (~90 KB: the blob in its context and in its timeline) once, not for the state and its
      // archive.
      expect(run(small, "set", ["w", "a", "-"], { stdin: JSON.stringify({ blob: "x".repeat(45_000) }) }).code).toBe(0);
      const before = snapshot(small);
      const r = run(small, "save", ["w"]);
      expect(r.code).toBe(1);
      expect(snapshot(small)).toEqual(before);
    } finally {
      unmount(small);
    }
  });

  test("cleanup --archive onto a full file system: the copy is verified, the original kept", async () => {
    const project = tempProject();
    const small = mountTmpfs("64k") as string;
    try {
      expect((await runIn(project, "set", ["w", "a", JSON.stringify({ blob: "x".repeat(100_000) })])).code).toBe(0);
      const saved = await runIn(project, "save", ["w"]);
      const archive = join(project, saved.json.archive);
      const text = readFileSync(archive, "utf8");
      const r = run(project, "cleanup", ["--older-than", "0d", "--archive", small], { now: "2025-03-01T00:00:00Z" });
      expect(r.code).toBe(1);
      expect(readFileSync(archive, "utf8")).toBe(text);
      expect(readdirSync(small).filter((f) => f.endsWith(".md"))).toEqual([]);
    } finally {
      unmount(small);
    }
  });

  test("cleanup --archive across file systems with room: moved whole", async () => {
    const project = tempProject();
    const small = mountTmpfs("1m") as string;
    try {
      expect((await runIn(project, "set", ["w", "a", JSON.stringify({ blob: "x".repeat(100_000) })])).code).toBe(0);
      const saved = await runIn(project, "save", ["w"]);
      const text = readFileSync(join(project, saved.json.archive), "utf8");
      const r = run(project, "cleanup", ["--older-than", "0d", "--archive", small], { now: "2025-03-01T00:00:00Z" });
      expect(r.code).toBe(0);
      expect(existsSync(join(project, saved.json.archive))).toBe(false);
      const [moved] = readdirSync(small).filter((f) => f.endsWith(".md"));
      expect(readFileSync(join(small, moved as string), "utf8")).toBe(text);
    } finally {
      unmount(small);
      rmSync(small, { recursive: true, force: true });
    }
  });
});
