/**
 * How a run went, read from its timeline (core/story.ts): attempts, stops and
 * hand-offs, which the archive's report and its chart are drawn from.
 */
import { describe, expect, test } from "bun:test";
import type { Session, SessionEvent } from "../.claude/skills/session/lib/core/schema.ts";
import { activePieces, storyOf } from "../.claude/skills/session/lib/core/story.ts";
import { SAMPLE_SESSION } from "./helpers.ts";

const at = (minute: number) =>
  `2025-01-29T${String(15 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00Z`;

/** A session from [minute, kind, fields] rows, each its own write. */
function session(
  rows: [number, SessionEvent["kind"], Partial<SessionEvent>?][],
  extra: Partial<Session> = {},
): Session {
  const events = rows.map(
    ([minute, kind, fields], i): SessionEvent => ({ rev: i + 1, at: at(minute), kind, ...fields }),
  );
  return { ...SAMPLE_SESSION, events, updated_at: events.at(-1)?.at ?? SAMPLE_SESSION.updated_at, ...extra };
}

describe("storyOf", () => {
  test("a failure picked up by someone else: attempt 2, a failed stop, one hand-off", () => {
    const story = storyOf(
      session([
        [0, "start", { actor: "ann" }],
        [1, "enter", { step: "build", actor: "ann" }],
        [3, "error", { step: "build", note: "red", actor: "ann" }],
        [10, "resume", { step: "build", actor: "bob" }],
        [12, "done", { step: "build", actor: "bob" }],
      ]),
    );
    expect(story.attempts.map((a) => [a.step, a.number, a.outcome, a.actor, a.from, a.to, a.errors])).toEqual([
      ["build", 1, "failed", "ann", at(1), at(3), ["red"]],
      ["build", 2, "done", "bob", at(10), at(12), []],
    ]);
    expect(story.stops).toEqual([{ kind: "failed", from: at(3), to: at(10), before: "ann", after: "bob" }]);
    expect([story.actors, story.handoffs]).toEqual([["ann", "bob"], 1]);
  });

  test("a resume of a run nobody stopped is an interruption; a long silence is idle; a pause is a pause", () => {
    const story = storyOf(
      session([
        [0, "enter", { step: "a" }],
        [4, "resume", { step: "a" }],
        [30, "update", { step: "a" }],
        [31, "status", { step: "a", status: "paused" }],
        [50, "log", { step: "a", note: "still waiting" }],
        [60, "resume", { step: "a" }],
      ]),
    );
    expect(story.stops.map((s) => [s.kind, s.from, s.to])).toEqual([
      ["interrupted", at(0), at(4)],
      ["idle", at(4), at(30)],
      ["paused", at(31), at(60)],
    ]);
    expect(story.attempts).toHaveLength(1);
    expect(activePieces({ from: at(0), to: at(70) }, story.stops)).toEqual([
      { from: at(30), to: at(31) },
      { from: at(60), to: at(70) },
    ]);
  });

  test("entering a step again is its next attempt; a replay rewinds what came after the step it goes back to", () => {
    const story = storyOf(
      session([
        [0, "enter", { eid: "e00000000001", step: "test" }],
        [1, "enter", { step: "fix" }],
        [2, "enter", { step: "test" }],
        [3, "enter", { step: "ship" }],
        [4, "replay", { step: "test", to: "e00000000001" }],
      ]),
    );
    expect(story.attempts.map((a) => [a.step, a.number, a.outcome])).toEqual([
      ["test", 1, "done"],
      ["fix", 1, "rewound"],
      ["test", 2, "rewound"],
      ["ship", 1, "rewound"],
      ["test", 3, "open"],
    ]);
  });

  test("a failed step given up on is skipped; saved, then resumed from the archive, is a stop of its own", () => {
    const story = storyOf(
      session([
        [0, "enter", { step: "a" }],
        [1, "error", { step: "a", note: "x" }],
        [2, "skip", { step: "a" }],
        [3, "enter", { step: "b" }],
        [4, "save", { step: "b", status: "abandoned" }],
        [40, "resume", { step: "b" }],
      ]),
    );
    expect(story.attempts.map((a) => [a.step, a.outcome])).toEqual([
      ["a", "skipped"],
      ["b", "open"],
    ]);
    expect(story.stops.map((s) => [s.kind, s.from, s.to])).toEqual([
      ["failed", at(1), at(2)],
      ["archived", at(4), at(40)],
    ]);
  });
});
