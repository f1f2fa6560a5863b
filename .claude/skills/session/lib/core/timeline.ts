/**
 * The timeline is the source: every write appends events, and the rest of the
 * state is their fold. `set` applies its new events with the same `applyEvent`
 * that `fold` runs from nothing, so the two cannot drift apart; `doctor` checks
 * `fold(events)` against the stored state to find hand edits. Replay, fork and
 * merge are this fold over a prefix or a union. Pure: no file system here.
 */
import type { BranchState } from "./branching.ts";
import { isJsonObject, type Json, type JsonObject, setOwn } from "./json.ts";
import { mergePatch } from "./merge-patch.ts";
import { sameStep, stepKey } from "./names.ts";
import type { Session, SessionEvent } from "./schema.ts";

/** A state being folded: a session once its `start` (and first `enter`) are applied. */
export type FoldState = { -readonly [K in keyof Session]?: Session[K] } & Record<string, unknown>;

export function applyEvent(state: FoldState, event: SessionEvent): FoldState {
  return applyEvents(state, [event]);
}

/** STATE with EVENTS applied in order; the timeline array is built once, so a fold is linear in the events. */
export function applyEvents(state: FoldState, events: readonly SessionEvent[]): FoldState {
  if (events.length === 0) return state;
  const timeline = [...(state.events ?? [])];
  let next = state;
  for (const event of events) {
    next = change(next, event, timeline);
    timeline.push(event);
  }
  return { ...next, events: timeline };
}

/** What one event changes; BEFORE is the timeline up to it (a replay from before identities folds its prefix). */
function change(state: FoldState, event: SessionEvent, before: readonly SessionEvent[]): FoldState {
  const next: FoldState = { ...state, updated_at: event.at };
  if (event.rev !== undefined) next.rev = event.rev;
  switch (event.kind) {
    case "start":
      Object.assign(next, {
        workflow: event.workflow,
        id: event.id,
        type: event.type ?? "workflow",
        status: "running",
      });
      Object.assign(next, { started_at: event.at, steps: [], context: {} });
      if (event.vars) next.vars = event.vars;
      if (event.spec) next.spec = event.spec;
      if (event.continued_from) next.continued_from = event.continued_from;
      if (event.gates) next.gates = event.gates;
      break;
    case "fork":
      // The state of another session's timeline, as it stood at a step (or last): copied as a whole.
      for (const [key, value] of Object.entries(event.state ?? {})) setOwn(next, key, value);
      break;
    case "enter":
      next.step = event.step;
      // Each step once, in the order last entered: entering a step again (a retry, a loop, two enters a merge
      // brings together) moves it last, so `steps` stays as long as the number of distinct steps, however long
      // the session runs; which steps are done (all but the current) is the same as with every entry kept.
      next.steps = [
        ...lastEntries(state.steps ?? []).filter((step) => !sameStep(step, event.step)),
        event.step as string,
      ];
      next.step_done = undefined;
      next.context = changedContext(state.context, event);
      if (state.needs) next.branches = markBranch(state.branches, event.step, "running");
      break;
    case "update":
      next.context = changedContext(state.context, event);
      break;
    case "done":
      // In a plan that branches, a step other than the current one can be finished by another process.
      if (!state.needs || sameStep(event.step, state.step)) next.step_done = true;
      if (state.needs) next.branches = markBranch(state.branches, event.step, "done");
      break;
    case "error":
      next.errors = [...(state.errors ?? []), { step: event.step as string, message: event.note ?? "", at: event.at }];
      // A failure ends the wait of its own step; a branch beside a gate fails without answering it (the session
      // still waits for its person, and is failed once answered).
      if (!state.needs || !state.waiting || sameStep(event.step, state.waiting.step)) {
        delete next.waiting;
        next.status = "failed";
      }
      if (state.needs) next.branches = markBranch(state.branches, event.step, "failed");
      break;
    case "status":
      next.status = event.status;
      break;
    case "plan":
      next.plan = event.plan;
      if (event.needs) next.needs = event.needs;
      else {
        // A plain plan is a sequence again: what the steps waited for, and where each stood, go with the old plan.
        delete next.needs;
        delete next.branches;
      }
      break;
    case "usage":
      next.usage = addCounters(state.usage ?? {}, event.usage ?? {});
      break;
    case "artifacts":
      next.artifacts = [...new Set([...(state.artifacts ?? []), ...(event.artifacts ?? [])])];
      break;
    case "save":
      // Saving always works, and never strands an archive behind a gate nobody can answer: the step asks again.
      delete next.waiting;
      Object.assign(next, { status: event.status, ended_at: event.at });
      if (event.note !== undefined) next.notes = event.note;
      break;
    case "resume":
      // Back from an archive (or a pause, or a failure): running again, no longer ended.
      next.status = "running";
      delete next.ended_at;
      delete next.notes;
      break;
    case "skip":
      // The failed step is given up on: done for the plan's sake, remembered as skipped.
      if (!state.needs || sameStep(event.step, state.step)) next.step_done = true;
      next.skipped = [...(state.skipped ?? []), event.step as string];
      next.status = "running";
      if (state.needs) next.branches = markBranch(state.branches, event.step, "skipped");
      break;
    case "replay": {
      // Back to right after the replayed `enter`: the event carries what that restores (step, steps,
      // context, skips), so a merge that adds events before it cannot shift it. Before identities, a
      // replay named the `enter` by position (`index`) and was folded from the timeline's prefix.
      const restored = event.state ?? replayedState(state, fold(before.slice(0, (event.index ?? 0) + 1)));
      Object.assign(next, { step: restored.step, steps: restored.steps, context: restored.context, status: "running" });
      next.step_done = undefined;
      next.skipped = restored.skipped as string[] | undefined;
      if (state.needs) next.branches = (restored.branches ?? {}) as Record<string, BranchState>;
      break;
    }
    case "spec":
      // `resume --accept-spec`: the changed spec is the one the run follows from here.
      next.spec = event.spec;
      break;
    case "merge":
      // Two branches' timelines joined (merge.ts): nothing changes but the rev, above both sides'.
      break;
    case "rename":
      // `session rename`: the same session (same id, same timeline) under another name.
      next.workflow = event.workflow;
      break;
    case "var":
      next.vars = { ...state.vars, ...event.vars };
      break;
    case "await":
      // A person must answer before the step runs (gates.ts).
      next.status = "waiting";
      next.waiting = {
        step: event.step as string,
        question: event.note ?? "",
        at: event.at,
        ...(event.eid !== undefined && { gate: event.eid }),
      };
      break;
    case "approve":
      delete next.waiting;
      // A branch that failed beside the gate keeps the session failed.
      next.status = Object.values(state.branches ?? {}).includes("failed") ? "failed" : "running";
      break;
    case "reject":
      delete next.waiting;
      next.errors = [...(state.errors ?? []), { step: event.step as string, message: event.note ?? "", at: event.at }];
      next.status = "failed";
      break;
    case "edit":
      for (const [key, value] of Object.entries(event.state ?? {})) setOwn(next, key, value);
      for (const key of event.removed ?? []) delete next[key];
      break;
  }
  return next;
}

/**
 * What a replay restores, kept in its event so that no merge can shift it: the
 * step, steps and context right after the replayed `enter` (PAST), and those of
 * the CURRENT skips that lie before that step.
 */
export function replayedState(current: FoldState, past: FoldState): JsonObject {
  const restored: JsonObject = { steps: past.steps ?? [], context: past.context ?? {} };
  if (past.step !== undefined) restored.step = past.step;
  const skipped = current.skipped?.filter((step) => past.steps?.slice(0, -1).some((done) => sameStep(done, step)));
  if (skipped?.length) restored.skipped = skipped;
  if (current.needs) restored.branches = past.branches ?? {};
  return restored;
}

/** BRANCHES with STEP (as it is spelt there, if it is) now in STATE. */
function markBranch(
  branches: Readonly<Record<string, BranchState>> | undefined,
  step: string | undefined,
  state: BranchState,
): Record<string, BranchState> {
  const marked: Record<string, BranchState> = {};
  for (const [key, value] of Object.entries(branches ?? {})) setOwn(marked, key, value);
  if (step !== undefined) setOwn(marked, Object.keys(marked).find((key) => sameStep(key, step)) ?? step, state);
  return marked;
}

/** The state that a timeline describes, folded from nothing. */
export function fold(events: readonly SessionEvent[]): FoldState {
  return applyEvents({}, events);
}

function changedContext(context: JsonObject | undefined, event: SessionEvent): JsonObject {
  if (event.context) return event.context;
  if (event.patch) return mergePatch(context ?? {}, event.patch) as JsonObject;
  return context ?? {};
}

export function addCounters(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const [key, value] of Object.entries(a)) setOwn(sum, key, value);
  for (const [key, value] of Object.entries(b))
    setOwn(sum, key, (Object.hasOwn(sum, key) ? (sum[key] as number) : 0) + value);
  return sum;
}

// Fields every write sets itself, so a difference in them is no hand edit.
const WRITE_FIELDS = new Set(["events", "history", "rev", "updated_at"]);

/**
 * How the stored state differs from the fold of its timeline: the top-level
 * fields a person changed (with their stored values) and those they removed.
 * Undefined when the two agree.
 */
export function handEdits(
  session: Session,
  checkpoint: FoldState = {},
): { state: JsonObject; removed: string[] } | undefined {
  // A compacted session folds from the state its history ends in (history.ts's `checkpointAfter`).
  const folded = applyEvents(checkpoint, session.events ?? []);
  const state: JsonObject = {};
  const removed: string[] = [];
  const stored = session as unknown as Record<string, Json | undefined>;
  for (const key of new Set([...Object.keys(stored), ...Object.keys(folded)])) {
    if (WRITE_FIELDS.has(key)) continue;
    // A state written before steps were kept once each still lists every entry: the same steps, each at its last.
    const want = key === "steps" && Array.isArray(stored.steps) ? lastEntries(stored.steps as string[]) : stored[key];
    if (sameJson(want, folded[key] as Json | undefined)) continue;
    if (want === undefined) removed.push(key);
    else setOwn(state, key, want);
  }
  const timelineOk = folded.rev === session.rev && folded.updated_at === session.updated_at;
  if (Object.keys(state).length === 0 && removed.length === 0 && timelineOk) return undefined;
  return { state, removed };
}

/** Deep equality of JSON values, ignoring the order of object keys. */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return (
      keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  return false;
}

/**
 * How an archived timeline relates to the active one of the same id: the active
 * one (or a later one) plus the `save` (a save cut off before it removed the
 * state, or a stale copy a merge brought back), a prefix of
 * it (a resume cut off before it removed the archive), or diverged. By content,
 * never by rev: branches count revs apart.
 */
export function compareTimelines(
  archived: readonly SessionEvent[],
  active: readonly SessionEvent[],
): "save" | "resume" | "diverged" {
  const saved = archived.at(-1)?.kind === "save" ? archived.slice(0, -1) : archived;
  // An active state that is the archive's past (a save cut off, or an older
  // copy brought back by a merge) holds nothing the archive lacks.
  if (active.length > 0 && isPrefix(active, saved)) return "save";
  return isPrefix(archived, active) ? "resume" : "diverged";
}

function isPrefix(a: readonly SessionEvent[], b: readonly SessionEvent[]): boolean {
  return a.length <= b.length && a.every((event, i) => sameJson(event as never, b[i] as never));
}

/** STEPS with each step kept once (`sameStep`), at its last entry: `a, b, a, c` is `b, a, c`. */
export function lastEntries(steps: readonly string[]): string[] {
  const last = new Map(steps.map((step, i) => [stepKey(step), i]));
  return steps.filter((step, i) => last.get(stepKey(step)) === i);
}
