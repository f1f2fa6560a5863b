/**
 * How a run went, read from its timeline: each step's attempts (a step entered
 * again, or resumed after it failed, is tried again), the stops between them
 * (a failure waiting for someone, a pause, an interruption, an idle gap) and
 * who did what. The archive's report and the Mermaid chart are drawn from it. Pure.
 */
import { sameStep, stepKey } from "./names.ts";
import type { Session, SessionEvent } from "./schema.ts";

export interface Attempt {
  step: string;
  /** 1 the first time the step is worked on; 2 when it is entered again, resumed after a failure or replayed. */
  number: number;
  from: string;
  /** When it ended: its failure, the next step or attempt, the end of the run. */
  to: string;
  actor?: string;
  outcome: "done" | "failed" | "skipped" | "rewound" | "open";
  /** The messages of the errors recorded on it. */
  errors: string[];
  /** The position in the timeline of the event that began it. */
  event: number;
}

export interface Stop {
  /**
   * failed: stopped at a failure; paused; interrupted: resumed though nothing said it stopped; idle: nothing written
   * for IDLE_GAP_MS or more; archived: saved, then resumed from its archive; waiting: for a person's answer to a gate.
   */
  kind: "failed" | "paused" | "interrupted" | "idle" | "archived" | "waiting";
  from: string;
  to: string;
  /** Who stopped, and who went on (when someone did). */
  before?: string;
  after?: string;
}

export interface Story {
  attempts: Attempt[];
  stops: Stop[];
  /** Everyone who wrote an event, in the order they first did. */
  actors: string[];
  /** Times the writer changed from one event to the next. */
  handoffs: number;
  /** For each event: the attempt it began, and the stop it ended (by position). */
  began: Map<number, Attempt>;
  ended: Map<number, Stop>;
}

/** A run with nothing written for this long, without a stop said, was idle (drawn apart from the step it was in). */
export const IDLE_GAP_MS = 15 * 60 * 1000;

/** Events that mean someone is working on the run again: they end a stop. */
const GOES_ON = new Set<SessionEvent["kind"]>([
  "resume",
  "enter",
  "update",
  "done",
  "replay",
  "skip",
  "save",
  "approve",
  "reject",
]);

const ms = (at: string) => Date.parse(at);

/** The story of SESSION's timeline (its state file's events; a compacted history's older events are not read). */
export function storyOf(session: Session): Story {
  const events = session.events ?? [];
  const end = (session as { ended_at?: string }).ended_at ?? session.updated_at;
  const attempts: Attempt[] = [];
  const stops: Stop[] = [];
  const actors: string[] = [];
  const began = new Map<number, Attempt>();
  const ended = new Map<number, Stop>();
  let handoffs = 0;
  let current: Attempt | undefined;
  /** The attempt that failed last, while nobody has gone on from it. */
  let failed: Attempt | undefined;
  let stop: Omit<Stop, "to"> | undefined;
  let lastAt: string | undefined;
  let lastActor: string | undefined;

  const open = (step: string, at: string, i: number, actor: string | undefined) => {
    const number = attempts.filter((a) => sameStep(a.step, step)).length + 1;
    current = { step, number, from: at, to: at, outcome: "open", errors: [], event: i };
    if (actor !== undefined) current.actor = actor;
    attempts.push(current);
    began.set(i, current);
    failed = undefined;
  };
  const close = (at: string, outcome: Attempt["outcome"]) => {
    if (!current) return;
    current.to = at;
    current.outcome = outcome;
    current = undefined;
  };

  // A plan that branches: each step's attempt runs on its own, side by side with the others', from its `enter` to
  // its own `done`, `error` or `skip`; entering another step ends none of them.
  let branching = false;
  const running = new Map<string, Attempt>();
  const branchEvent = (event: SessionEvent, step: string, i: number): boolean => {
    const key = stepKey(step);
    const mine = running.get(key);
    switch (event.kind) {
      case "enter": {
        if (mine) {
          mine.to = event.at;
          mine.outcome = mine.errors.length ? "failed" : "done";
        }
        const number = attempts.filter((a) => sameStep(a.step, step)).length + 1;
        const attempt: Attempt = { step, number, from: event.at, to: event.at, outcome: "open", errors: [], event: i };
        if (event.actor !== undefined) attempt.actor = event.actor;
        attempts.push(attempt);
        began.set(i, attempt);
        running.set(key, attempt);
        return true;
      }
      case "done":
        if (mine) Object.assign(mine, { to: event.at, outcome: "done" });
        running.delete(key);
        return true;
      case "error": {
        const attempt = mine ?? attempts.findLast((a) => sameStep(a.step, step));
        if (attempt) Object.assign(attempt, { to: event.at, outcome: "failed" }).errors.push(event.note ?? "");
        running.delete(key);
        return false; // the failure is a stop too, below
      }
      case "skip": {
        const attempt = attempts.findLast((a) => sameStep(a.step, step));
        if (attempt) attempt.outcome = "skipped";
        return true;
      }
      default:
        return false;
    }
  };

  events.forEach((event, i) => {
    const { at, actor } = event;
    if (actor !== undefined) {
      if (!actors.includes(actor)) actors.push(actor);
      if (lastActor !== undefined && actor !== lastActor) handoffs++;
    }
    if (stop && (GOES_ON.has(event.kind) || (event.kind === "status" && event.status === "running"))) {
      const closed: Stop = { ...stop, to: at };
      // A gate's answer: who answered is who went on.
      const after = event.by ?? actor;
      if (after !== undefined) closed.after = after;
      stops.push(closed);
      ended.set(i, closed);
      stop = undefined;
    } else if (!stop && lastAt !== undefined && ms(at) > ms(lastAt)) {
      // A resume of a run nobody stopped: whoever ran it stopped without a word. A long silence otherwise: idle.
      const kind = event.kind === "resume" ? "interrupted" : ms(at) - ms(lastAt) >= IDLE_GAP_MS ? "idle" : undefined;
      if (kind) {
        const gap: Stop = { kind, from: lastAt, to: at };
        if (lastActor !== undefined) gap.before = lastActor;
        if (actor !== undefined) gap.after = actor;
        stops.push(gap);
        ended.set(i, gap);
      }
    }
    const step = event.step;
    if (event.kind === "plan") branching = event.needs !== undefined;
    if (branching && step !== undefined && branchEvent(event, step, i)) {
      lastAt = at;
      if (actor !== undefined) lastActor = actor;
      return;
    }
    switch (event.kind) {
      case "enter":
        close(at, current?.errors.length ? "failed" : "done");
        if (step !== undefined) open(step, at, i, actor);
        break;
      case "replay": {
        close(at, "done");
        // The `enter` replayed from, by identity (or, before identities, by position): what came after is undone.
        const from = event.to !== undefined ? events.findIndex((e) => e.eid === event.to) : (event.index ?? -1);
        for (const attempt of attempts) if (attempt.event > from && from !== -1) attempt.outcome = "rewound";
        if (step !== undefined) open(step, at, i, actor);
        break;
      }
      case "error":
      case "reject": {
        if (branching && event.kind === "error") {
          stop ??= { kind: "failed", from: at, ...(actor !== undefined && { before: actor }) };
          break;
        }
        const attempt = current ?? failed;
        if (attempt) {
          attempt.errors.push(event.note ?? "");
          if (attempt === current) close(at, "failed");
          failed = attempt;
        }
        stop ??= { kind: "failed", from: at, ...(actor !== undefined && { before: actor }) };
        break;
      }
      case "resume":
      case "update":
      case "done":
        // Going on from a failure: the failed step is tried again.
        if (!current && failed && (step === undefined || sameStep(step, failed.step))) open(failed.step, at, i, actor);
        if (event.kind === "done" && current) current.outcome = "done";
        break;
      case "skip":
        if (failed) failed.outcome = "skipped";
        else close(at, "skipped");
        failed = undefined;
        break;
      case "status":
        if (event.status === "paused" || event.status === "failed")
          stop ??= { kind: event.status, from: at, ...(actor !== undefined && { before: actor }) };
        break;
      case "await":
        stop ??= { kind: "waiting", from: at, ...(actor !== undefined && { before: actor }) };
        break;
      case "save":
        close(at, current?.outcome === "done" || event.status === "completed" ? "done" : "open");
        stop = { kind: "archived", from: at, ...(actor !== undefined && { before: actor }) };
        break;
    }
    lastAt = at;
    if (actor !== undefined) lastActor = actor;
  });
  if (current) close(end, current.outcome === "done" || session.step_done ? "done" : "open");
  for (const attempt of running.values()) attempt.to = end;
  if (stop && ms(end) > ms(stop.from)) stops.push({ ...stop, to: end });
  return { attempts, stops, actors, handoffs, began, ended };
}

/** The time of ATTEMPT not spent in any of STOPS: the pieces a chart draws. */
export function activePieces(
  attempt: Pick<Attempt, "from" | "to">,
  stops: readonly Stop[],
): { from: string; to: string }[] {
  let pieces = [{ from: attempt.from, to: attempt.to }];
  for (const stop of stops) {
    pieces = pieces.flatMap((piece) => {
      if (ms(stop.to) <= ms(piece.from) || ms(stop.from) >= ms(piece.to)) return [piece];
      const parts: { from: string; to: string }[] = [];
      if (ms(stop.from) > ms(piece.from)) parts.push({ from: piece.from, to: stop.from });
      if (ms(stop.to) < ms(piece.to)) parts.push({ from: stop.to, to: piece.to });
      return parts;
    });
  }
  return pieces.length > 0 ? pieces : [{ from: attempt.from, to: attempt.from }];
}
