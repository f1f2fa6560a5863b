/**
 * Issue 14 ("Trust"), findings 8 and 9: commands that act on a session they
 * found must not act on whatever holds its name by the time they write, and the
 * smaller findings. Each test failed on the code before its fix. The races are
 * made deterministic with the `after-resolve` and `after-list` failpoints: the
 * spawned command stops there, the test changes the folder, then lets it go on.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConflictError, NotFoundError } from "../.claude/skills/session/lib/core/errors.ts";
import { logEvent } from "../.claude/skills/session/lib/core/lifecycle-events.ts";
import { statePaths } from "../.claude/skills/session/lib/fs/state-paths.ts";
import { saveSession } from "../.claude/skills/session/lib/store/save.ts";
import { markActive } from "../.claude/skills/session/lib/store/start.ts";
import { openStore, removeSession, updateFound } from "../.claude/skills/session/lib/store/store.ts";
import { NOW, readState, runIn, snapshot, spawn, stateDir, stopped, tempProject } from "./helpers.ts";

/** Runs `cmd args` until it stops at FAILPOINT, runs `meanwhile`, lets it finish: its exit code and output. */
async function interleaved(
  project: string,
  cmd: string,
  args: string[],
  failpoint: string,
  meanwhile: () => Promise<unknown>,
) {
  const proc = spawn(project, cmd, args, { env: { SESSION_FAILPOINT: `${failpoint}:stop` } });
  try {
    await stopped(proc.pid);
    await meanwhile();
  } finally {
    proc.kill("SIGCONT");
  }
  const code = await proc.exited;
  return { code, stdout: await new Response(proc.stdout).text(), stderr: await new Response(proc.stderr).text() };
}

/** A project with session `w` started; its id. */
async function started(p: string): Promise<string> {
  const r = await runIn(p, "set", ["w", "one", '{"first":true}']);
  expect(r.code).toBe(0);
  return r.json.id;
}

// Each command, given the id of session `w` (found before the race, acted on after it).
const BY_ID: [string, (id: string) => string[]][] = [
  ["resume", (id) => [id]],
  ["log", (id) => [id, "a note"]],
  ["pause", (id) => [id]],
  ["activate", (id) => [id]],
  ["set", (id) => [id, "two", '{"later":true}']],
  ["save", (id) => [id]],
  ["delete", (id) => [id, "--force"]],
  ["reset", (id) => [id]],
];

describe("8. a command acts on the session it found, never on whatever holds its name by the time it writes", () => {
  test.each(BY_ID)(
    "%s ID, while the name was reset and started again: exit 3, the new session untouched",
    async (cmd, args) => {
      const p = tempProject();
      const id = await started(p);
      let newcomer = "";
      const r = await interleaved(p, cmd, args(id), "after-resolve", async () => {
        expect((await runIn(p, "reset", ["w"])).code).toBe(0);
        newcomer = (await runIn(p, "set", ["w", "other", '{"second":true}'])).json.id;
      });
      const after = snapshot(p);
      expect([r.code, r.stdout]).toEqual([3, ""]);
      expect(r.stderr).toContain(`w is now another session (id ${newcomer}, not ${id}): it was replaced meanwhile`);
      expect(readState(p, "w")).toMatchObject({
        id: newcomer,
        step: "other",
        status: "running",
        rev: 1,
        context: { second: true },
      });
      expect(readdirSync(stateDir(p)).filter((f) => f.startsWith(".active-"))).toEqual([]);
      expect(existsSync(join(stateDir(p), "archives"))).toBe(false);
      expect(snapshot(p)).toEqual(after);
    },
    30_000,
  );

  // delete and reset of a session gone meanwhile have nothing left to do: they say so (deleted/reset false), exit 0.
  test.each(BY_ID.filter(([cmd]) => cmd !== "delete" && cmd !== "reset"))(
    '%s ID, while the session was saved: exit 2 "no longer active", nothing written',
    async (cmd, args) => {
      const p = tempProject();
      const id = await started(p);
      let archive = "";
      const r = await interleaved(p, cmd, args(id), "after-resolve", async () => {
        archive = (await runIn(p, "save", ["w"])).json.archive;
      });
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain(`w (id ${id}) is no longer active: it was saved, reset or deleted meanwhile`);
      expect(readdirSync(stateDir(p)).filter((f) => f.endsWith(".json") || f.startsWith(".active-"))).toEqual([]);
      expect(readdirSync(join(p, "ia/state/sessions/archives"))).toEqual([archive.split("/").at(-1) as string]);
    },
    30_000,
  );

  test("resume NAME, while the name was reset and started again, does not " +
    "resume the newcomer (exit 3); a retry does", async () => {
    const p = tempProject();
    await started(p);
    expect((await runIn(p, "set", ["w", "one", "--error", "boom"])).code).toBe(0);
    const r = await interleaved(p, "resume", ["w"], "after-resolve", async () => {
      await runIn(p, "reset", ["w"]);
      await runIn(p, "set", ["w", "other"]);
    });
    expect(r.code).toBe(3);
    expect(readState(p, "w").events.map((e: any) => e.kind)).toEqual(["start", "enter"]);
    const retry = await runIn(p, "resume", ["w"]);
    expect([retry.code, retry.json.step]).toEqual([0, "other"]);
  }, 30_000);

  test("cleanup --stale skips a stale session replaced since its scan by a newcomer at the same rev, which it would " +
    "have saved", async () => {
    const p = tempProject();
    const old = (await runIn(p, "set", ["w", "one"], { now: "2025-01-01T00:00:00Z" })).json.id;
    let newcomer = "";
    const r = await interleaved(p, "cleanup", ["--stale", "7d"], "after-resolve", async () => {
      await runIn(p, "reset", ["w"]);
      newcomer = (await runIn(p, "set", ["w", "fresh"])).json.id;
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.archived).toEqual([]);
    expect(report.skipped).toEqual([
      { path: "ia/state/sessions/w.json", reason: expect.stringContaining(`not ${old}): it was replaced meanwhile`) },
    ]);
    expect(readState(p, "w")).toMatchObject({ id: newcomer, step: "fresh", rev: 1 });
    expect(existsSync(join(stateDir(p), "archives"))).toBe(false);
  }, 30_000);
});

describe("8. the one check, at the store", () => {
  const setUp = async () => {
    const p = tempProject();
    const store = openStore(statePaths(p));
    const old = await started(p);
    expect((await runIn(p, "reset", ["w"])).code).toBe(0);
    const current = await started(p);
    return { p, store, old, current, before: snapshot(p) };
  };

  test.each([
    [
      "updateFound",
      (s: any, id: string) => updateFound(s, { workflow: "w", id }, (stored) => [logEvent(stored, "x", NOW)]),
    ],
    ["markActive", (s: any, id: string) => markActive(s, "w", NOW, id)],
    ["saveSession", (s: any, id: string) => saveSession(s, "w", { now: NOW, expectId: id })],
    ["removeSession", (s: any, id: string) => removeSession(s, "w", id)],
  ])("%s with the id of a session replaced since: ConflictError (exit 3), nothing changed", async (_name, act) => {
    const { p, store, old, before } = await setUp();
    expect(() => act(store, old)).toThrow(ConflictError);
    expect(snapshot(p)).toEqual(before);
  });

  test.each([
    [
      "updateFound",
      (s: any, id: string) => updateFound(s, { workflow: "w", id }, (stored) => [logEvent(stored, "x", NOW)]),
    ],
    ["markActive", (s: any, id: string) => markActive(s, "w", NOW, id)],
    ["saveSession", (s: any, id: string) => saveSession(s, "w", { now: NOW, expectId: id })],
  ])("%s with the id of a session gone since: NotFoundError (exit 2), nothing changed", async (_name, act) => {
    const p = tempProject();
    const store = openStore(statePaths(p));
    const id = await started(p);
    expect((await runIn(p, "reset", ["w"])).code).toBe(0);
    const before = snapshot(p);
    expect(() => act(store, id)).toThrow(NotFoundError);
    expect(snapshot(p)).toEqual(before);
  });
});

describe("9. smaller findings", () => {
  test("doctor does not call a state file removed by a concurrent save corrupt", async () => {
    const p = tempProject();
    await started(p);
    const r = await interleaved(p, "doctor", ["--json"], "after-list", async () => {
      expect((await runIn(p, "save", ["w"])).code).toBe(0);
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ problems: [], ok: true, checked: { sessions: 0, archives: 1 } });
  }, 30_000);

  test("doctor --fix reports a failed `git config` as not fixed, and exits 1", async () => {
    const p = tempProject();
    expect(Bun.spawnSync(["git", "init", "-q"], { cwd: p }).exitCode).toBe(0);
    writeFileSync(join(p, ".git/config.lock"), ""); // another git holds the config: `git config` fails
    await started(p);
    const r = await runIn(p, "doctor", ["--fix", "--json"]);
    expect(r.code).toBe(1);
    const problem = r.json.problems.find((x: any) => x.kind === "merge-driver");
    expect(problem).toMatchObject({ fixed: false, result: expect.stringContaining("git config failed") });
    expect(r.json.ok).toBe(false);
    const text = await runIn(p, "doctor", ["--fix"]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(/^fixed\s+merge-driver/m);
  });

  test("a usage sum beyond ±2^53, which would be rounded, is refused (exit 2) and nothing changes", async () => {
    const p = tempProject();
    expect((await runIn(p, "set", ["w", "s", "--usage", '{"tokens":9007199254740990}'])).code).toBe(0);
    const up = await runIn(p, "set", ["w", "s", "--usage", '{"tokens":1}']);
    expect([up.code, up.json.usage.tokens]).toEqual([0, 9007199254740991]);
    const before = snapshot(p);
    const r = await runIn(p, "set", ["w", "s", "--usage", '{"tokens":2}']);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(
      '--usage would make the counter "tokens" too large to count exactly (beyond ±2^53, sums are rounded)',
    );
    expect(snapshot(p)).toEqual(before);
    // A counter whose first value is already past 2^53 would round every later sum: refused too; negative ones alike.
    expect((await runIn(p, "set", ["v", "s", "--usage", '{"cost":1e20}'])).code).toBe(2);
    expect((await runIn(p, "set", ["v", "s", "--usage", '{"debt":-9007199254740992}'])).code).toBe(2);
    // Other counters of the same session still add up.
    expect((await runIn(p, "set", ["w", "s", "--usage", '{"calls":3}'])).json.usage).toEqual({
      tokens: 9007199254740991,
      calls: 3,
    });
  });

  test(
    "list answers as get --all does: a folder, a FIFO or a symlink named *.json is listed as corrupt, with the " +
      "index or without",
    async () => {
      const p = tempProject();
      await started(p);
      const dir = stateDir(p);
      mkdirSync(join(dir, "folder.json"));
      expect(Bun.spawnSync(["mkfifo", join(dir, "fifo.json")]).exitCode).toBe(0);
      symlinkSync("w.json", join(dir, "link.json"));
      mkdirSync(join(dir, "archives/old.md"), { recursive: true });
      const all = await runIn(p, "get", ["--all"]);
      const corruptIn = (entries: any[]) => entries.filter((e) => e.status === "corrupt").map((e) => e.file);
      const expected = ["ia/state/sessions/fifo.json", "ia/state/sessions/folder.json", "ia/state/sessions/link.json"];
      expect(corruptIn(all.json).sort()).toEqual(expected);
      const withoutIndex = await runIn(p, "list", ["--json"]);
      expect(existsSync(join(dir, ".index"))).toBe(false);
      expect((await runIn(p, "reindex")).code).toBe(0);
      expect(existsSync(join(dir, ".index"))).toBe(true);
      const withIndex = await runIn(p, "list", ["--json"]);
      for (const listed of [withoutIndex, withIndex]) {
        expect(listed.code).toBe(0);
        expect(corruptIn(listed.json).sort()).toEqual([...expected, "ia/state/sessions/archives/old.md"].sort());
      }
      const byFile = (entries: any[]) =>
        Object.fromEntries(entries.filter((e) => e.status === "corrupt").map((e) => [e.file, [e.workflow, e.error]]));
      expect(byFile(withIndex.json)).toEqual(byFile(withoutIndex.json));
      expect(byFile(withIndex.json)["ia/state/sessions/folder.json"]).toEqual([
        "folder",
        "is not a regular file (a folder, a FIFO or a device)",
      ]);
      // Filters and --limit apply to them as to any entry: a corrupt file has no date, so it comes last.
      const limited = await runIn(p, "list", ["--json", "--limit", "2"]);
      expect(limited.json.map((e: any) => e.workflow)).toEqual(["w", "fifo"]);
      expect((await runIn(p, "list", ["--json", "--status", "running"])).json.map((e: any) => e.workflow)).toEqual([
        "w",
      ]);
    },
  );

  test("doctor --fix moves nothing through a .corrupt symlink: it refuses, reports it, and exits 1", async () => {
    const p = tempProject();
    const outside = tempProject();
    await started(p);
    writeFileSync(join(stateDir(p), "broken.json"), "{ not json");
    symlinkSync(outside, join(stateDir(p), ".corrupt"));
    const r = await runIn(p, "doctor", ["--fix", "--json"]);
    expect(r.code).toBe(1);
    expect(readdirSync(outside)).toEqual([".git"]);
    expect(readFileSync(join(stateDir(p), "broken.json"), "utf8")).toBe("{ not json");
    expect(r.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "symlinked-folder", path: "ia/state/sessions/.corrupt", fixed: false }),
        expect.objectContaining({
          kind: "corrupt-state",
          path: "ia/state/sessions/broken.json",
          fixed: false,
          result: expect.stringContaining(".corrupt: is a symbolic link"),
        }),
      ]),
    );
  });

  test(
    "a state folder that already exists gets its .gitignore and .gitattributes on the first write; a person's " +
      "own are kept",
    async () => {
      const p = tempProject();
      const dir = stateDir(p);
      mkdirSync(dir, { recursive: true });
      // A refused call changes nothing, not even these.
      expect((await runIn(p, "set", ["w", "s", "--expect-rev", "4"])).code).toBe(3);
      expect(readdirSync(dir)).toEqual([]);
      expect((await runIn(p, "set", ["w", "s"])).code).toBe(0);
      expect(readFileSync(join(dir, ".gitignore"), "utf8")).toContain(".active-*");
      expect(readFileSync(join(dir, ".gitattributes"), "utf8")).toContain("*.json merge=session");

      const q = tempProject();
      const own = stateDir(q);
      mkdirSync(own, { recursive: true });
      writeFileSync(join(own, ".gitignore"), "# mine\n*.lock\n");
      symlinkSync("nowhere", join(own, ".gitattributes"));
      expect((await runIn(q, "set", ["w", "s"])).code).toBe(0);
      expect((await runIn(q, "activate", ["w"])).code).toBe(0);
      expect(readFileSync(join(own, ".gitignore"), "utf8")).toBe("# mine\n*.lock\n");
      expect(readdirSync(own).sort()).toEqual([".active-w", ".gitattributes", ".gitignore", "w.json"]);
    },
  );

  test("any write adds them when missing, not only a session's first: a marker, a save, a reset", async () => {
    for (const [cmd, args] of [
      ["activate", ["w"]],
      ["save", ["w"]],
      ["reset", ["w"]],
      ["log", ["w", "a note"]],
    ] as const) {
      const p = tempProject();
      await started(p);
      for (const file of [".gitignore", ".gitattributes"]) Bun.spawnSync(["rm", join(stateDir(p), file)]);
      expect((await runIn(p, cmd, [...args])).code).toBe(0);
      expect([
        cmd,
        existsSync(join(stateDir(p), ".gitignore")),
        existsSync(join(stateDir(p), ".gitattributes")),
      ]).toEqual([cmd, true, true]);
    }
  });
});
