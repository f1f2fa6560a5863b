/**
 * Step names are compared in Unicode NFC and stored as typed: "café" typed with a
 * combining accent (NFD) and precomposed (NFC) is one step, so the two spellings
 * never coexist in `steps` or `plan`, and either one is accepted where the other
 * was planned or entered.
 */
import { describe, expect, test } from "bun:test";
import { resumeEvents, resumePoint } from "../.claude/skills/session/lib/core/lifecycle-events.ts";
import { sameStep, spellingIn } from "../.claude/skills/session/lib/core/names.ts";
import { parsePlan } from "../.claude/skills/session/lib/core/parse.ts";
import { applySet, nextStep, stepMarks, stepPosition } from "../.claude/skills/session/lib/core/progress.ts";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";
import { applyEvents, fold, lastEntries } from "../.claude/skills/session/lib/core/timeline.ts";
import { readState, run, tempProject } from "./helpers.ts";

const NFC = "caf\u00e9";
const NFD = "cafe\u0301";
const at = (minute: number) => ({
  now: `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`,
  newId: () => "k3v9q2m8ab",
});
const set = (prev: Session | undefined, req: Omit<Parameters<typeof applySet>[1], "workflow">, minute: number) =>
  applySet(prev, { workflow: "w", ...req }, at(minute));

describe("sameStep", () => {
  test.each([
    [NFC, NFD, true],
    [NFD, NFD, true],
    ["init", "init", true],
    [NFC, "cafe", false],
    ["Init", "init", false],
    [NFC, undefined, false],
    [undefined, undefined, true],
  ])("%p and %p: %p", (a, b, same) => {
    expect(sameStep(a, b)).toBe(same);
  });

  test("spellingIn keeps the spelling a list already holds, else the one typed", () => {
    expect(spellingIn(["init", NFD], NFC)).toBe(NFD);
    expect(spellingIn(["init"], NFC)).toBe(NFC);
    expect(spellingIn(undefined, NFC)).toBe(NFC);
  });
});

describe("a step typed in another normal form", () => {
  test("an NFD step in the plan accepts the NFC spelling, stored as planned", () => {
    const s = set(set(undefined, { step: "init", plan: ["init", NFD, "ship"] }, 0), { step: NFC, done: true }, 1);
    expect(s.step).toBe(NFD);
    expect(s.steps).toEqual(["init", NFD]);
    expect(s.plan).toEqual(["init", NFD, "ship"]);
    expect(stepPosition(s)).toEqual({ index: 2, total: 3 });
    expect(nextStep(s)).toBe("ship");
    expect(stepMarks(s).map((m) => m.mark)).toEqual(["done", "done", "todo"]);
  });

  test("entering a step again in the other spelling is a retry, not a second step", () => {
    const first = set(undefined, { step: NFC, patch: { a: 1 } }, 0);
    const again = set(first, { step: NFD, patch: { a: 1 } }, 1);
    expect(again).toBe(first); // nothing to write
    const next = set(set(first, { step: "other" }, 2), { step: NFD }, 3);
    expect(next.steps).toEqual(["other", NFC]);
  });

  test("a new plan takes the spelling of a step already entered", () => {
    const s = set(set(undefined, { step: NFC }, 0), { step: NFD, plan: [NFD, "ship"] }, 1);
    expect(s.plan).toEqual([NFC, "ship"]);
    expect(s.steps).toEqual([NFC]);
  });

  test("a plan naming one step in both spellings is refused", () => {
    expect(() => parsePlan(`init,${NFC},${NFD}`)).toThrow(/twice/);
  });

  test("the fold keeps one spelling when a merge brings both (the last entered)", () => {
    const start = { rev: 1, at: "2025-01-29T15:00:00Z", kind: "start", workflow: "w", id: "k3v9q2m8ab" } as const;
    const state = fold([
      start,
      { rev: 1, at: "2025-01-29T15:00:00Z", kind: "enter", step: NFC },
      { rev: 2, at: "2025-01-29T15:01:00Z", kind: "enter", step: "b" },
      { rev: 3, at: "2025-01-29T15:02:00Z", kind: "enter", step: NFD },
    ] as Session["events"] & object);
    expect(state.steps).toEqual(["b", NFD]);
    expect(lastEntries([NFC, "b", NFD])).toEqual(["b", NFD]);
  });

  test("resume --from finds the step entered in the other spelling", () => {
    let s = set(undefined, { step: NFC, plan: [NFC, "b"] }, 0);
    s = set(s, { step: "b" }, 1);
    const events = resumeEvents(s, { from: NFD }, "2025-01-29T15:05:00Z");
    expect(events[0]).toMatchObject({ kind: "replay", step: NFC });
    const back = applyEvents(s, events) as Session;
    expect(back.step).toBe(NFC);
    expect(resumePoint(back)).toEqual({ skipped: [], next: NFC });
  });
});

describe("end to end", () => {
  test("`set` with an NFC step where the plan has it in NFD: accepted, no `did you mean`", () => {
    const project = tempProject();
    expect(run(project, "start", ["w", "--steps", `init,${NFD}`]).code).toBe(0);
    const r = run(project, "set", ["w", NFC]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const state = readState(project, "w");
    expect([state.step, state.steps, state.plan]).toEqual([NFD, [NFD], ["init", NFD]]);
  });
});
