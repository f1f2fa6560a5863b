/**
 * The merge of two branches' timelines, as a pure function (no git): the union
 * by identity is idempotent, independent of direction, associative over
 * criss-cross histories, keeps every event exactly once, folds to its state,
 * and refuses a forged or hand-edited side. Real git flows: git-flows.test.ts.
 */
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { derivedEventId, stampEvents, withIdentities } from "../.claude/skills/session/lib/core/identity.ts";
import { resumeEvents } from "../.claude/skills/session/lib/core/lifecycle-events.ts";
import { mergeSessions } from "../.claude/skills/session/lib/core/merge.ts";
import { type SetRequest, setEvents } from "../.claude/skills/session/lib/core/progress.ts";
import type { Session, SessionEvent } from "../.claude/skills/session/lib/core/schema.ts";
import { applyEvents, fold, handEdits } from "../.claude/skills/session/lib/core/timeline.ts";

const STEPS = ["init", "build", "test", "ship"];
const json = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom("x", "y", "z"), fc.constant(null));
const request: fc.Arbitrary<Omit<SetRequest, "workflow">> = fc.record(
  {
    step: fc.constantFrom(...STEPS),
    patch: fc.dictionary(fc.constantFrom("a", "b", "c"), json, { maxKeys: 2 }),
    done: fc.boolean(),
    error: fc.constantFrom("boom", "red"),
    usage: fc.dictionary(fc.constantFrom("tokens"), fc.integer({ min: 1, max: 100 }), { maxKeys: 1 }),
  },
  { requiredKeys: ["step"] },
);

/** A clock per branch that only moves forward, as real ones do (minutes from a base). */
const at = (minute: number) =>
  new Date(Date.UTC(2025, 0, 29, 15, 0) + minute * 60_000).toISOString().replace(".000Z", "Z");

/** Applies REQUESTS as `set` would, the clock starting at START and ticking a minute per write. */
function advance(session: Session | undefined, requests: Omit<SetRequest, "workflow">[], start: number): Session {
  let state = session;
  requests.forEach((req, i) => {
    try {
      const events = stampEvents(
        setEvents(state, { workflow: "w", ...req }, { now: at(start + i), newId: () => "k3v9q2m8ab" }),
      );
      if (events.length > 0) state = applyEvents(state ?? {}, events) as Session;
    } catch (error) {
      if ((error as { exitCode?: number }).exitCode !== 2) throw error;
    }
  });
  return state ?? advance(undefined, [{ step: "init" }], start);
}

const merged = (a: Session, b: Session): Session => {
  const result = mergeSessions(a, b);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
};
const eids = (s: Session) => (s.events ?? []).map((e) => e.eid);
const real = (s: Session) => (s.events ?? []).filter((e) => e.kind !== "merge");
const history = fc.array(request, { minLength: 1, maxLength: 6 });

describe("the merge of two timelines (properties)", () => {
  test("direction does not matter; every event of both sides is kept exactly once; fold(merged) == state", () => {
    fc.assert(
      fc.property(history, history, history, (shared, ours, theirs) => {
        const base = advance(undefined, shared, 0);
        const a = advance(base, ours, 100);
        const b = advance(base, theirs, 100); // the same minutes on both machines: ties are broken by identity
        const ab = merged(a, b);
        expect(merged(b, a)).toEqual(ab);
        const all = new Set([...eids(a), ...eids(b)]);
        expect(
          real(ab)
            .map((e) => e.eid)
            .sort(),
        ).toEqual([...all].sort());
        expect(new Set(eids(ab)).size).toBe(eids(ab).length);
        expect(handEdits(ab)).toBeUndefined();
        expect(ab.rev).toBeGreaterThan(Math.max(a.rev, b.rev) - 1);
      }),
      { numRuns: 150 },
    );
  });

  test("idempotent: merging the result again with either side, or with itself, changes nothing", () => {
    fc.assert(
      fc.property(history, history, history, (shared, ours, theirs) => {
        const base = advance(undefined, shared, 0);
        const a = advance(base, ours, 100);
        const b = advance(base, theirs, 200);
        const ab = merged(a, b);
        expect(merged(a, ab)).toEqual(ab);
        expect(merged(ab, b)).toEqual(ab);
        expect(merged(ab, ab)).toEqual(ab);
      }),
      { numRuns: 150 },
    );
  });

  test("merged twice (a branch merged, advanced, merged again): no event twice, usage summed once", () => {
    fc.assert(
      fc.property(history, history, history, history, (shared, ours, theirs, more) => {
        const base = advance(undefined, shared, 0);
        const main = advance(base, ours, 100);
        const feature = advance(base, theirs, 200);
        const once = merged(main, feature);
        const feature2 = advance(feature, more, 300);
        const twice = merged(once, feature2);
        const all = new Set([...eids(main), ...eids(feature2)]);
        expect(
          real(twice)
            .map((e) => e.eid)
            .sort(),
        ).toEqual([...all].sort());
        const usage = [...all]
          .flatMap((eid) =>
            [...(main.events ?? []), ...(feature2.events ?? [])].filter((e) => e.eid === eid).slice(0, 1),
          )
          .reduce((sum, e) => sum + (e.usage?.tokens ?? 0), 0);
        expect(twice.usage?.tokens ?? 0).toBe(usage);
      }),
      { numRuns: 100 },
    );
  });

  test(
    "associative over criss-cross histories: three branches joined in any grouping hold the same events, in the " +
      "same order, and the same context",
    () => {
      fc.assert(
        fc.property(history, history, history, history, (shared, x, y, z) => {
          const base = advance(undefined, shared, 0);
          const [a, b, c] = [advance(base, x, 100), advance(base, y, 200), advance(base, z, 300)];
          const left = merged(merged(a, b), c);
          const right = merged(a, merged(b, c));
          const cross = merged(merged(a, c), merged(b, c)); // c merged into both, then the two merged
          for (const other of [right, cross]) {
            expect(real(other).map((e) => e.eid)).toEqual(real(left).map((e) => e.eid));
            expect(other.context).toEqual(left.context);
            expect(other.steps).toEqual(left.steps);
          }
        }),
        { numRuns: 100 },
      );
    },
  );

  test("a side that holds all of the other is the result as it is (a fast-forward)", () => {
    const base = advance(undefined, [{ step: "init" }], 0);
    const ahead = advance(base, [{ step: "build", patch: { a: 1 } }], 10);
    expect(merged(base, ahead)).toEqual(ahead);
    expect(merged(ahead, base)).toEqual(ahead);
  });
});

describe("conflicting values and replays", () => {
  test(
    "one key set to different values on each side: the later write wins, whichever side is ours, and the merge " +
      "records it",
    () => {
      const base = advance(undefined, [{ step: "init", patch: { pr: 1 } }], 0);
      const a = advance(base, [{ step: "build", patch: { pr: 2 } }], 10);
      const b = advance(base, [{ step: "build", patch: { pr: 3 } }], 20);
      for (const m of [merged(a, b), merged(b, a)]) {
        expect(m.context.pr).toBe(3);
        const record = (m.events ?? []).at(-1) as SessionEvent;
        expect(record.kind).toBe("merge");
        expect(record.resolved).toEqual([{ key: "pr", values: [2, 3], kept: 3 }]);
      }
    },
  );

  test("one key set on both sides at one instant: one result whichever side is ours (identity breaks the tie)", () => {
    const base = advance(undefined, [{ step: "init", patch: { pr: 1 } }], 0);
    const a = advance(base, [{ step: "build", patch: { pr: 2 } }], 10);
    const b = advance(base, [{ step: "build", patch: { pr: 3 } }], 10);
    const [ab, ba] = [merged(a, b), merged(b, a)];
    expect(real(ab).map((e) => e.eid)).toEqual(real(ba).map((e) => e.eid));
    const [, last] = [a, b].sort((x, y) => ((x.events?.at(-1)?.eid ?? "") < (y.events?.at(-1)?.eid ?? "") ? -1 : 1));
    expect([ab.context.pr, ba.context.pr]).toEqual([last?.context.pr, last?.context.pr]);
  });

  test("a replay on one side is not shifted by events the other side adds before it", () => {
    const base = advance(
      undefined,
      [
        { step: "a", patch: { at: "a" } },
        { step: "b", patch: { at: "b" } },
        { step: "c", patch: { at: "c" } },
      ],
      0,
    );
    const replayed = applyEvents(base, stampEvents(resumeEvents(base, { from: "b" }, at(50)))) as Session;
    expect(replayed.step).toBe("b");
    const other = advance(base, [{ step: "c", patch: { extra: 1 } }], 10);
    for (const m of [merged(replayed, other), merged(other, replayed)]) {
      expect(m.step).toBe("b");
      expect(m.context).toEqual({ at: "b" });
    }
  });
});

describe("a side that is not a whole session is refused", () => {
  const base = advance(undefined, [{ step: "init", patch: { a: 1 } }, { step: "build" }], 0);
  const other = advance(base, [{ step: "test" }], 10);
  const forge = (events: SessionEvent[]): Session => fold(events) as Session;
  const stamp = (event: Omit<SessionEvent, "eid">): SessionEvent =>
    stampEvents([event as SessionEvent])[0] as SessionEvent;

  test.each([
    [
      "an edit whose state empties the timeline",
      () =>
        forge([...(base.events ?? []), stamp({ rev: base.rev + 1, at: at(5), kind: "edit", state: { events: [] } })]),
      "rewrites the session's events",
    ],
    [
      "an edit renaming the workflow",
      () =>
        forge([
          ...(base.events ?? []),
          stamp({ rev: base.rev + 1, at: at(5), kind: "edit", state: { workflow: "other" } }),
        ]),
      "rewrites the session's workflow",
    ],
    [
      "a second start",
      () =>
        forge([
          ...(base.events ?? []),
          stamp({ rev: base.rev + 1, at: at(5), kind: "start", workflow: "w", id: "k3v9q2m8ab", type: "workflow" }),
        ]),
      "second start",
    ],
    [
      "revs of 999999",
      () => forge([...(base.events ?? []), stamp({ rev: 999_999, at: at(5), kind: "log", note: "x" })]),
      "revs above",
    ],
    ["a hand edit", () => ({ ...base, context: { a: 2 } }), "edited by hand"],
    [
      "an event altered under its identity",
      () => ({
        ...base,
        events: (base.events ?? []).map((e, i) => (i === 1 ? { ...e, patch: { a: 9 } } : e)),
        context: { a: 9 },
      }),
      "different events under one identity",
    ],
  ])("%s", (_, make, reason) => {
    for (const result of [mergeSessions(make(), other), mergeSessions(other, make())]) {
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.reason).toContain(reason);
    }
  });

  test("different sessions under one name are never merged", () => {
    const stranger = advance(undefined, [{ step: "init" }], 0);
    const result = mergeSessions(base, {
      ...stranger,
      id: "zzzzzzzzzz",
      events: stranger.events?.map((e) => (e.kind === "start" ? { ...e, id: "zzzzzzzzzz" } : e)),
    });
    expect(result.ok).toBe(false);
  });
});

describe("identities of events from before identities", () => {
  test(
    "derived from content without rev: the same old event has the same identity on both branches, renumbered or " +
      "not",
    () => {
      const base = advance(undefined, [{ step: "init", patch: { a: 1 } }, { step: "build" }], 0);
      const old = (base.events ?? []).map(({ eid: _, ...e }) => e as SessionEvent);
      const renumbered = old.map((e) => ({ ...e, rev: (e.rev ?? 0) + 7 }));
      expect(withIdentities(old).map((e) => e.eid)).toEqual(withIdentities(renumbered).map((e) => e.eid));
      expect(new Set(withIdentities([...old, ...old]).map((e) => e.eid)).size).toBe(old.length * 2);
      expect(derivedEventId(old[0] as SessionEvent, 0)).toMatch(/^h[0-9a-f]{15}$/);
    },
  );

  test("an old replay by position is given its target's identity and the state it restores", () => {
    const base = advance(
      undefined,
      [
        { step: "a", patch: { k: 1 } },
        { step: "b", patch: { k: 2 } },
      ],
      0,
    );
    const old = (base.events ?? []).map(({ eid: _, ...e }) => e as SessionEvent);
    const enterA = old.findIndex((e) => e.kind === "enter" && e.step === "a");
    const replay = { rev: base.rev + 1, at: at(9), kind: "replay", step: "a", index: enterA } as SessionEvent;
    const before = fold([...old, replay]);
    const converted = withIdentities([...old, replay]);
    const last = converted.at(-1) as SessionEvent;
    expect(last.index).toBeUndefined();
    expect(last.to).toBe(converted[enterA]?.eid);
    const after = fold(converted);
    expect(after.context).toEqual(before.context);
    expect(after.step).toBe("a");
  });
});
