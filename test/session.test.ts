import { describe, expect, test } from "bun:test";
import { formatDuration } from "../.claude/skills/session/lib/core/duration.ts";
import { parseDuration } from "../.claude/skills/session/lib/core/parse.ts";
import {
  applySet,
  byMostRecent,
  doneSteps,
  nextStep,
  setEvents,
  stepMarks,
  stepPosition,
  summarize,
} from "../.claude/skills/session/lib/core/progress.ts";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";

const at = (minute: number) => ({
  now: `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`,
  newId: () => "k3v9q2m8ab",
});

function run(...requests: [Omit<Parameters<typeof applySet>[1], "workflow">, number][]): Session {
  let state: Session | undefined;
  for (const [req, minute] of requests) state = applySet(state, { workflow: "workflow:pr", ...req }, at(minute));
  return state as Session;
}

describe("applySet", () => {
  test("creates a running session at rev 1", () => {
    const s = run([{ step: "init", patch: { branch: "feat/x" } }, 0]);
    expect(s).toMatchObject({
      workflow: "workflow:pr",
      id: "k3v9q2m8ab",
      status: "running",
      step: "init",
      steps: ["init"],
      context: { branch: "feat/x" },
      rev: 1,
    });
    expect(s.started_at).toBe("2025-01-29T15:00:00Z");
  });

  test("moves on, merges context, appends the history, bumps rev and updated_at", () => {
    const s = run(
      [{ step: "init", patch: { a: { b: 1 }, drop: true } }, 0],
      [{ step: "find", patch: { a: { c: 2 }, drop: null } }, 5],
    );
    expect(s.steps).toEqual(["init", "find"]);
    expect(s.context).toEqual({ a: { b: 1, c: 2 } });
    expect(s.rev).toBe(2);
    expect(s.updated_at).toBe("2025-01-29T15:05:00Z");
    expect(s.started_at).toBe("2025-01-29T15:00:00Z");
  });

  test(
    "entering the current step again does not append it twice, and a call " + "that changes nothing writes nothing",
    () => {
      const s = run(
        [{ step: "init" }, 0],
        [{ step: "monitor" }, 1],
        [{ step: "monitor" }, 2],
        [{ step: "monitor", patch: { n: 1 } }, 3],
      );
      expect(s.steps).toEqual(["init", "monitor"]);
      expect(s.rev).toBe(3); // the bare retry at minute 2 was no write
      expect(setEvents(s, { workflow: "workflow:pr", step: "monitor" }, at(4))).toEqual([]);
      expect(setEvents(s, { workflow: "workflow:pr", step: "monitor", patch: {} }, at(4))).toEqual([]);
    },
  );

  test(
    "with a plan, a step outside it is refused with the nearest planned " + "step, unless the call brings a new plan",
    () => {
      const s = run([{ step: "init", plan: ["init", "pr:create", "pr:merge"] }, 0]);
      expect(() => applySet(s, { workflow: "workflow:pr", step: "pr:craete" }, at(1))).toThrow(
        'step "pr:craete" is not in the plan (init, pr:create, pr:merge); did you mean `pr:create`?',
      );
      expect(() => applySet(s, { workflow: "workflow:pr", step: "deploy" }, at(1))).toThrow(
        /not in the plan \(init, pr:create, pr:merge\)$/,
      );
      const replanned = applySet(s, { workflow: "workflow:pr", step: "deploy", plan: ["init", "deploy"] }, at(1));
      expect([replanned.step, replanned.plan]).toEqual(["deploy", ["init", "deploy"]]);
      expect(() => applySet(undefined, { workflow: "w", step: "x", plan: ["a", "b"] }, at(1))).toThrow(
        "not in the new plan",
      );
    },
  );

  test("--error records the error and fails the session; the next set runs again", () => {
    const failed = run([{ step: "init" }, 0], [{ step: "build", error: "exit 1" }, 1]);
    expect(failed.status).toBe("failed");
    expect(failed.errors).toEqual([{ step: "build", message: "exit 1", at: "2025-01-29T15:01:00Z" }]);
    const retried = applySet(failed, { workflow: "workflow:pr", step: "build" }, at(2));
    expect(retried.status).toBe("running");
    expect(retried.errors).toHaveLength(1);
  });

  test("--done marks the current step done until another step is entered", () => {
    const s = run([{ step: "init" }, 0], [{ step: "build", done: true }, 1]);
    expect([...doneSteps(s)]).toEqual(["init", "build"]);
    expect(
      doneSteps(applySet(s, { workflow: "workflow:pr", step: "build", patch: { x: 1 } }, at(2))).has("build"),
    ).toBe(true);
    expect(doneSteps(applySet(s, { workflow: "workflow:pr", step: "test" }, at(2))).has("test")).toBe(false);
  });

  test("--expect-rev is compare-and-set", () => {
    const s = run([{ step: "init" }, 0]);
    expect(() => applySet(s, { workflow: "workflow:pr", step: "x", expectRev: 0 }, at(1))).toThrow(
      expect.objectContaining({ exitCode: 3 }),
    );
    expect(applySet(s, { workflow: "workflow:pr", step: "x", expectRev: 1 }, at(1)).rev).toBe(2);
    expect(() => applySet(undefined, { workflow: "w", step: "x", expectRev: 2 }, at(1))).toThrow("does not exist yet");
  });

  test("--usage adds counters up; --artifact keeps each path once; --replace-context replaces", () => {
    const s = run(
      [{ step: "a", usage: { tokens: 100 }, artifacts: ["out/a.md"], patch: { keep: 1 } }, 0],
      [
        {
          step: "b",
          usage: { tokens: 50, cost: 0.5 },
          artifacts: ["out/a.md", "out/b.md"],
          patch: { only: true },
          replaceContext: true,
        },
        1,
      ],
    );
    expect(s.usage).toEqual({ tokens: 150, cost: 0.5 });
    expect(s.artifacts).toEqual(["out/a.md", "out/b.md"]);
    expect(s.context).toEqual({ only: true });
  });

  test("the timeline records each patch, so past contexts can be rebuilt", () => {
    const s = run(
      [{ step: "a", patch: { x: 1 } }, 0],
      [{ step: "a" }, 1],
      [{ step: "b", patch: { y: 2 } }, 2],
      [{ step: "b", error: "boom" }, 3],
    );
    expect(s.events?.map((e) => [e.rev, e.kind, e.step ?? null, e.patch ?? null, e.note ?? null])).toEqual([
      [1, "start", null, null, null],
      [1, "enter", "a", { x: 1 }, null],
      [2, "enter", "b", { y: 2 }, null],
      [3, "error", "b", null, "boom"],
    ]);
    expect(s.rev).toBe(3); // entering "a" again changed nothing, so it was no write
  });

  test("step position uses the plan when there is one", () => {
    const s = run([{ step: "init", plan: ["init", "build", "test", "ship", "done"] }, 0], [{ step: "test" }, 1]);
    expect(stepPosition(s)).toEqual({ index: 3, total: 5 });
    expect(stepMarks(s).map((m) => `${m.mark}:${m.step}`)).toEqual([
      "done:init",
      "open:test",
      "todo:build",
      "todo:ship",
      "todo:done",
    ]);
  });

  test("summaries say where to pick up: position, next step, last error", () => {
    const planned = run(
      [{ step: "init", plan: ["init", "build", "test"] }, 0],
      [{ step: "build", error: "exit 1" }, 1],
    );
    expect(summarize(planned)).toEqual({
      workflow: "workflow:pr",
      id: "k3v9q2m8ab",
      status: "failed",
      step: "build",
      step_done: false,
      position: "2/3",
      next: "build",
      error: "exit 1",
      started_at: "2025-01-29T15:00:00Z",
      updated_at: "2025-01-29T15:01:00Z",
    });
    const done = run([{ step: "init", plan: ["init", "build"] }, 0], [{ step: "build", done: true }, 1]);
    expect([summarize(done).next, summarize(done).position]).toEqual([null, "2/2"]);
    const unplanned = run([{ step: "a" }, 0], [{ step: "b" }, 1]);
    expect(summarize(unplanned)).not.toHaveProperty("position");
    expect(nextStep(unplanned)).toBe("b");
    expect(nextStep(run([{ step: "a", done: true }, 0]))).toBeNull();
  });

  test("most recently updated first, ties broken by name", () => {
    const rows = [
      { workflow: "b", updated_at: "2025-01-29T15:00:00Z" },
      { workflow: "a", updated_at: "2025-01-29T15:00:00Z" },
      { workflow: "c", updated_at: "2025-01-29T16:00:00Z" },
    ];
    expect(rows.sort(byMostRecent).map((r) => r.workflow)).toEqual(["c", "a", "b"]);
  });
});

describe("durations", () => {
  test.each([
    ["90s", 90e3],
    ["45m", 2700e3],
    ["12h", 43200e3],
    ["30d", 2592e6],
    ["2w", 1209.6e6],
    ["1d12h", 129600e3],
  ])("%s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  test.each(["", "30", "d", "30x", "-1d", "1.5d", "30d ", "thirty"])("refuses %p", (text) => {
    expect(() => parseDuration(text)).toThrow("invalid duration");
  });
  test.each([
    [0, "0s"],
    [5e3, "5s"],
    [300e3, "5m 0s"],
    [3725e3, "1h 2m"],
    [277200e3, "3d 5h"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
