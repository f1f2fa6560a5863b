/**
 * The lifecycle and inspection commands — start, status, resume (skip, replay),
 * list, show, delete, activate, pause, log, fork — in-process in temporary
 * projects with SESSION_NOW; every refused call leaves every file as it was.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { handEdits } from "../.claude/skills/session/lib/core/timeline.ts";
import { readState, runIn, snapshot, stateDir, tempProject } from "./helpers.ts";

const at = (minute: number) => `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`;

/** Runs a command at minute M and expects it to succeed. */
async function ok(p: string, minute: number, cmd: string, args: string[], options: Parameters<typeof runIn>[3] = {}) {
  const r = await runIn(p, cmd, args, { now: at(minute), ...options });
  expect({ cmd, args, code: r.code, stderr: r.stderr }).toEqual({ cmd, args, code: 0, stderr: "" });
  return r;
}

/** A refused call: its exit code, one error line (and a hint), nothing on stdout, no file changed. */
async function refused(
  p: string,
  cmd: string,
  args: string[],
  code: number,
  message: RegExp,
  options: Parameters<typeof runIn>[3] = {},
) {
  const before = snapshot(p);
  const r = await runIn(p, cmd, args, options);
  expect({ cmd, args, code: r.code, stdout: r.stdout }).toEqual({ cmd, args, code, stdout: "" });
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr).toMatch(message);
  expect(snapshot(p)).toEqual(before);
  return r;
}

const PLAN = "collect,analyze,summarize,review,publish";

/** A five-step session failed at step 3. */
async function failedAtThree(): Promise<string> {
  const p = tempProject();
  await ok(p, 0, "start", ["report:weekly", "--steps", PLAN, "--var", "week=2025-W05"]);
  await ok(p, 2, "set", ["report:weekly", "collect", '{"sources":3}']);
  await ok(p, 5, "set", ["report:weekly", "analyze", '{"rows":120}']);
  await ok(p, 9, "set", ["report:weekly", "summarize", '{"draft":1}', "--error", "model timeout"]);
  return p;
}

describe("the scenario: fail at step 3, resume, skip, replay, save, list, show, fork, delete", () => {
  test("end to end, every state equal to the fold of its timeline", async () => {
    const p = await failedAtThree();
    const status = await ok(p, 10, "status", []);
    expect(status.stdout).toContain('Step:     3/5 "summarize" - FAILED');
    expect(status.stdout).toContain("Error:    model timeout");
    expect(status.stdout).toContain("Elapsed:  10 minutes");

    // resume skips 1-2, reruns 3
    const resumed = (await ok(p, 11, "resume", [])).json;
    expect(resumed).toEqual({
      workflow: "report:weekly",
      id: expect.any(String),
      status: "running",
      step: "summarize",
      skipped: ["collect", "analyze"],
      next: "summarize",
      resumed_from: null,
    });
    await ok(p, 12, "set", ["report:weekly", "summarize", "--error", "timeout again"]);
    // --skip-failed goes on to 4
    expect((await ok(p, 13, "resume", ["--skip-failed"])).json).toMatchObject({
      skipped: ["collect", "analyze", "summarize"],
      next: "review",
    });
    await ok(p, 14, "set", ["report:weekly", "review", '{"reviewer":"wrong"}']);
    await ok(p, 15, "set", ["report:weekly", "publish", '{"url":"oops"}']);
    // a wrong step undone: replay from review, its later step to be done again, the context as it stood then
    expect((await ok(p, 16, "resume", ["--from", "review"])).json).toMatchObject({ step: "review", next: "review" });
    const replayed = readState(p, "report+weekly");
    expect(replayed.context).toEqual({ sources: 3, rows: 120, draft: 1, reviewer: "wrong" });
    expect(replayed.steps).toEqual(["collect", "analyze", "summarize", "review"]);
    expect(replayed.events.map((e: any) => e.kind)).toContain("replay");
    // kept in the timeline
    expect(replayed.events.filter((e: any) => e.kind === "enter" && e.step === "publish")).toHaveLength(1);
    await ok(p, 17, "set", ["report:weekly", "review", '{"reviewer":"ann"}']);
    await ok(p, 18, "log", ["report:weekly", "review done by Ann"]);
    await ok(p, 19, "set", ["report:weekly", "publish", '{"url":"https://x"}', "--done"]);
    expect(handEdits(readState(p, "report+weekly"))).toBeUndefined();
    // every planned step done
    expect((await ok(p, 19, "status", [])).stdout).toMatch(/^Next: +\S.*\bsave(\.ts)? report:weekly$/m);

    const saved = (await ok(p, 20, "save", ["report:weekly", "--notes", "Published."])).json;
    const list = (await ok(p, 21, "list", ["--status", "completed", "--json"])).json;
    expect(list).toEqual([
      expect.objectContaining({ workflow: "report:weekly", status: "completed", archive: saved.archive }),
    ]);
    const show = await ok(p, 21, "show", [saved.id.slice(0, 4)]);
    for (const text of [
      "✓ 1. collect",
      "↷ 3. summarize (skipped)",
      "✓ 5. publish",
      "review done by Ann",
      `Archive: ${saved.archive}`,
      "Published.",
    ])
      expect(show.stdout).toContain(text);

    const fork = (await ok(p, 22, "start", ["report:redo", "--fork", saved.id, "--from", "analyze"])).json;
    expect(fork).toMatchObject({
      workflow: "report:redo",
      step: "analyze",
      steps: ["collect", "analyze"],
      context: { sources: 3, rows: 120 },
      vars: { week: "2025-W05" },
      continued_from: saved.id,
    });
    expect(fork.id).not.toBe(saved.id);
    expect(existsSync(join(p, saved.archive))).toBe(true); // the original is untouched
    expect(handEdits(readState(p, "report+redo"))).toBeUndefined();

    expect((await ok(p, 23, "delete", ["report:redo", "--force"])).json).toMatchObject({
      workflow: "report:redo",
      deleted: true,
    });
    expect(existsSync(join(stateDir(p), "report+redo.json"))).toBe(false);
    expect((await ok(p, 24, "doctor", [])).stdout).toContain("No problems found.");
  });

  test("resume on a terminal prints readable lines", async () => {
    const p = await failedAtThree();
    const r = await ok(p, 11, "resume", ["report:weekly"], { stdoutTerminal: true });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Resuming report:weekly \(\w+\)$/);
    expect(lines.slice(1)).toEqual([
      "Skipping completed step 1: collect",
      "Skipping completed step 2: analyze",
      'Executing step 3: summarize  →  session set report:weekly "summarize"',
    ]);
  });
});

describe("start", () => {
  test(
    "refuses a name already active (exit 2, hint naming resume); --restart " + "archives the old one as abandoned",
    async () => {
      const p = tempProject();
      const first = (await ok(p, 0, "start", ["w", "--steps", "a,b"])).json;
      const r = await refused(p, "start", ["w"], 2, /Session already active: w/);
      expect(r.stderr).toContain("session resume w");
      const second = (await ok(p, 1, "start", ["w", "--restart"])).json;
      expect(second.id).not.toBe(first.id);
      expect(second.replaced_archive).toBe(`ia/state/sessions/archives/2025-01-29-w-${first.id.slice(0, 6)}.md`);
      expect(readFileSync(join(p, second.replaced_archive), "utf8")).toContain('status: "abandoned"');
    },
  );

  test("records vars, the spec's SHA-256, type and what it continues; resume warns when the spec changed", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), "version 1");
    const first = (await ok(p, 0, "start", ["a"])).json;
    const s = (
      await ok(p, 0, "start", [
        "b",
        "--spec",
        "SPEC.md",
        "--var",
        "k=v",
        "--var",
        "empty=",
        "--type",
        "agent",
        "--continue-from",
        first.id,
      ])
    ).json;
    expect(s).toMatchObject({
      type: "agent",
      vars: { k: "v", empty: "" },
      continued_from: first.id,
      spec: { path: "SPEC.md", sha256: new Bun.CryptoHasher("sha256").update("version 1").digest("hex") },
    });
    writeFileSync(join(p, "SPEC.md"), "version 2");
    const r = await runIn(p, "resume", ["b"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toStartWith(
      "warning: the spec SPEC.md changed since the session took it; going on with the new one\n" +
        "  @@ line 1\n  - version 1\n  + version 2\n  Restore it: session show b --spec > SPEC.md\n",
    );
  });

  test.each([
    [["bad/name"], /invalid session name/],
    [["w", "--steps", "a,,b"], /--steps has an empty step/],
    [["w", "--steps", "a,b,a"], /names the step "a" twice/],
    [["w", "--var", "novalue"], /--var needs KEY=VALUE/],
    [["w", "--type", "robot"], /invalid --type "robot"/],
    [["w", "--spec", "missing.md"], /--spec missing.md: no such file/],
    [["w", "--continue-from", "zzzz9999"], /Session not found: zzzz9999/],
    [["w", "--fork", "zzzz9999"], /Session not found: zzzz9999/],
    [["w", "--from", "a"], /--from applies to --fork/],
  ])("refuses %p", async (args, message) => {
    await refused(tempProject(), "start", args, 2, message);
  });

  test("--fork --from a step never entered is refused, naming the entered ones", async () => {
    const p = await failedAtThree();
    await refused(
      p,
      "start",
      ["copy", "--fork", "report:weekly", "--from", "analyse"],
      2,
      /step "analyse" was never entered; did you mean `analyze`\?/,
    );
  });
});

describe("resume", () => {
  test("not found, already completed, or nothing failed: exit 2, nothing changed", async () => {
    const p = tempProject();
    await refused(p, "resume", ["ghost"], 2, /^error: Session not found: ghost$/m);
    await ok(p, 0, "set", ["w", "s", "--status", "completed"]);
    await refused(p, "resume", ["w"], 2, /^error: Session already completed: w$/m);
    await ok(p, 1, "set", ["v", "s"]);
    await refused(p, "resume", ["v", "--skip-failed"], 2, /has no failed step/);
    await refused(p, "resume", ["v", "--from", "nope"], 2, /step "nope" was never entered/);
  });

  test("an archived failed session comes back as the active one: same id, archive removed", async () => {
    const p = await failedAtThree();
    const { id, archive } = (await ok(p, 10, "save", ["report:weekly"])).json;
    const r = (await ok(p, 11, "resume", [id.slice(0, 5)])).json;
    expect(r).toMatchObject({ id, status: "running", next: "summarize", resumed_from: archive });
    expect(existsSync(join(p, archive))).toBe(false);
    const state = readState(p, "report+weekly");
    expect(state).not.toHaveProperty("ended_at");
    expect(state.events.map((e: any) => e.kind).slice(-2)).toEqual(["save", "resume"]);
    expect(handEdits(state)).toBeUndefined();
  });

  test("an archived session whose name is active again under another id is refused", async () => {
    const p = await failedAtThree();
    const { id } = (await ok(p, 10, "save", ["report:weekly"])).json;
    await ok(p, 11, "start", ["report:weekly"]);
    await refused(p, "resume", [id], 2, /has another session active under its name/);
  });

  test("--var overrides a start variable for the rest of the run, recorded in the timeline", async () => {
    const p = await failedAtThree();
    await ok(p, 10, "resume", ["report:weekly", "--var", "week=2025-W06"]);
    const state = readState(p, "report+weekly");
    expect(state.vars).toEqual({ week: "2025-W06" });
    expect(state.events.some((e: any) => e.kind === "var" && e.vars.week === "2025-W06")).toBe(true);
  });
});

describe("status, list, show", () => {
  test("status with no session at all says how to start one", async () => {
    const r = await refused(tempProject(), "status", [], 2, /no active session/);
    expect(r.stderr).toContain("session start NAME");
  });

  test(
    "list: active and archived together, filters combine, corrupt files listed, invalid status names the valid " +
      "ones",
    async () => {
      const p = tempProject();
      await ok(p, 0, "set", ["pr:one", "s"]);
      await ok(p, 1, "set", ["pr:two", "s", "--error", "x"]);
      await ok(p, 2, "save", ["pr:two"]);
      await ok(p, 3, "start", ["chat:x", "--type", "chat"]);
      writeFileSync(join(stateDir(p), "broken.json"), "{");
      const all = (await ok(p, 4, "list", ["--json"])).json;
      expect(all.map((e: any) => [e.workflow, e.status, e.archive === null ? "active" : "archived"])).toEqual([
        ["chat:x", "running", "active"],
        ["pr:two", "failed", "archived"],
        ["pr:one", "running", "active"],
        ["broken", "corrupt", "active"],
      ]);
      expect(
        (await ok(p, 4, "list", ["--json", "--workflow", "pr:*", "--status", "failed"])).json.map(
          (e: any) => e.workflow,
        ),
      ).toEqual(["pr:two"]);
      expect((await ok(p, 4, "list", ["--json", "--type", "chat"])).json.map((e: any) => e.workflow)).toEqual([
        "chat:x",
      ]);
      expect(
        (await ok(p, 4, "list", ["--json", "--since", at(2), "--limit", "1"])).json.map((e: any) => e.workflow),
      ).toEqual(["chat:x"]);
      // A corrupt file has no date: date filters keep it in view.
      expect((await ok(p, 4, "list", ["--json", "--until", "2025-01-28"])).json).toEqual([
        expect.objectContaining({
          workflow: "broken",
          status: "corrupt",
          file: "ia/state/sessions/broken.json",
          error: expect.stringMatching(/^is not valid JSON/),
        }),
      ]);
      // A date names a whole day: --until 2025-01-29 takes in everything that day, --since it too.
      expect((await ok(p, 4, "list", ["--json", "--until", "2025-01-29"])).json).toHaveLength(4);
      expect((await ok(p, 4, "list", ["--json", "--since", "2025-01-29", "--until", "2025-01-29"])).json).toHaveLength(
        4,
      );
      const table = (await ok(p, 4, "list", [])).stdout;
      expect(table.split("\n")[0]).toMatch(/^ID\s+WORKFLOW\s+STATUS\s+STEP\s+UPDATED\s+WHERE$/);
      expect(table).toContain("corrupt");
      expect(table).not.toContain("\x1b[");
      await refused(
        p,
        "list",
        ["--status", "done"],
        2,
        /expected one of running, paused, waiting, completed, failed, abandoned, corrupt/,
      );
      await refused(p, "list", ["--since", "yesterday"], 2, /invalid --since "yesterday"/);
    },
  );

  test("show --json is the whole state with its archive path; show --chart draws a Mermaid gantt", async () => {
    const p = await failedAtThree();
    const json = (await ok(p, 10, "show", ["report:weekly", "--json"])).json;
    expect(json).toMatchObject({ workflow: "report:weekly", archive: null, events: expect.any(Array) });
    const chart = (await ok(p, 10, "show", ["report:weekly", "--chart"])).stdout;
    expect(chart).toContain("```mermaid\ngantt\n  title report∶weekly");
    expect(chart).toContain("  collect :done, s1, 2025-01-29T15:02:00, 2025-01-29T15:05:00");
    expect(chart).toContain("  summarize :crit, s3, 2025-01-29T15:09:00, 2025-01-29T15:09:01");
  });
});

describe("delete, activate, pause, log", () => {
  test("delete asks on a terminal; without one and without --force it refuses", async () => {
    const p = tempProject();
    await ok(p, 0, "set", ["w", "s"]);
    await refused(p, "delete", ["w"], 2, /without --force/);
    await refused(p, "delete", ["w"], 2, /not deleted/, { stdinTerminal: true, answer: "n" });
    expect((await ok(p, 1, "delete", ["w"], { stdinTerminal: true, answer: "y" })).json.deleted).toBe(true);
    await refused(p, "delete", ["w", "--force"], 2, /Session not found: w/);
  });

  test("delete removes an archive", async () => {
    const p = tempProject();
    await ok(p, 0, "set", ["w", "s"]);
    const { id, archive } = (await ok(p, 1, "save", ["w"])).json;
    expect((await ok(p, 2, "delete", [id, "--force"])).json).toEqual({ workflow: "w", id, deleted: true, archive });
    expect(readdirSync(join(stateDir(p), "archives"))).toEqual([]);
  });

  test("at most one active marker; commands without a NAME use it; pause clears it", async () => {
    const p = tempProject();
    await ok(p, 0, "start", ["a"]);
    await ok(p, 1, "start", ["b"]);
    const markers = () => readdirSync(stateDir(p)).filter((f) => f.startsWith(".active-"));
    expect(markers()).toEqual([".active-b"]);
    await ok(p, 2, "activate", ["a"]);
    expect(markers()).toEqual([".active-a"]);
    expect((await ok(p, 3, "status", [])).stdout).toContain("Workflow: a");
    expect((await ok(p, 4, "pause", [])).json).toMatchObject({ workflow: "a", status: "paused" });
    expect(markers()).toEqual([]);
    expect(readState(p, "a").status).toBe("paused");
    expect((await ok(p, 5, "resume", ["a"])).json.status).toBe("running");
    expect(markers()).toEqual([".active-a"]);
    await refused(p, "activate", ["ghost"], 2, /Session not found: ghost/);
  });

  test("log: a timestamped entry, shown by show and kept in the archive; - reads stdin; empty is refused", async () => {
    const p = tempProject();
    await ok(p, 0, "set", ["w", "s"]);
    await ok(p, 1, "log", ["w", "asked the user about scope"]);
    await ok(p, 2, "log", ["w", "-"], { stdin: "from stdin\n" });
    await refused(p, "log", ["w", "  "], 2, /the note is empty/);
    expect((await ok(p, 3, "show", ["w"])).stdout).toContain("2025-01-29T15:01:00Z  [s]  asked the user about scope");
    const { archive } = (await ok(p, 4, "save", ["w"])).json;
    const text = readFileSync(join(p, archive), "utf8");
    expect(text).toMatch(/## Story\n[^#]*logged: asked the user about scope\n[^#]*logged: from stdin\n/);
  });
});
