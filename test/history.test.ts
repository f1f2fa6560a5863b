/**
 * A timeline never makes a session unwritable: older events are compacted into
 * history segments (immutable, named by content, identities kept), each write
 * stays as cheap as a short timeline's, the whole history stays readable, and
 * merges still union by identity across compacted histories.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { sha256 } from "../.claude/skills/session/lib/core/hash.ts";
import {
  COMPACT_EVENTS,
  checkpointAfter,
  compact,
  fullTimeline,
  type History,
  KEEP_EVENTS,
  parseSegment,
} from "../.claude/skills/session/lib/core/history.ts";
import { stampEvents } from "../.claude/skills/session/lib/core/identity.ts";
import { mergeSessions } from "../.claude/skills/session/lib/core/merge.ts";
import { setEvents } from "../.claude/skills/session/lib/core/progress.ts";
import { foldSaveAndSets } from "../.claude/skills/session/lib/core/reconcile.ts";
import type { ArchivedSession, Session } from "../.claude/skills/session/lib/core/schema.ts";
import { applyEvents, fold, handEdits } from "../.claude/skills/session/lib/core/timeline.ts";
import { saveEvent } from "../.claude/skills/session/lib/format/archive.ts";
import { segmentReader } from "../.claude/skills/session/lib/store/history-segments.ts";
import { readState, run, runIn, stateDir, tempProject } from "./helpers.ts";

const at = (n: number) => new Date(Date.UTC(2025, 0, 29, 15, 0) + n * 1000).toISOString().replace(".000Z", "Z");

/** N sets of a ~200-byte update, applied in memory as `set` would (stamped like the store stamps them). */
function writes(session: Session | undefined, n: number, from: number, tag: string): Session {
  let state = session;
  for (let i = 0; i < n; i++) {
    const events = stampEvents(
      setEvents(
        state,
        {
          workflow: "w",
          step: `s${(from + i) % 5}`,
          patch: { note: `${tag}${"x".repeat(180)}`, [tag]: from + i },
          usage: { tokens: 1 },
        },
        { now: at(from + i), newId: () => "k3v9q2m8ab" },
      ),
    );
    state = applyEvents(state ?? {}, events) as Session;
    if ((state.events?.length ?? 0) > COMPACT_EVENTS)
      state = segments.add(compact(state, KEEP_EVENTS, checkpointAfter(state, segments.read)));
  }
  return state as Session;
}

/** Segments kept in memory, as the store keeps them in files. */
const texts = new Map<string, string>();
const segments = {
  add({ segment, text, state }: ReturnType<typeof compact>): Session {
    texts.set(segment.sha256, text);
    return state;
  },
  read: (ref: { sha256: string }) => texts.get(ref.sha256),
};

describe("compaction (pure)", () => {
  test(
    "a compacted session folds from its checkpoint to the same state, and its full history is every event in " +
      "order",
    () => {
      const long = writes(undefined, 1_700, 0, "a");
      expect((long.history as History).events).toBeGreaterThan(1_000);
      expect(long.events?.length).toBeLessThanOrEqual(COMPACT_EVENTS);
      expect(handEdits(long, checkpointAfter(long, segments.read))).toBeUndefined();
      const all = fullTimeline(long, segments.read);
      expect(all.length).toBe(1 + 2 * 1_700); // the start, then per write an enter or update and its usage
      expect(new Set(all.map((e) => e.eid)).size).toBe(all.length);
      const { history: _, events: __, ...fromScratch } = fold(all) as Session;
      const { history: ___, events: ____, ...stored } = long;
      expect(fromScratch).toEqual(stored);
      expect(long.usage).toEqual({ tokens: 1_700 });
    },
  );

  test("merges across compacted histories: every event once, whichever way, whichever side compacted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 50, max: 700 }),
        (x, y, shared) => {
          const base = writes(undefined, shared, 0, "b");
          const a = writes(base, x, 10_000, "o");
          const b = writes(base, y, 20_000, "t");
          const ab = mergeSessions(a, b, segments.read);
          const ba = mergeSessions(b, a, segments.read);
          if (!ab.ok || !ba.ok) throw new Error(ab.ok ? (ba as { reason: string }).reason : ab.reason);
          expect(ab.state).toEqual(ba.state);
          const merged = fullTimeline(ab.state, segments.read).filter((e) => e.kind !== "merge");
          const expected = new Set(
            [...fullTimeline(a, segments.read), ...fullTimeline(b, segments.read)].map((e) => e.eid),
          );
          expect(merged.length).toBe(expected.size);
          expect(ab.state.usage).toEqual({ tokens: shared + x + y });
          // Idempotent: merging the result again with either side changes nothing.
          for (const side of [a, b]) {
            const again = mergeSessions(side, ab.state, segments.read);
            expect(again.ok && again.state).toEqual(ab.state);
          }
          expect(handEdits(ab.state, checkpointAfter(ab.state, segments.read))).toBeUndefined();
        },
      ),
      { numRuns: 12 },
    );
  });

  test("a long run on one branch (4,000 writes, compacted) merges with one write on the other, the state file small", () => {
    const base = writes(undefined, 50, 0, "r");
    const long = writes(base, 4_000, 10_000, "l");
    const one = writes(base, 1, 20_000, "o");
    for (const result of [mergeSessions(long, one, segments.read), mergeSessions(one, long, segments.read)]) {
      if (!result.ok) throw new Error(result.reason);
      expect(result.state.usage).toEqual({ tokens: 4_051 });
      expect(result.state.events?.length).toBeLessThan(COMPACT_EVENTS + 10);
      expect(handEdits(result.state, checkpointAfter(result.state, segments.read))).toBeUndefined();
    }
  });

  test("a segment altered or missing: the merge refuses rather than guess", () => {
    const base = writes(undefined, 600, 0, "c");
    const a = writes(base, 600, 10_000, "o");
    const b = writes(base, 10, 20_000, "t");
    const result = mergeSessions(a, b, () => undefined);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain("missing");
  });
});

describe("steps stay bounded", () => {
  test("a test/fix loop of 20,000 writes between two long steps: steps holds each step once; done is unchanged", () => {
    const fix = `fix the failing checks ${"x".repeat(70)}`;
    const test = `run the whole test suite ${"y".repeat(70)}`;
    let state: Session | undefined;
    for (let i = 0; i < 20_000; i++) {
      const events = stampEvents(
        setEvents(
          state,
          { workflow: "w", step: i % 2 ? fix : test, patch: { i } },
          { now: at(i), newId: () => "k3v9q2m8ab" },
        ),
      );
      state = applyEvents(state ?? {}, events) as Session;
      if ((state.events?.length ?? 0) > COMPACT_EVENTS)
        state = segments.add(compact(state, KEEP_EVENTS, checkpointAfter(state, segments.read)));
    }
    expect(state?.steps).toEqual([test, fix]);
    expect(JSON.stringify(state).length).toBeLessThan(64 * 1024);
  });

  test("a state written when steps kept every entry is no hand edit: the same steps, each at its last entry", () => {
    const base = writes(undefined, 3, 0, "l"); // steps s0, s1, s2
    const legacy = { ...base, steps: ["s0", "s1", "s0", "s1", "s2"] } as Session;
    expect(handEdits(legacy)).toBeUndefined();
    expect(handEdits({ ...base, steps: ["s2", "s1", "s0"] } as Session)).toBeDefined();
  });
});

describe("a long-lived session through the commands", () => {
  // 1,200 fsynced writes take seconds on a quiet machine, more on a loaded one: a generous limit, no timing asserted.
  test("1,200 sets: segments beside the state, the state file small, doctor clean, show and get work, a replay " +
    "reaches into the history", async () => {
    const p = tempProject();
    for (let i = 0; i < 1_200; i++) {
      const r = await runIn(
        p,
        "set",
        ["w", i === 0 ? "early" : `s${i % 4}`, JSON.stringify({ note: "y".repeat(180), i })],
        { now: at(i) },
      );
      expect(r.code).toBe(0);
    }
    const state = readState(p, "w");
    expect(state.events.length).toBeLessThanOrEqual(COMPACT_EVENTS);
    expect(state.events.length).toBeGreaterThanOrEqual(KEEP_EVENTS);
    const files = readdirSync(join(stateDir(p), "history", state.id));
    // Each segment seals what passed COMPACT_EVENTS but the newest KEEP_EVENTS.
    expect(files.length).toBe(Math.floor((1_201 - KEEP_EVENTS) / (COMPACT_EVENTS + 1 - KEEP_EVENTS)));
    expect(readFileSync(join(stateDir(p), "w.json")).length).toBeLessThan(128 * 1024);
    const all = fullTimeline(state, segmentReader(stateDir(p)));
    expect(all.filter((e) => e.kind === "update" || e.kind === "enter").length).toBe(1_200);
    expect((await runIn(p, "doctor")).code).toBe(0);
    expect((await runIn(p, "get", ["w", "--field", "context.i"])).stdout.trim()).toBe("1199");
    expect((await runIn(p, "show", ["w"])).code).toBe(0);
    // A replay from a step entered long ago, its enter compacted: found in the history.
    const fork = await runIn(p, "start", ["w2", "--fork", state.id, "--from", "early"]);
    expect(fork.code).toBe(0);
    expect(readState(p, "w2").context).toEqual({ note: "y".repeat(180), i: 0 });
    const replay = await runIn(p, "resume", ["w", "--from", "early"]);
    expect(replay.code).toBe(0);
    expect(readState(p, "w")).toMatchObject({ step: "early", context: { i: 0 } });
    expect((await runIn(p, "doctor")).code).toBe(0);
    const saved = await runIn(p, "save", ["w", "--status", "abandoned"]);
    expect(saved.code).toBe(0);
    expect((await runIn(p, "resume", ["w"])).code).toBe(0);
    expect((await runIn(p, "doctor")).code).toBe(0);
  }, 60_000);

  test("doctor names a missing or altered history segment", async () => {
    const p = tempProject();
    for (let i = 0; i < 250; i++)
      await runIn(p, "set", ["w", "a", JSON.stringify({ note: "z".repeat(200), i })], { now: at(i) });
    const state = readState(p, "w");
    const segment = join(stateDir(p), state.history.last.file);
    writeFileSync(segment, readFileSync(segment, "utf8").replace("zzz", "zzy"));
    const altered = await runIn(p, "doctor");
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain(state.history.last.file);
    rmSync(segment);
    expect((await runIn(p, "doctor")).stdout).toContain("missing");
  }, 30_000);

  test(
    "at the size limit, a set that adds context is refused naming a way " + "out; --error, pause and save still work",
    async () => {
      const p = tempProject();
      const chunk = "q".repeat(200_000);
      for (const key of ["a", "b", "c", "d"])
        expect((await runIn(p, "set", ["w", "s", "-"], { stdin: JSON.stringify({ [key]: chunk }) })).code).toBe(0);
      const refused = await runIn(p, "set", ["w", "s", "-"], { stdin: JSON.stringify({ e: chunk }) });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("over the 1 MiB limit");
      expect(refused.stderr).toContain("'{\"KEY\":null}'");
      expect((await runIn(p, "set", ["w", "s", "--error", "CI failed"])).code).toBe(0);
      expect((await runIn(p, "pause", ["w"])).code).toBe(0);
      expect((await runIn(p, "log", ["w", "stopping here"])).code).toBe(0);
      expect((await runIn(p, "save", ["w", "--status", "failed"])).code).toBe(0);
    },
  );

  test("a writer killed right after writing a segment: the old state stands, and the next write goes on", () => {
    const p = tempProject();
    expect(run(p, "set", ["w", "a", "-"], { stdin: JSON.stringify({ a: "x".repeat(150_000) }) }).code).toBe(0);
    const before = readFileSync(join(stateDir(p), "w.json"), "utf8");
    const killed = run(p, "set", ["w", "b", "-"], {
      stdin: JSON.stringify({ b: "y".repeat(150_000) }),
      env: { SESSION_FAILPOINT: "after-segment-write" },
    });
    expect(killed.code).not.toBe(0);
    expect(readFileSync(join(stateDir(p), "w.json"), "utf8")).toBe(before);
    // Only the dead writer's lock is left to say; the segment nothing names yet is harmless.
    expect(run(p, "doctor", ["--json"]).json.problems.map((x: { kind: string }) => x.kind)).toEqual(["stale-lock"]);
    expect(run(p, "set", ["w", "b", "-"], { stdin: JSON.stringify({ b: "y".repeat(150_000) }) }).code).toBe(0);
    expect(readState(p, "w").history.events).toBeGreaterThan(0);
    expect(run(p, "doctor").code).toBe(0);
  });
});

describe("a history from git is input from a stranger (hostile probe)", () => {
  test("a forged segment (its checkpoint drops a key) on one branch: the merge refuses rather than lose the key", () => {
    const base = writes(undefined, 300, 0, "f");
    const honest = writes(base, 10, 10_000, "h");
    let grown = base;
    for (let i = 0; i < 160; i++) grown = writes(grown, 1, 20_000 + i, "e");
    // Seal the branch's events from a checkpoint that has no `f` key, as a forger would.
    const before = checkpointAfter(grown, segments.read);
    const { f: _, ...context } = before.context ?? {};
    const sealed = segments.add(compact(grown, KEEP_EVENTS, { ...before, context }));
    // ...and a state that agrees with it, so the side is no hand edit: only the chain gives it away.
    const forged = {
      ...sealed,
      context: applyEvents(checkpointAfter(sealed, segments.read), sealed.events ?? []).context,
    } as Session;
    expect(handEdits(forged, checkpointAfter(forged, segments.read))).toBeUndefined();
    for (const result of [mergeSessions(honest, forged, segments.read), mergeSessions(forged, honest, segments.read)]) {
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.reason).toContain("does not start where the one before it ends");
    }
  });

  test("a segment nested 100,000 levels deep is refused before anything recurses over it", () => {
    const text = `{"checkpoint":{},"previous":null}\n{"kind":"log","at":"2025-01-29T15:00:00Z","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}\n`;
    const ref = {
      file: "history/abcdefgh/00000000-000000000000.jsonl",
      sha256: sha256(text),
      oid: "0".repeat(40),
      events: 1,
    };
    expect(() => parseSegment(text, ref)).toThrow("nested too deep");
  });

  test("a save on one branch and sets on the other, both compacted since: folded into the archive, nothing lost", () => {
    const base = writes(undefined, 250, 0, "s");
    const saved = writes(base, 250, 10_000, "a");
    const archived = applyEvents(saved, stampEvents([saveEvent(saved, { status: "completed", endedAt: at(30_000) })]));
    const active = writes(base, 250, 20_000, "b");
    const folded = foldSaveAndSets(archived as ArchivedSession, active, segments.read);
    if (!folded.ok) throw new Error(folded.reason);
    expect(folded.state.status).toBe("completed");
    expect(folded.state.usage).toEqual({ tokens: 750 });
    expect(fullTimeline(folded.state, segments.read).at(-1)?.kind).toBe("save");
  });

  test("segments missing from a checkout: set, --error, log and pause still work; doctor names the history", async () => {
    const p = tempProject();
    for (let i = 0; i < 260; i++) await runIn(p, "set", ["w", "a", JSON.stringify({ i })], { now: at(i) });
    rmSync(join(stateDir(p), "history"), { recursive: true });
    for (let i = 260; i < 480; i++)
      expect((await runIn(p, "set", ["w", "a", JSON.stringify({ i })], { now: at(i) })).code).toBe(0);
    expect((await runIn(p, "set", ["w", "a", "--error", "CI failed"])).code).toBe(0);
    expect((await runIn(p, "log", ["w", "noted"])).code).toBe(0);
    expect((await runIn(p, "pause", ["w"])).code).toBe(0);
    const doctor = await runIn(p, "doctor");
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain("broken-history");
  }, 30_000);

  test("doctor checks an archive's history too", async () => {
    const p = tempProject();
    for (let i = 0; i < 260; i++) await runIn(p, "set", ["w", "a", JSON.stringify({ i })], { now: at(i) });
    expect((await runIn(p, "save", ["w"])).code).toBe(0);
    expect((await runIn(p, "doctor")).code).toBe(0);
    rmSync(join(stateDir(p), "history"), { recursive: true });
    const doctor = await runIn(p, "doctor");
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain("broken-history");
  }, 30_000);
});
