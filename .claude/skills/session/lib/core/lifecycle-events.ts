/**
 * What the lifecycle commands append to a timeline — start, fork, resume (with
 * skip and replay), var, log — as pure functions of the stored state and the
 * request. The store writes them; the fold (timeline.ts) turns them into state.
 */
import { closest } from "./closest.ts";
import { UsageError } from "./errors.ts";
import { waitingError } from "./gates.ts";
import { withIdentities } from "./identity.ts";
import type { JsonObject } from "./json.ts";
import { sameStep } from "./names.ts";
import { branchesOf, doneSteps, type Moment, nextStep } from "./progress.ts";
import type { Session, SessionEvent } from "./schema.ts";
import type { Spec } from "./spec.ts";
import { fold, replayedState } from "./timeline.ts";

export interface StartRequest {
  workflow: string;
  type?: Session["type"];
  plan?: string[];
  /** A plan that branches: what its steps wait for. */
  needs?: Record<string, string[]>;
  vars?: Record<string, string>;
  spec?: Spec;
  continuedFrom?: string;
  /** Approval gates: step → the question entering it asks. */
  gates?: Record<string, string>;
}

/** A new session: `start` (who, vars, spec, what it continues), then its plan. */
export function startEvents(req: StartRequest, { now, newId }: Moment): SessionEvent[] {
  const start: SessionEvent = {
    rev: 1,
    at: now,
    kind: "start",
    workflow: req.workflow,
    id: newId(),
    type: req.type ?? "workflow",
  };
  if (req.vars && Object.keys(req.vars).length > 0) start.vars = req.vars;
  if (req.spec) start.spec = req.spec;
  if (req.continuedFrom) start.continued_from = req.continuedFrom;
  if (req.gates && Object.keys(req.gates).length > 0) start.gates = req.gates;
  const events = [start];
  if (req.plan) events.push({ rev: 1, at: now, kind: "plan", plan: req.plan, ...(req.needs && { needs: req.needs }) });
  return events;
}

/** Where in a timeline the last `enter` of STEP is, or a usage error naming the steps that were entered. */
function enterIndex(events: readonly SessionEvent[], step: string): number {
  const index = events.findLastIndex((event) => event.kind === "enter" && sameStep(event.step, step));
  if (index !== -1) return index;
  const entered = [...new Set(events.filter((e) => e.kind === "enter").map((e) => e.step as string))];
  const near = closest(step, entered);
  throw new UsageError(
    `step ${JSON.stringify(step)} was never entered${near ? `; did you mean \`${near}\`?` : ""}`,
    entered.length ? `Entered steps: ${entered.join(", ")}.` : "No step was entered yet.",
  );
}

/**
 * A fork: a new session (new id, `continued_from` the source) holding the
 * source's state as it stood right after STEP was entered (default: its latest),
 * found in TIMELINE, the source's whole history.
 */
export function forkEvents(
  source: Session,
  name: string,
  step: string | undefined,
  { now, newId }: Moment,
  timeline: readonly SessionEvent[] = source.events ?? [],
): SessionEvent[] {
  const events = withIdentities(timeline);
  const at = step === undefined ? events.length - 1 : enterIndex(events, step);
  const past = fold(events.slice(0, at + 1));
  const state: JsonObject = { steps: past.steps ?? [], context: past.context ?? {} };
  for (const key of ["step", "plan", "needs", "branches", "vars", "spec"] as const)
    if (past[key] !== undefined) state[key] = past[key] as JsonObject[string];
  if (step === undefined && past.step_done) state.step_done = true;
  return [
    { rev: 1, at: now, kind: "start", workflow: name, id: newId(), type: source.type, continued_from: source.id },
    {
      rev: 1,
      at: now,
      kind: "fork",
      ...(past.step !== undefined && { step: past.step }),
      ...(events[at]?.eid !== undefined && { to: events[at]?.eid }),
      state,
    },
  ];
}

export interface ResumeRequest {
  skipFailed?: boolean;
  /** Replay from this step: it and every later step are to be done again. */
  from?: string;
  vars?: Record<string, string>;
  /** `--accept-spec`: the changed spec, recorded as the one the run follows from here. */
  spec?: Spec;
}

/** What resuming found and appends: the events, the steps now skipped as done, and the step to run. */
/** TIMELINE: the session's whole history (its compacted segments and its events), which a replay may reach into. */
export function resumeEvents(
  session: Session,
  req: ResumeRequest,
  now: string,
  timeline: () => readonly SessionEvent[] = () => session.events ?? [],
): SessionEvent[] {
  if (session.status === "completed") {
    throw new UsageError(
      `Session already completed: ${session.workflow}`,
      "To run it again from a step, fork it: `session start NEW-NAME --fork ID --from STEP`.",
    );
  }
  if (session.waiting) throw waitingError(session, "resume is refused");
  const rev = session.rev + 1;
  const events: SessionEvent[] = [];
  const add = (event: Omit<SessionEvent, "rev" | "at">) => events.push({ rev, at: now, ...event } as SessionEvent);
  if (req.from !== undefined) {
    // Named by identity, and carrying what it restores: no event a merge adds before it can shift it.
    const events = withIdentities(timeline());
    const at = enterIndex(events, req.from);
    add({
      kind: "replay",
      step: (events[at] as SessionEvent).step ?? req.from, // as it was entered (`sameStep`)
      to: (events[at] as SessionEvent).eid,
      state: replayedState(session, fold(events.slice(0, at + 1))),
    });
  } else if (req.skipFailed && session.needs) {
    // A plan that branches: each failed branch is skipped, and only it; the others stay as they are.
    const failed = branchesOf(session)?.failed ?? [];
    if (failed.length === 0)
      throw new UsageError(`--skip-failed: ${session.workflow} has no failed step`, "Resume without --skip-failed.");
    for (const step of failed) add({ kind: "skip", step });
  } else if (req.skipFailed) {
    if (session.status !== "failed" || session.step === undefined) {
      throw new UsageError(
        `--skip-failed: ${session.workflow} has no failed step (it is ${session.status})`,
        "Resume without --skip-failed.",
      );
    }
    add({ kind: "skip", step: session.step });
  }
  if (req.spec) add({ kind: "spec", ...(session.step !== undefined && { step: session.step }), spec: req.spec });
  if (req.vars && Object.keys(req.vars).length > 0)
    add({ kind: "var", ...(session.step !== undefined && { step: session.step }), vars: req.vars });
  add({ kind: "resume", ...(session.step !== undefined && { step: session.step }) });
  return events;
}

/** The steps a resume skips (done, in the order they were done) and the one it names to run now. */
export function resumePoint(session: Session): { skipped: string[]; next: string | null } {
  const done = doneSteps(session);
  const order = session.plan ?? session.steps;
  return { skipped: order.filter((step) => [...done].some((d) => sameStep(d, step))), next: nextStep(session) };
}

/** A timestamped note in the timeline (chat or agent narration). */
export function logEvent(session: Session, text: string, now: string): SessionEvent {
  return {
    rev: session.rev + 1,
    at: now,
    kind: "log",
    ...(session.step !== undefined && { step: session.step }),
    note: text,
  };
}
