/**
 * The core commands in-process (from the sources, as `session <cmd>`), in a temporary project: exit code, output and
 * files.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { readState, runIn, snapshot, stateDir, tempProject } from "./helpers.ts";

describe("set and get", () => {
  test("set creates the session, get prints it, --field picks one value", async () => {
    const p = tempProject();
    const created = await runIn(p, "set", ["workflow:pr", "init", '{"branch":"feat/x"}']);
    expect(created.code).toBe(0);
    expect(created.stderr).toBe("");
    expect(created.json).toMatchObject({
      workflow: "workflow:pr",
      status: "running",
      step: "init",
      steps: ["init"],
      rev: 1,
    });
    expect(created.json.id).toMatch(/^[0-9a-z]{10}$/);

    await runIn(p, "set", ["workflow:pr", "git:pr:monitor", '{"pr_number":8}'], { now: "2025-01-29T15:05:00Z" });
    const file = readFileSync(join(stateDir(p), "workflow+pr.json"), "utf8");
    expect(file.endsWith("}\n")).toBe(true);
    expect(file).toContain('\n  "workflow": "workflow:pr",\n  "id": ');
    const state = JSON.parse(file);
    expect(Object.keys(state).slice(0, 8)).toEqual([
      "workflow",
      "id",
      "type",
      "status",
      "started_at",
      "updated_at",
      "step",
      "steps",
    ]);
    expect(state).toMatchObject({
      step: "git:pr:monitor",
      steps: ["init", "git:pr:monitor"],
      context: { branch: "feat/x", pr_number: 8 },
      rev: 2,
    });

    expect((await runIn(p, "get", ["workflow:pr"])).json).toEqual(state);
    expect((await runIn(p, "get", ["workflow:pr", "--field", "context.pr_number"])).stdout).toBe("8\n");
    expect((await runIn(p, "get", ["workflow:pr", "--field", "context.branch"])).stdout).toBe('"feat/x"\n');
    expect((await runIn(p, "get", ["workflow:pr", "--field", "context.branch", "--raw"])).stdout).toBe("feat/x\n");
    expect((await runIn(p, "get", ["workflow:pr", "--field", "steps.1"])).stdout).toBe('"git:pr:monitor"\n');
    expect((await runIn(p, "get", ["workflow:pr", "--field", "context.nope"])).stdout).toBe("null\n");
    expect((await runIn(p, "get", ["workflow:pr", "--pretty"])).stdout).toBe(`${JSON.stringify(state, null, 2)}\n`);
  });

  test("get of a missing session prints null and exits 0, and creates nothing", async () => {
    const p = tempProject();
    const r = await runIn(p, "get", ["nothing:here"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "null\n", ""]);
    expect(existsSync(join(p, "ia"))).toBe(false);
  });

  test("get with no NAME and no --all prints usage and exits 2", async () => {
    const r = await runIn(tempProject(), "get");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: missing NAME/);
    expect(r.stderr).toContain("hint: Usage: `session get NAME|ID [--field PATH]`, or `session get --all`.");
  });

  test("a session is found by its id or a unique id prefix; the name wins", async () => {
    const p = tempProject();
    const { id } = (await runIn(p, "set", ["weekly-review", "collect"])).json;
    expect((await runIn(p, "get", [id])).json.workflow).toBe("weekly-review");
    expect((await runIn(p, "get", [id.slice(0, 4)])).json.workflow).toBe("weekly-review");
    expect((await runIn(p, "get", [id.slice(0, 3)])).stdout).toBe("null\n");
    // A session literally named like the prefix wins over the id.
    await runIn(p, "set", [id.slice(0, 5), "x"]);
    expect((await runIn(p, "get", [id.slice(0, 5)])).json.workflow).toBe(id.slice(0, 5));
    // set with a full id moves that session.
    expect((await runIn(p, "set", [id, "summarize"])).json).toMatchObject({
      workflow: "weekly-review",
      steps: ["collect", "summarize"],
    });
  });

  test(
    "get --all lists summaries, most recently updated first, and an unreadable file last, on stdout and with a " +
      "warning",
    async () => {
      const p = tempProject();
      await runIn(p, "set", ["b", "s1"], { now: "2025-01-29T15:00:00Z" });
      await runIn(p, "set", ["a", "s1"], { now: "2025-01-29T15:00:00Z" });
      await runIn(p, "set", ["c:x", "s2"], { now: "2025-01-29T16:00:00Z" });
      writeFileSync(join(stateDir(p), "broken.json"), "{ not json");
      const r = await runIn(p, "get", ["--all"]);
      expect(r.code).toBe(0);
      expect(r.json.map((s: any) => s.workflow)).toEqual(["c:x", "a", "b", "broken"]);
      expect(Object.keys(r.json[0])).toEqual([
        "workflow",
        "id",
        "status",
        "step",
        "step_done",
        "next",
        "started_at",
        "updated_at",
      ]);
      expect(r.json[3]).toEqual({
        workflow: "broken",
        file: "ia/state/sessions/broken.json",
        status: "corrupt",
        error: expect.stringMatching(/broken\.json: is not valid JSON/),
      });
      expect(r.stderr).toMatch(/^warning: unreadable, listed as corrupt: .*broken\.json: is not valid JSON/);
      expect((await runIn(tempProject(), "get", ["--all"])).stdout).toBe("[]\n");
    },
  );

  test("context from stdin with '-'", async () => {
    const p = tempProject();
    const r = await runIn(p, "set", ["w", "s", "-"], { stdin: '{"from": "stdin", "n": [1, 2]}' });
    expect(r.json.context).toEqual({ from: "stdin", n: [1, 2] });
  });

  test(
    "set options: --status, --done, --error, --plan, --usage, --artifact, " + "--replace-context, --expect-rev",
    async () => {
      const p = tempProject();
      await runIn(p, "set", [
        "w",
        "init",
        '{"a":1,"b":{"c":2}}',
        "--plan",
        "init,build,test",
        "--usage",
        '{"tokens":100}',
      ]);
      let s = (
        await runIn(p, "set", [
          "w",
          "build",
          '{"b":{"c":null,"d":3}}',
          "--usage",
          '{"tokens":50}',
          "--artifact",
          "out/a.txt",
          "--artifact",
          "out/b.txt",
        ])
      ).json;
      expect(s.context).toEqual({ a: 1, b: { d: 3 } });
      expect(s.usage).toEqual({ tokens: 150 });
      expect(s.plan).toEqual(["init", "build", "test"]);
      expect(s.artifacts).toEqual(["out/a.txt", "out/b.txt"]);

      s = (await runIn(p, "set", ["w", "build", "--error", "compiler crashed"])).json;
      expect(s.status).toBe("failed");
      expect(s.errors[0]).toMatchObject({ step: "build", message: "compiler crashed" });

      s = (await runIn(p, "set", ["w", "build", "--done", "--expect-rev", "3"])).json;
      expect([s.status, s.step_done, s.rev]).toEqual(["running", true, 4]);

      const stale = await runIn(p, "set", ["w", "test", "--expect-rev", "3"]);
      expect(stale.code).toBe(3);
      expect(stale.stderr).toContain("error: w is at rev 4, not 3");
      expect(stale.stdout).toBe("");

      s = (await runIn(p, "set", ["w", "test", '{"fresh":true}', "--replace-context", "--status", "paused"])).json;
      expect(s.context).toEqual({ fresh: true });
      expect(s.status).toBe("paused");
    },
  );

  test("works from a subfolder, and with $SESSION_ROOT", async () => {
    const p = tempProject();
    mkdirSync(join(p, "src/deep"), { recursive: true });
    await runIn(p, "set", ["w", "s"], { cwd: join(p, "src/deep") });
    expect(existsSync(join(stateDir(p), "w.json"))).toBe(true);
    const other = tempProject();
    await runIn(p, "set", ["elsewhere", "s"], { env: { SESSION_ROOT: other } });
    expect(existsSync(join(stateDir(other), "elsewhere.json"))).toBe(true);
  });

  test("the first write creates the folder with its .gitignore for derived files and its .gitattributes", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const ignore = readFileSync(join(stateDir(p), ".gitignore"), "utf8");
    for (const pattern of ["*.lock", "*.tmp", ".index/", ".active-*", ".corrupt/"]) expect(ignore).toContain(pattern);
    expect(ignore).toBe(readFileSync(join(import.meta.dir, "../ia/state/sessions/.gitignore"), "utf8"));
    const attributes = readFileSync(join(stateDir(p), ".gitattributes"), "utf8");
    expect(attributes).toContain("\n* text eol=lf\n*.json merge=session\n");
    expect(readdirSync(stateDir(p)).sort()).toEqual([".gitattributes", ".gitignore", "w.json"]);
  });

  test("names differing only in case may not both be active", async () => {
    const p = tempProject();
    await runIn(p, "set", ["workflow:pr", "s"]);
    const before = snapshot(p);
    const r = await runIn(p, "set", ["Workflow:PR", "s"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("only in letter case");
    expect(snapshot(p)).toEqual(before);
  });
});

describe("reset", () => {
  test("deletes the active state without an archive, and is idempotent", async () => {
    const p = tempProject();
    const { id } = (await runIn(p, "set", ["w", "s"])).json;
    expect((await runIn(p, "reset", ["w"])).json).toEqual({ workflow: "w", id, reset: true });
    expect(existsSync(join(stateDir(p), "w.json"))).toBe(false);
    expect(existsSync(join(stateDir(p), "archives"))).toBe(false);
    const again = await runIn(p, "reset", ["w"]);
    expect([again.code, again.json]).toEqual([0, { workflow: "w", id: null, reset: false }]);
    expect((await runIn(tempProject(), "reset", ["never"])).code).toBe(0);
  });
});

describe("save", () => {
  test("archives to a dated markdown file named after the branch, then removes the active state", async () => {
    const p = tempProject();
    await runIn(p, "set", ["workflow:pr", "init", '{"branch":"feat/xxx"}']);
    await runIn(p, "set", ["workflow:pr", "monitor", '{"pr_number":8}', "--error", "CI red"], {
      now: "2025-01-29T15:03:00Z",
    });
    await runIn(p, "set", ["workflow:pr", "monitor", "--done"], { now: "2025-01-29T15:04:00Z" });
    const active = readState(p, "workflow+pr");
    const r = await runIn(p, "save", ["workflow:pr", "--notes", "Merged."], { now: "2025-01-29T15:05:00Z" });
    expect(r.code).toBe(0);
    expect(r.json).toEqual({
      workflow: "workflow:pr",
      id: active.id,
      status: "completed",
      archive: `ia/state/sessions/archives/2025-01-29-workflow-pr-feat-xxx-${active.id.slice(0, 6)}.md`,
    });
    expect(existsSync(join(stateDir(p), "workflow+pr.json"))).toBe(false);
    const text = readFileSync(join(p, r.json.archive), "utf8");
    // The archive is the state with a `save` event that says how it ended.
    const saved = {
      eid: expect.stringMatching(/^[0-9a-z]{12}$/),
      rev: active.rev + 1,
      at: "2025-01-29T15:05:00Z",
      kind: "save",
      step: "monitor",
      status: "completed",
      note: "Merged.",
    };
    expect(parseArchive(text)).toEqual({
      ...active,
      status: "completed",
      updated_at: "2025-01-29T15:05:00Z",
      ended_at: "2025-01-29T15:05:00Z",
      events: [...active.events, saved],
      rev: active.rev + 1,
      notes: "Merged.",
    });
    expect(text).toContain("# workflow:pr");
    expect(text).toContain("Completed on 2025-01-29 after 5m 0s: 2 steps entered, 1 error.");
    expect(text).toContain("1. ✓ init\n2. ✓ monitor");
    expect(text).toContain("\n- 15:03:00 entered monitor; monitor failed: CI red\n");
    expect(text).toContain("2. ✓ monitor — 2 attempts\n   - ✗ attempt 1, from 15:03:00, 0s: CI red\n");
    expect(text).toContain("## Notes\n\n```text\nMerged.\n```");
    expect((await runIn(p, "get", ["workflow:pr"])).stdout).toBe("null\n");
  });

  test("never overwrites an archive: a name already taken gets a suffix", async () => {
    const p = tempProject();
    const paths: string[] = [];
    const planted: string[] = [];
    mkdirSync(join(stateDir(p), "archives"), { recursive: true });
    for (let i = 0; i < 2; i++) {
      const { id } = (await runIn(p, "set", ["w", "s", `{"i":${i}}`])).json;
      // Someone's file already holds the name this archive would take (and, the second time, its -2).
      for (const suffix of i === 0 ? [""] : ["", "-2"]) {
        const path = join(stateDir(p), "archives", `2025-01-29-w-v1-${id.slice(0, 6)}${suffix}.md`);
        writeFileSync(path, `taken ${i}`);
        planted.push(path);
      }
      paths.push(
        (await runIn(p, "save", ["w", "--label", "v1", "--status", "abandoned"])).json.archive.replace(
          id.slice(0, 6),
          "ID",
        ),
      );
    }
    expect(paths).toEqual([
      "ia/state/sessions/archives/2025-01-29-w-v1-ID-2.md",
      "ia/state/sessions/archives/2025-01-29-w-v1-ID-3.md",
    ]);
    for (const path of planted) expect(readFileSync(path, "utf8")).toMatch(/^taken \d$/);
  });

  test("a failed session is archived as failed unless told otherwise", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s", "--error", "boom"]);
    expect((await runIn(p, "save", ["w"])).json.status).toBe("failed");
  });
});

/** An archive's path without the id at the end of its name, for names made from random ids. */
const withoutId = (path: string) => path.replace(/-[0-9a-z]{6}(?=(-\d+)?\.md$)/, "");

describe("cleanup", () => {
  async function projectWithArchives() {
    const p = tempProject();
    await runIn(p, "set", ["old:done", "s"], { now: "2024-11-01T10:00:00Z" });
    await runIn(p, "save", ["old:done"], { now: "2024-11-01T11:00:00Z" });
    await runIn(p, "set", ["old:failed", "s", "--error", "x"], { now: "2024-11-02T10:00:00Z" });
    await runIn(p, "save", ["old:failed"], { now: "2024-11-02T11:00:00Z" });
    await runIn(p, "set", ["recent", "s"], { now: "2025-01-20T10:00:00Z" });
    await runIn(p, "save", ["recent"], { now: "2025-01-20T11:00:00Z" });
    await runIn(p, "set", ["idle", "s"], { now: "2025-01-01T10:00:00Z" });
    await runIn(p, "set", ["busy", "s"], { now: "2025-01-29T14:00:00Z" });
    return p;
  }

  test("refuses without a scope and touches nothing", async () => {
    const p = await projectWithArchives();
    const before = snapshot(p);
    for (const args of [["--completed"], ["--dry-run"], ["--archive", "x"]]) {
      // no arguments at all: bad-input.test.ts
      const r = await runIn(p, "cleanup", args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^error: /);
    }
    expect(snapshot(p)).toEqual(before);
  });

  test("--dry-run shows what would happen and changes nothing", async () => {
    const p = await projectWithArchives();
    const before = snapshot(p);
    const r = await runIn(p, "cleanup", ["--older-than", "30d", "--stale", "7d", "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.json.dry_run).toBe(true);
    expect(r.json.removed.map(withoutId)).toEqual([
      "ia/state/sessions/archives/2024-11-01-old-done.md",
      "ia/state/sessions/archives/2024-11-02-old-failed.md",
    ]);
    expect(r.json.archived.map((a: any) => a.workflow)).toEqual(["idle"]);
    expect(snapshot(p)).toEqual(before);
  });

  test("--older-than removes old archives; --completed limits to completed ones", async () => {
    const p = await projectWithArchives();
    const r = await runIn(p, "cleanup", ["--older-than", "30d", "--completed"]);
    expect(r.json.removed.map(withoutId)).toEqual(["ia/state/sessions/archives/2024-11-01-old-done.md"]);
    expect(
      readdirSync(join(stateDir(p), "archives"))
        .sort()
        .map(withoutId),
    ).toEqual(["2024-11-02-old-failed.md", "2025-01-20-recent.md"]);
  });

  test("--archive DIR moves instead of deleting", async () => {
    const p = await projectWithArchives();
    const r = await runIn(p, "cleanup", ["--older-than", "30d", "--archive", "cold"]);
    expect(r.json.moved.map((m: any) => withoutId(m.to))).toEqual([
      "cold/2024-11-01-old-done.md",
      "cold/2024-11-02-old-failed.md",
    ]);
    expect(readdirSync(join(p, "cold")).sort().map(withoutId)).toEqual([
      "2024-11-01-old-done.md",
      "2024-11-02-old-failed.md",
    ]);
  });

  test("--stale saves untouched sessions as abandoned and never deletes active state", async () => {
    const p = await projectWithArchives();
    const idle = readState(p, "idle");
    const r = await runIn(p, "cleanup", ["--stale", "7d"]);
    expect(r.json.archived).toEqual([
      {
        workflow: "idle",
        id: idle.id,
        status: "abandoned",
        archive: `ia/state/sessions/archives/2025-01-29-idle-${idle.id.slice(0, 6)}.md`,
      },
    ]);
    const archived = parseArchive(readFileSync(join(p, r.json.archived[0].archive), "utf8"));
    const { events, ...rest } = idle;
    expect(archived).toMatchObject({
      ...rest,
      status: "abandoned",
      updated_at: "2025-01-29T15:00:00Z",
      ended_at: "2025-01-29T15:00:00Z",
      rev: idle.rev + 1,
    });
    expect(archived.events).toEqual([...events, expect.objectContaining({ kind: "save", status: "abandoned" })]);
    expect(existsSync(join(stateDir(p), "busy.json"))).toBe(true);
  });

  test("a broken archive is skipped and reported, never deleted", async () => {
    const p = await projectWithArchives();
    const broken = join(stateDir(p), "archives/2020-01-01-broken.md");
    writeFileSync(broken, "---\nworkflow: [\n---\n");
    utimesSync(broken, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const r = await runIn(p, "cleanup", ["--older-than", "1d"]);
    expect(r.code).toBe(0);
    expect(r.json.skipped[0].path).toBe("ia/state/sessions/archives/2020-01-01-broken.md");
    expect(existsSync(broken)).toBe(true);
  });
});
