/**
 * What a `set` does to a session, as a pure function of the old state and the
 * request. The store wraps it in a lock and a file write.
 */

import { type BranchProgress, branchProgress, firstRunnable, needsOf, waitsFor } from "./branching.ts";
import { closest } from "./closest.ts";
import { ConflictError, UsageError } from "./errors.ts";
import { approvedSinceEntered, approveHint, waitingError } from "./gates.ts";
import type { JsonObject } from "./json.ts";
import { sameStep, spellingIn, stepKey } from "./names.ts";
import type { Session, SessionEvent, Status } from "./schema.ts";
import { addCounters, applyEvents, sameJson } from "./timeline.ts";

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
  /** The question STEP waits on: the session waits for a person's answer (gates.ts). */
  await?: string;
}

export interface Moment {
  /** The current time, already formatted (`formatTimestamp`). */
  now: string;
  /** A fresh id, used only when the session is created. */
  newId: () => string;
}

/**
 * The events a `set` appends: none when it would change nothing (a retried call
 * is idempotent and writes nothing). Throws, changing nothing, on a refused request.
 */
export function setEvents(prev: Session | undefined, req: SetRequest, { now, newId }: Moment): SessionEvent[] {
  if (req.expectRev !== undefined && req.expectRev !== (prev?.rev ?? 0)) {
    throw new ConflictError(
      prev
        ? `${req.workflow} is at rev ${prev.rev}, not ${req.expectRev}: someone else wrote it first`
        : `${req.workflow} does not exist yet (rev 0), not rev ${req.expectRev}`,
      `Read it again with \`session get ${req.workflow} --field rev\`, then retry with that rev.`,
    );
  }
  if (req.error !== undefined && req.done) throw new UsageError("--error and --done contradict each other");
  if (req.error !== undefined && req.status !== undefined && req.status !== "failed") {
    throw new UsageError(`--error marks the session failed; it cannot also be --status ${req.status}`);
  }
  // One step, one spelling (`sameStep`): a step already entered or planned keeps the spelling it was first typed in.
  const spelled = [...(prev?.steps ?? []), ...(prev?.plan ?? [])];
  const newPlan = req.plan?.map((planned) => spellingIn(spelled, planned));
  const plan = newPlan ?? prev?.plan;
  if (plan && !plan.some((planned) => sameStep(planned, req.step)))
    throw outsidePlan(req.step, plan, newPlan !== undefined);

  const rev = (prev?.rev ?? 0) + 1;
  const step = spellingIn([...(plan ?? []), ...spelled], req.step);
  const question = gateQuestion(prev, req, step);
  const events: SessionEvent[] = [];
  const add = (event: Omit<SessionEvent, "rev" | "at">) => events.push({ rev, at: now, ...event } as SessionEvent);
  if (!prev) add({ kind: "start", workflow: req.workflow, id: newId(), type: "workflow" });
  if (newPlan && !sameList(newPlan, prev?.plan)) add({ kind: "plan", step, plan: newPlan });
  const change = req.replaceContext
    ? { context: req.patch ?? {} }
    : req.patch && Object.keys(req.patch).length > 0
      ? { patch: req.patch }
      : {};
  // A plan that branches (and is kept): each step is entered, finished or failed on its own, by whichever process.
  const branching = prev?.needs !== undefined && newPlan === undefined ? prev : undefined;
  const branch = branching ? branchStateOf(branching, step) : undefined;
  const entering = branching
    ? !req.done &&
      (branch === undefined || branch === "failed" || (branch !== "running" && !sameStep(prev?.step, step)))
    : prev === undefined || !sameStep(prev.step, step);
  if (branching && (entering || (req.done && branch === undefined))) refuseBlocked(branching, step);
  if (entering) add({ kind: "enter", step, ...change });
  else if (
    prev &&
    (change.context || change.patch) &&
    !sameJson(applyEvents(prev, [{ rev, at: now, kind: "update", step, ...change }]).context, prev.context)
  ) {
    // A retried call whose context changes nothing is no change: only a real one is recorded.
    add({ kind: "update", step, ...change });
  }
  if (req.usage && Object.keys(req.usage).length > 0) {
    const sums = addCounters(prev?.usage ?? {}, req.usage);
    // Past ±2^53 a double no longer holds every whole number: a sum there is rounded, so it is refused like any number
    // readers would change.
    const overflow = Object.keys(req.usage).find((key) => !(Math.abs(sums[key] as number) <= Number.MAX_SAFE_INTEGER));
    if (overflow !== undefined) {
      throw new UsageError(
        `--usage would make the counter ${JSON.stringify(overflow)} too large to count exactly (beyond ±2^53, ` +
          `sums are rounded)`,
        "Counters must stay within ±9007199254740991; start a new counter for more.",
      );
    }
    add({ kind: "usage", step, usage: req.usage });
  }
  const known = new Set(prev?.artifacts);
  const artifacts = [...new Set(req.artifacts)].filter((path) => !known.has(path));
  if (artifacts.length > 0) add({ kind: "artifacts", step, artifacts });
  if (req.done && (branching ? branch !== "done" : entering || !prev?.step_done)) add({ kind: "done", step });
  if (req.error !== undefined) add({ kind: "error", step, note: req.error });
  if (question !== undefined) add({ kind: "await", step, note: question });
  // Another branch's failure stays the session's until that branch is retried or skipped.
  const otherFailed =
    branching !== undefined &&
    Object.entries(branching.branches ?? {}).some(([other, state]) => state === "failed" && !sameStep(other, step));
  const waits = req.error === undefined && (question !== undefined || prev?.waiting !== undefined);
  // A branch written beside a gate leaves the session waiting for its person, even when it fails.
  const besideGate = branching !== undefined && prev?.waiting !== undefined && !sameStep(prev.waiting.step, step);
  const status =
    req.status ??
    (besideGate ? "waiting" : req.error !== undefined || otherFailed ? "failed" : waits ? "waiting" : "running");
  const current = besideGate
    ? "waiting"
    : req.error !== undefined
      ? "failed"
      : question !== undefined
        ? "waiting"
        : (prev?.status ?? "running");
  if (status !== current) add({ kind: "status", step, status });
  return events;
}

/** The state after a `set`: its events applied to the stored state (the same fold `doctor` checks). */
export function applySet(prev: Session | undefined, req: SetRequest, moment: Moment): Session {
  const events = setEvents(prev, req, moment);
  return events.length === 0 ? (prev as Session) : (applyEvents(prev ?? {}, events) as Session);
}

/**
 * The question a `set` makes STEP wait on (`--await`, or the gate `start --gate` declared for it, until approved), or
 * undefined; refuses what a waiting session may not do: enter another step, finish the gated one, or run on.
 */
function gateQuestion(prev: Session | undefined, req: SetRequest, step: string): string | undefined {
  if (req.status === "waiting") throw new UsageError("--status waiting is set by --await", approveHint(req));
  if (req.await !== undefined && (req.error !== undefined || req.done))
    throw new UsageError(`--await contradicts --${req.done ? "done" : "error"}`);
  if (req.error !== undefined) return undefined;
  const waiting = prev?.waiting;
  // In a plan that branches, a step that does not wait for the gated one runs beside it; the gate holds the rest.
  const beside =
    prev?.needs !== undefined &&
    waiting !== undefined &&
    !sameStep(waiting.step, step) &&
    !waitsFor(prev.needs, step, waiting.step);
  if (prev && waiting && beside) {
    if (req.await !== undefined || gateOf(prev, step) !== undefined)
      throw waitingError(prev, `a second gate (${JSON.stringify(step)}) cannot wait beside it`);
    if (req.status === "running" || req.status === "completed")
      throw waitingError(prev, `--status ${req.status} is refused`);
    return undefined;
  }
  if (prev && waiting) {
    if (!sameStep(waiting.step, step)) throw waitingError(prev, `entering ${JSON.stringify(step)} is refused`);
    if (req.done) throw waitingError(prev, "--done is refused");
    if (req.status === "running" || req.status === "completed")
      throw waitingError(prev, `--status ${req.status} is refused`);
    return req.await !== undefined && req.await !== waiting.question ? req.await : undefined;
  }
  if (req.await !== undefined) return req.await;
  const gate = gateOf(prev, step);
  if (gate === undefined) return undefined;
  // In a plan that branches, a step is entered while its branch is not running (the current step may be a sibling's).
  const entering =
    prev === undefined || (prev.needs ? branchStateOf(prev, step) !== "running" : !sameStep(prev.step, step));
  if (!entering && approvedSinceEntered(prev, step)) return undefined;
  if (req.done)
    throw new UsageError(
      `${JSON.stringify(step)} is gated ("${gate}"): it cannot be done before a person approves it`,
      `Enter it (\`session set ${req.workflow} ${JSON.stringify(step)}\`), then wait for \`session approve\`.`,
    );
  return gate;
}

/** The question `start --gate` declared for STEP, or undefined. */
function gateOf(session: Session | undefined, step: string): string | undefined {
  return Object.entries(session?.gates ?? {}).find(([gated]) => sameStep(gated, step))?.[1];
}

/** Where STEP of a plan that branches stands (undefined: not entered yet). */
export function branchStateOf(session: Session, step: string) {
  const branches = session.branches ?? {};
  const key = Object.keys(branches).find((k) => sameStep(k, step));
  return key === undefined ? undefined : branches[key];
}

/** Every step of SESSION's plan that branches, sorted: done, ready, running, failed, blocked. */
export function branchesOf(session: Session): BranchProgress | undefined {
  if (!session.needs || !session.plan) return undefined;
  return branchProgress(session.plan, session.needs, session.branches ?? {});
}

function refuseBlocked(session: Session, step: string): void {
  const blocked = branchesOf(session)?.blocked.find((b) => sameStep(b.step, step));
  if (!blocked) return;
  const waits = blocked.waits_for;
  throw new UsageError(
    `step ${JSON.stringify(step)} waits for ${waits.map((w) => JSON.stringify(w)).join(" and ")}, not done yet`,
    `Ready now: ${branchesOf(session)?.ready.join(", ") || "none"}. Finish a step with \`session set NAME STEP --done\`.`,
  );
}

function outsidePlan(step: string, plan: string[], newPlan: boolean): UsageError {
  const near = closest(step, plan);
  return new UsageError(
    `step ${JSON.stringify(step)} is not in the ${newPlan ? "new " : ""}plan ` +
      `(${plan.join(", ")})${near ? `; did you mean \`${near}\`?` : ""}`,
    "To change the plan, pass the whole new one in the same call: `session set NAME STEP --plan a,b,c`.",
  );
}

function sameList(a: readonly string[], b: readonly string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The steps that are finished: every step entered before the current one, and the current one once marked done (or
 * skipped).
 */
export function doneSteps(session: Session): Set<string> {
  const branches = branchesOf(session);
  if (branches) return new Set(branches.done);
  // A step entered earlier and entered again (a replay, a loop) is the current one: not done.
  const done = new Set(session.steps.slice(0, -1).filter((step) => !sameStep(step, session.step)));
  if (session.step !== undefined && session.step_done) done.add(session.step);
  return done;
}

/** `3/5` when the session has a plan that holds the current step, else the count of steps entered. */
export function stepPosition(session: Session): { index: number; total: number | undefined } {
  // A plan that branches has no one current step: its position counts the steps done.
  const branches = branchesOf(session);
  if (branches && session.plan) return { index: branches.done.length, total: session.plan.length };
  const inPlan = session.step === undefined ? -1 : (session.plan?.findIndex((p) => sameStep(p, session.step)) ?? -1);
  if (session.plan && inPlan >= 0) return { index: inPlan + 1, total: session.plan.length };
  return { index: session.steps.length, total: session.plan?.length };
}

/** The step to run now: the first planned step not done; without a plan, the current step unless it is done. */
export function nextStep(session: Session): string | null {
  const branches = branchesOf(session);
  if (branches && session.plan) return firstRunnable(session.plan, branches);
  const done = [...doneSteps(session)];
  const isDone = (step: string) => done.some((d) => sameStep(d, step));
  if (session.plan) return session.plan.find((step) => !isDone(step)) ?? null;
  return session.step === undefined || isDone(session.step) ? null : session.step;
}

/**
 * What to run next, by the resume rule, as every view says it (`status`, `show`, `pending`, `get --all`): the step
 * to run now (`nextStep`; none once the session is completed), and the command that carries on (without the tool's
 * name, for `ctx.command`): `resume` while a step is left to run, `save` when none is (or the session is completed),
 * and for an archived session `resume ID` unless it completed (then nothing is left to run).
 */
export function nextAction(session: Session, archived: boolean): { step: string | null; command: string | undefined } {
  const step = session.status === "completed" ? null : nextStep(session);
  // A gate waits for a person: the one way on is their answer.
  if (session.waiting && !archived) return { step: session.waiting.step, command: `approve ${session.workflow}` };
  if (archived) return { step, command: session.status === "completed" ? undefined : `resume ${session.id}` };
  return { step, command: step === null ? `save ${session.workflow}` : `resume ${session.workflow}` };
}

/** The one-line summary used by `get --all` and lists: enough to answer "where do I pick up?". */
export function summarize(session: Session) {
  const { workflow, id, status, step, started_at, updated_at } = session;
  const { index, total } = stepPosition(session);
  const error = status === "failed" ? session.errors?.at(-1)?.message : undefined;
  return {
    workflow,
    id,
    status,
    step: step ?? null,
    step_done: Boolean(session.step_done),
    ...(total !== undefined && { position: `${index}/${total}` }),
    next: nextAction(session, false).step,
    ...branchSummary(session),
    ...(error !== undefined && { error }),
    ...(session.waiting && { waiting: { step: session.waiting.step, question: session.waiting.question } }),
    started_at,
    updated_at,
  };
}
export type SessionSummary = ReturnType<typeof summarize>;

/** A plan that branches, in a summary: every ready step (`next` is the first), and those done, failed and blocked. */
export function branchSummary(session: Session) {
  const branches = branchesOf(session);
  if (!branches) return {};
  const { ready, running, done, failed, blocked } = branches;
  return { ready, running, done, failed, blocked };
}

/** An unreadable state file, as `get --all` lists it so that a reader of stdout alone still sees it. */
export interface CorruptSummary {
  workflow: string;
  file: string;
  status: "corrupt";
  error: string;
}

/** Most recently updated first, ties broken by name. */
export function byMostRecent(
  a: { updated_at: string; workflow: string },
  b: { updated_at: string; workflow: string },
): number {
  return compare(b.updated_at, a.updated_at) || compare(a.workflow, b.workflow);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type StepMark = "done" | "skipped" | "failed" | "open" | "todo";

/** How each mark is drawn, in the views and in the archive's report. */
export const STEP_SYMBOLS: Record<StepMark, string> = { done: "✓", skipped: "↷", failed: "✗", open: "…", todo: "·" };

/**
 * Each step as a report shows it: the steps entered, in order (earlier ones
 * done by position), then the planned steps not reached yet.
 */
export function stepMarks(session: Session): { step: string; mark: StepMark; error?: string }[] {
  if (branchesOf(session) && session.plan) return branchMarks(session, session.plan);
  const last = session.steps.length - 1;
  const finished = session.step_done || session.status === "completed";
  const skipped = new Set(session.skipped?.map(stepKey));
  const marks = session.steps.map((step, i): { step: string; mark: StepMark; error?: string } => {
    const error = session.errors?.findLast((e) => sameStep(e.step, step))?.message;
    if (skipped.has(stepKey(step))) return { step, mark: "skipped", ...(error !== undefined && { error }) };
    if (i < last) return { step, mark: "done" };
    if (session.status === "failed") return { step, mark: "failed", ...(error !== undefined && { error }) };
    return { step, mark: finished ? "done" : "open" };
  });
  const entered = new Set(session.steps.map(stepKey));
  for (const step of session.plan ?? []) if (!entered.has(stepKey(step))) marks.push({ step, mark: "todo" });
  return marks;
}

/** A plan that branches, in plan order: each step by its own state (a step not entered yet is still to do). */
function branchMarks(session: Session, plan: readonly string[]): { step: string; mark: StepMark; error?: string }[] {
  const finished = session.status === "completed";
  return plan.map((step) => {
    const state = branchStateOf(session, step);
    const error = session.errors?.findLast((e) => sameStep(e.step, step))?.message;
    if (state === "skipped") return { step, mark: "skipped", ...(error !== undefined && { error }) };
    if (state === "failed") return { step, mark: "failed", ...(error !== undefined && { error }) };
    if (state === "done" || (finished && state === "running")) return { step, mark: "done" };
    return { step, mark: state === "running" ? "open" : "todo" };
  });
}

/** What STEP of SESSION's plan waits for (none in a sequence: its order says it). */
export function prerequisites(session: Session, step: string): readonly string[] {
  return session.needs ? needsOf(session.needs, step) : [];
}
