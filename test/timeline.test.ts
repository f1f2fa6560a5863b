/**
 * The timeline is the source: after any sequence of commands, the stored state
 * is exactly the fold of its events, and an archive is the fold of its
 * timeline (which ends with the save). The properties run the pure write in
 * memory (events appended, stamped, folded, rendered and parsed as the store
 * does); one smoke test runs sequences through the real store and checks it
 * writes what the in-memory write computes.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stampEvents, withIdentities } from "../.claude/skills/session/lib/core/identity.ts";
import { forkEvents, logEvent, resumeEvents } from "../.claude/skills/session/lib/core/lifecycle-events.ts";
import { type SetRequest, setEvents } from "../.claude/skills/session/lib/core/progress.ts";
import type { Session, SessionEvent } from "../.claude/skills/session/lib/core/schema.ts";
import { applyEvents, fold, handEdits, sameJson } from "../.claude/skills/session/lib/core/timeline.ts";
import { inArchiveOrder, renderArchive, saveEvent } from "../.claude/skills/session/lib/format/archive.ts";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { parseSession, renderSession } from "../.claude/skills/session/lib/format/state-file.ts";
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

const minuteOf = (hour: number, minute: number) => `2025-01-29T${hour}:${String(minute % 60).padStart(2, "0")}:00Z`;

/** A refusal (exit 2) changes nothing; anything else is a failure of the test. */
function unlessRefused<T>(fn: () => T, otherwise: T): T {
  try {
    return fn();
  } catch (error) {
    if ((error as { exitCode?: number }).exitCode !== 2) throw error;
    return otherwise;
  }
}

/**
 * One write, in memory, as `updateSession` makes it: the stored events
 * identified, the new ones stamped and folded in, the result rendered in the
 * state file's format (which validates it) and read back.
 */
function write(prev: Session | undefined, events: readonly SessionEvent[]): Session | undefined {
  if (events.length === 0) return prev;
  const base = prev ? { ...prev, events: withIdentities(prev.events ?? []) } : {};
  return parseSession(renderSession(applyEvents(base, stampEvents(events)) as Session), "w.json");
}

/** Applies one request as `set` would; a request `set` refuses changes nothing. */
function set(prev: Session | undefined, req: Omit<SetRequest, "workflow">, minute: number): Session | undefined {
  const moment = { now: minuteOf(15, minute), newId: () => "k3v9q2m8ab" };
  return unlessRefused(() => write(prev, setEvents(prev, { workflow: "w", ...req }, moment)), prev);
}

/** What the archive of SESSION holds, in memory, as `saveSession` writes it and a reader parses it. */
function archive(session: Session, status: "completed" | "failed" | "abandoned", notes?: string): Session {
  const ending = saveEvent(session, { status, endedAt: "2025-01-29T16:00:00Z", notes });
  const saved = write(session, [ending]) as Session;
  return parseArchive(renderArchive(inArchiveOrder(saved))) as Session;
}

/** The state with its events' random identities (and the replays naming them) as positions, to compare two runs. */
function withoutIds(state: Session): Session {
  const position = new Map(state.events?.map((event, i) => [event.eid, String(i)]));
  const events = state.events?.map((event) => ({
    ...event,
    eid: position.get(event.eid),
    ...(event.to !== undefined && { to: position.get(event.to) }),
  }));
  return { ...state, events } as Session;
}

describe("fold(events) == state", () => {
  test("after random sequences of set, the state written is the fold of its timeline (property)", () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 12 }), (requests) => {
        const state = requests.reduce<Session | undefined>((prev, req, i) => set(prev, req, i), undefined);
        if (state === undefined) return; // every request was refused
        expect(sameJson(fold(state.events ?? []) as never, state as never)).toBe(true);
        expect(handEdits(state)).toBeUndefined();
        expect(state.rev).toBe(new Set(state.events?.map((e) => e.rev)).size);
      }),
      { seed: 20250129, numRuns: 150 },
    );
  });

  test("an archive is the fold of its timeline, which ends with the save (property)", () => {
    fc.assert(
      fc.property(
        fc.array(request, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("completed", "failed", "abandoned"),
        fc.option(fc.string(), { nil: undefined }),
        (requests, status, notes) => {
          const started = set(undefined, { step: "init" }, 0) as Session;
          const session = requests.reduce((prev, req, i) => set(prev, req, i + 1) as Session, started);
          const state = archive(session, status, notes);
          expect(sameJson(fold(state.events ?? []) as never, state as never)).toBe(true);
          expect(state.events?.at(-1)).toMatchObject({ kind: "save", status });
        },
      ),
      { seed: 7, numRuns: 60 },
    );
  });
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

/** The events one operation appends to PREV, as its command computes them. */
function eventsOf(prev: Session, op: Op, i: number): SessionEvent[] {
  const now = minuteOf(16, i);
  if (op.op === "set") return setEvents(prev, { workflow: "w", ...op.req }, { now, newId: () => "k3v9q2m8ab" });
  if (op.op === "log") return [logEvent(prev, op.text, now)];
  return resumeEvents(prev, op, now);
}

describe("fold(events) == state, through the lifecycle", () => {
  test("after random sequences of set, resume (skip, replay, vars) and log, and a fork at any step (property)", () => {
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(undefined, ...STEPS),
        (ops, forkFrom) => {
          const started = set(undefined, { step: "init" }, 0) as Session;
          const state = ops.reduce(
            (prev, op, i) => unlessRefused(() => write(prev, eventsOf(prev, op, i)) as Session, prev),
            started,
          );
          expect(handEdits(state)).toBeUndefined();
          unlessRefused(() => {
            // A fork from a step never entered is refused.
            const moment = { now: "2025-01-29T17:00:00Z", newId: () => "f0rk000001" };
            const forked = applyEvents({}, forkEvents(state, "copy", forkFrom, moment)) as Session;
            expect(handEdits(forked)).toBeUndefined();
            expect(forked.continued_from).toBe(state.id);
          }, undefined);
        },
      ),
      { seed: 42, numRuns: 120 },
    );
  });
});

describe("the store writes what the in-memory write computes (on disk, smoke)", () => {
  test("random sequences of set, resume and log, then save, through the real store (property, few runs)", () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 8 }), (ops) => {
        const store = openStore(statePaths(tempProject()), { lock: { timeoutMs: 1000 } });
        const read = () => parseSession(readFileSync(sessionPath(store, "w"), "utf8"), "w.json");
        let model = set(undefined, { step: "init" }, 0) as Session;
        updateSession(store, "w", (prev) =>
          setEvents(prev, { workflow: "w", step: "init" }, { now: minuteOf(15, 0), newId: () => "k3v9q2m8ab" }),
        );
        ops.forEach((op, i) => {
          unlessRefused(() => updateSession(store, "w", (prev) => eventsOf(prev as Session, op, i)), undefined);
          model = unlessRefused(() => write(model, eventsOf(model, op, i)) as Session, model);
          expect(withoutIds(read())).toEqual(withoutIds(model));
        });
        const stored = read();
        expect(sameJson(fold(stored.events ?? []) as never, stored as never)).toBe(true);
        const { archive: path } = saveSession(store, "w", { status: "completed", now: "2025-01-29T16:00:00Z" });
        const archived = parseArchive(readFileSync(join(store.paths.root, path), "utf8")) as Session;
        expect(withoutIds(archived)).toEqual(withoutIds(archive(model, "completed")));
      }),
      { seed: 16, numRuns: 8 },
    );
  }, 30_000);
});

describe("handEdits", () => {
  const base = (): Session => set(undefined, { step: "init", patch: { a: 1 } }, 0) as Session;

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
