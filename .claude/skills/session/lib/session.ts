/**
 * What a `set` does to a session, as a pure function of the old state and the
 * request. The store wraps it in a lock and a file write.
 */
import { ConflictError, UsageError } from "./errors.ts";
import { type JsonObject, setOwn } from "./json.ts";
import { mergePatch } from "./merge-patch.ts";
import type { Session, SessionEvent, Status } from "./schema.ts";

export interface SetRequest {
  workflow: string;
  step: string;
  /** A merge patch for the context, or the whole new context with `replaceContext`. */
  patch?: JsonObject;
  replaceContext?: boolean;
  status?: Status;
  done?: boolean;
  error?: string;
  plan?: string[];
  usage?: Record<string, number>;
  artifacts?: string[];
  expectRev?: number;
}

export interface Moment {
  /** The current time, already formatted (`formatTimestamp`). */
  now: string;
  /** A fresh id, used only when the session is created. */
  newId: () => string;
}

export function applySet(prev: Session | undefined, req: SetRequest, { now, newId }: Moment): Session {
  if (req.expectRev !== undefined && req.expectRev !== (prev?.rev ?? 0)) {
    throw new ConflictError(
      prev
        ? `${req.workflow} is at rev ${prev.rev}, not ${req.expectRev}: someone else wrote it first`
        : `${req.workflow} does not exist yet (rev 0), not rev ${req.expectRev}`,
      "Read it again with `session get`, then retry with the new rev.",
    );
  }
  if (req.error !== undefined && req.done) throw new UsageError("--error and --done contradict each other");
  if (req.error !== undefined && req.status !== undefined && req.status !== "failed") {
    throw new UsageError(`--error marks the session failed; it cannot also be --status ${req.status}`);
  }

  const base: Session = prev ?? {
    workflow: req.workflow,
    id: newId(),
    type: "workflow",
    status: "running",
    started_at: now,
    updated_at: now,
    step: req.step,
    steps: [],
    context: {},
    rev: 0,
  };
  const entering = prev === undefined || prev.step !== req.step;
  const context = req.replaceContext ? (req.patch ?? {}) : req.patch ? (mergePatch(base.context, req.patch) as JsonObject) : base.context;

  const next: Session = {
    ...base,
    status: req.status ?? (req.error !== undefined ? "failed" : "running"),
    updated_at: now,
    step: req.step,
    steps: entering ? [...base.steps, req.step] : base.steps,
    step_done: (!entering && base.step_done) || req.done || undefined,
    context,
    rev: base.rev + 1,
  };
  if (req.plan) next.plan = req.plan;
  if (req.error !== undefined) next.errors = [...(base.errors ?? []), { step: req.step, message: req.error, at: now }];
  if (req.usage) next.usage = addCounters(base.usage ?? {}, req.usage);
  if (req.artifacts?.length) next.artifacts = [...new Set([...(base.artifacts ?? []), ...req.artifacts])];

  const event = eventFor(req, entering, now);
  if (event) next.events = [...(base.events ?? []), event];
  return next;
}

/** The timeline entry for this write; none for a bare heartbeat that changes nothing. */
function eventFor(req: SetRequest, entering: boolean, now: string): SessionEvent | undefined {
  const kind = req.error !== undefined ? "error" : req.done ? "done" : entering ? "enter" : "update";
  const event: SessionEvent = { at: now, step: req.step, kind };
  if (req.error !== undefined) event.note = req.error;
  if (req.replaceContext) event.context = req.patch ?? {};
  else if (req.patch && Object.keys(req.patch).length > 0) event.patch = req.patch;
  const changesNothing = kind === "update" && !event.patch && !event.context && !req.status && !req.plan && !req.usage && !req.artifacts?.length;
  return changesNothing ? undefined : event;
}

function addCounters(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const [key, value] of Object.entries(a)) setOwn(sum, key, value);
  for (const [key, value] of Object.entries(b)) setOwn(sum, key, (Object.hasOwn(sum, key) ? (sum[key] as number) : 0) + value);
  return sum;
}

/** The steps that are finished: every step entered before the current one, and the current one once marked done. */
export function doneSteps(session: Session): Set<string> {
  const done = new Set(session.steps.slice(0, -1));
  if (session.step_done) done.add(session.step);
  return done;
}

/** `3/5` when the session has a plan that holds the current step, else the count of steps entered. */
export function stepPosition(session: Session): { index: number; total: number | undefined } {
  const inPlan = session.plan?.indexOf(session.step) ?? -1;
  if (session.plan && inPlan >= 0) return { index: inPlan + 1, total: session.plan.length };
  return { index: session.steps.length, total: session.plan?.length };
}

/** The one-line summary used by `get --all` and lists. */
export function summarize(session: Session) {
  const { workflow, id, status, step, started_at, updated_at } = session;
  return { workflow, id, status, step, started_at, updated_at };
}
export type SessionSummary = ReturnType<typeof summarize>;

/** Most recently updated first, ties broken by name. */
export function byMostRecent(a: { updated_at: string; workflow: string }, b: { updated_at: string; workflow: string }): number {
  return compare(b.updated_at, a.updated_at) || compare(a.workflow, b.workflow);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type StepMark = "done" | "failed" | "open" | "todo";

/**
 * Each step as a report shows it: the steps entered, in order (earlier ones
 * done by position), then the planned steps not reached yet.
 */
export function stepMarks(session: Session): { step: string; mark: StepMark; error?: string }[] {
  const last = session.steps.length - 1;
  const finished = session.step_done || session.status === "completed";
  const marks = session.steps.map((step, i) => {
    if (i < last) return { step, mark: "done" as StepMark };
    if (session.status === "failed") {
      const error = session.errors?.findLast((e) => e.step === step)?.message;
      return { step, mark: "failed" as StepMark, ...(error !== undefined && { error }) };
    }
    return { step, mark: (finished ? "done" : "open") as StepMark };
  });
  const entered = new Set(session.steps);
  for (const step of session.plan ?? []) if (!entered.has(step)) marks.push({ step, mark: "todo" });
  return marks;
}
