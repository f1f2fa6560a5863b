/**
 * The timeline is the source: after any sequence of commands, the stored state
 * is exactly the fold of its events, and an archive is the fold of its
 * timeline (which ends with the save). Random sequences through the real store.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { forkEvents, logEvent, resumeEvents } from "../.claude/skills/session/lib/core/lifecycle-events.ts";
import { type SetRequest, setEvents } from "../.claude/skills/session/lib/core/progress.ts";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";
import { applyEvents, fold, handEdits, sameJson } from "../.claude/skills/session/lib/core/timeline.ts";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { parseSession } from "../.claude/skills/session/lib/format/state-file.ts";
import { statePaths } from "../.claude/skills/session/lib/fs/state-paths.ts";
import { saveSession } from "../.claude/skills/session/lib/store/save.ts";
import { openStore, sessionPath, updateSession } from "../.claude/skills/session/lib/store/store.ts";
import { tempProject } from "./helpers.ts";

const STEPS = ["init", "build", "test", "ship"];
const json = fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null));
const patch = fc.dictionary(
  fc.constantFrom("a", "b", "c", "__proto__", "n"),
  fc.oneof(json, fc.dictionary(fc.constantFrom("x", "y"), json)),
  { maxKeys: 3 },
);

const request: fc.Arbitrary<Omit<SetRequest, "workflow">> = fc.record(
  {
    step: fc.constantFrom(...STEPS),
    patch,
    replaceContext: fc.boolean(),
    status: fc.constantFrom("running", "paused", "completed", "failed", "abandoned"),
    done: fc.boolean(),
    error: fc.string({ minLength: 1, maxLength: 8 }),
    plan: fc.constant(STEPS),
    usage: fc.dictionary(fc.constantFrom("tokens", "cost"), fc.integer({ min: 0, max: 1000 }), { maxKeys: 2 }),
    artifacts: fc.array(fc.constantFrom("out/a.md", "out/b.md"), { maxLength: 2 }),
  },
  { requiredKeys: ["step"] },
);

/** Applies one request as `set` would; a request `set` refuses changes nothing and is skipped. */
function apply(store: ReturnType<typeof openStore>, req: Omit<SetRequest, "workflow">, minute: number): void {
  const now = `2025-01-29T15:${String(minute % 60).padStart(2, "0")}:00Z`;
  try {
    updateSession(store, "w", (prev) => setEvents(prev, { workflow: "w", ...req }, { now, newId: () => "k3v9q2m8ab" }));
  } catch (error) {
    if ((error as { exitCode?: number }).exitCode !== 2) throw error;
  }
}

describe("fold(events) == state", () => {
  test("after random sequences of set, the stored state is the fold of its timeline (property)", () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 12 }), (requests) => {
        const store = openStore(statePaths(tempProject()), { lock: { timeoutMs: 1000 } });
        requests.forEach((req, i) => {
          apply(store, req, i);
        });
        let text: string;
        try {
          text = readFileSync(sessionPath(store, "w"), "utf8");
        } catch {
          return; // every request was refused
        }
        const state = parseSession(text, "w.json");
        expect(sameJson(fold(state.events ?? []) as never, state as never)).toBe(true);
        expect(handEdits(state)).toBeUndefined();
        expect(state.rev).toBe(new Set(state.events?.map((e) => e.rev)).size);
      }),
      { seed: 20250129, numRuns: 150 },
    );
  }, 30_000);

  test("an archive is the fold of its timeline, which ends with the save (property)", () => {
    fc.assert(
      fc.property(
        fc.array(request, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("completed", "failed", "abandoned"),
        fc.option(fc.string(), { nil: undefined }),
        (requests, status, notes) => {
          const store = openStore(statePaths(tempProject()), { lock: { timeoutMs: 1000 } });
          apply(store, { step: "init" }, 0);
          requests.forEach((req, i) => {
            apply(store, req, i + 1);
          });
          const { archive } = saveSession(store, "w", { status, notes, now: "2025-01-29T16:00:00Z" });
          const state = parseArchive(readFileSync(join(store.paths.root, archive), "utf8"));
          expect(sameJson(fold(state.events ?? []) as never, state as never)).toBe(true);
          expect(state.events?.at(-1)).toMatchObject({ kind: "save", status });
        },
      ),
      { seed: 7, numRuns: 60 },
    );
  }, 30_000);
});

type Op =
  | { op: "set"; req: Omit<SetRequest, "workflow"> }
  | { op: "resume"; skipFailed: boolean; from?: string; vars?: Record<string, string> }
  | { op: "log"; text: string };

const operation: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: request.map((req) => ({ op: "set" as const, req })) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("resume" as const),
      skipFailed: fc.boolean(),
      from: fc.option(fc.constantFrom(...STEPS), { nil: undefined }),
      vars: fc.option(fc.dictionary(fc.constantFrom("k", "week"), fc.string({ maxLength: 3 }), { maxKeys: 1 }), {
        nil: undefined,
      }),
    }),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }).map((text) => ({ op: "log" as const, text })) },
);

describe("fold(events) == state, through the lifecycle", () => {
  test("after random sequences of set, resume (skip, replay, vars) and log, and a fork at any step (property)", () => {
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(undefined, ...STEPS),
        (ops, forkFrom) => {
          const store = openStore(statePaths(tempProject()), { lock: { timeoutMs: 1000 } });
          apply(store, { step: "init" }, 0);
          ops.forEach((op, i) => {
            const now = `2025-01-29T16:${String(i % 60).padStart(2, "0")}:00Z`;
            try {
              if (op.op === "set") apply(store, op.req, i + 1);
              else if (op.op === "log") updateSession(store, "w", (prev) => [logEvent(prev as Session, op.text, now)]);
              else updateSession(store, "w", (prev) => resumeEvents(prev as Session, op, now));
            } catch (error) {
              if ((error as { exitCode?: number }).exitCode !== 2) throw error; // refused: nothing changed
            }
          });
          const state = parseSession(readFileSync(sessionPath(store, "w"), "utf8"), "w.json");
          expect(handEdits(state)).toBeUndefined();
          try {
            const forked = applyEvents(
              {},
              forkEvents(state, "copy", forkFrom, { now: "2025-01-29T17:00:00Z", newId: () => "f0rk000001" }),
            ) as Session;
            expect(handEdits(forked)).toBeUndefined();
            expect(forked.continued_from).toBe(state.id);
          } catch (error) {
            if ((error as { exitCode?: number }).exitCode !== 2) throw error; // a step never entered
          }
        },
      ),
      { seed: 42, numRuns: 120 },
    );
  }, 30_000);
});

describe("handEdits", () => {
  const base = (): Session => {
    const store = openStore(statePaths(tempProject()), { lock: { timeoutMs: 1000 } });
    apply(store, { step: "init", patch: { a: 1 } }, 0);
    return parseSession(readFileSync(sessionPath(store, "w"), "utf8"), "w.json");
  };

  test("names the fields a person changed or removed, ignoring key order", () => {
    const state = base();
    expect(handEdits({ ...state, context: { a: 2 } })).toEqual({ state: { context: { a: 2 } }, removed: [] });
    const { plan: _none, ...withoutPlan } = { ...state, plan: ["x"] };
    expect(handEdits({ ...state, plan: ["x"] })).toEqual({ state: { plan: ["x"] }, removed: [] });
    expect(handEdits(withoutPlan)).toBeUndefined();
    const reordered = Object.fromEntries(Object.entries(state).reverse()) as Session;
    expect(handEdits(reordered)).toBeUndefined();
    expect(handEdits({ ...state, rev: 9 })).toEqual({ state: {}, removed: [] });
  });
});
