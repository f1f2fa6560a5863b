/**
 * Approval gates: a step that waits for a person. `set --await` (or entering a
 * step that `start --gate` declared) appends an `await` event and the session
 * is `waiting`; `approve` lets the step run, `reject` fails it with the reason.
 * Answers are events like any other, so they merge across branches; two
 * different answers to one gate are a conflict the merge driver refuses
 * (`answerClash`), never resolved silently. Pure: no file system here.
 */
import { ConflictError, UsageError } from "./errors.ts";
import { sameStep } from "./names.ts";
import type { Session, SessionEvent } from "./schema.ts";

/** The hint every refusal while waiting ends with: who may unblock it, and how. */
export function approveHint(session: Pick<Session, "workflow">): string {
  return (
    `A person answers it: \`session approve ${session.workflow}\` (or \`session reject ${session.workflow} ` +
    `--reason TEXT\`); until then, wait.`
  );
}

/** The refusal of anything that would move a waiting session on without an answer. */
export function waitingError(session: Session, what: string): UsageError {
  const waiting = session.waiting as NonNullable<Session["waiting"]>;
  return new UsageError(
    `${session.workflow} is waiting for approval of ${JSON.stringify(waiting.step)} ` +
      `(${JSON.stringify(waiting.question)}): ${what}`,
    approveHint(session),
  );
}

/** Whether STEP was approved since it was last entered (its last answer is an approval). */
export function approvedSinceEntered(session: Session | undefined, step: string): boolean {
  for (const event of [...(session?.events ?? [])].reverse()) {
    if (!sameStep(event.step, step)) continue;
    if (event.kind === "approve") return true;
    if (event.kind === "reject" || event.kind === "enter") return false;
  }
  return false;
}

export interface AnswerRequest {
  answer: "approve" | "reject";
  /** Who answers. */
  by?: string;
  /** approve: a note; reject: the reason (required). */
  note?: string;
  expectRev?: number;
}

/** The event that answers SESSION's gate; refused when it waits for nothing or is at another rev. */
export function answerEvents(session: Session, req: AnswerRequest, now: string): SessionEvent[] {
  if (req.expectRev !== undefined && req.expectRev !== session.rev) {
    throw new ConflictError(
      `${session.workflow} is at rev ${session.rev}, not ${req.expectRev}: someone else wrote it first`,
      `Read it again with \`session status ${session.workflow}\`, then answer with that rev.`,
    );
  }
  const waiting = session.waiting;
  if (!waiting) {
    throw new UsageError(
      `${session.workflow} is not waiting for approval (it is ${session.status})`,
      "Only a session whose status is waiting can be approved or rejected: `session list --status waiting`.",
    );
  }
  const event: SessionEvent = {
    rev: session.rev + 1,
    at: now,
    kind: req.answer,
    step: waiting.step,
    ...(waiting.gate !== undefined && { to: waiting.gate }),
    ...(req.by !== undefined && { by: req.by }),
    ...(req.note !== undefined && { note: req.note }),
  };
  return [event];
}

/**
 * Two different answers to one gate on the two sides of a merge (one approves what the other rejects), or undefined:
 * the gate's step, and each side's answer.
 */
export function answerClash(a: readonly SessionEvent[], b: readonly SessionEvent[]): string | undefined {
  const answers = (events: readonly SessionEvent[]) =>
    new Map(events.filter((e) => (e.kind === "approve" || e.kind === "reject") && e.to).map((e) => [e.to, e]));
  const ours = answers(a);
  for (const [gate, theirs] of answers(b)) {
    const mine = ours.get(gate);
    if (!mine || mine.kind === theirs.kind) continue;
    const said = (e: SessionEvent) => `${e.kind === "approve" ? "approved" : "rejected"}${e.by ? ` by ${e.by}` : ""}`;
    return (
      `the two sides answer the gate of ${JSON.stringify(mine.step)} differently (${said(mine)} on one, ` +
      `${said(theirs)} on the other): a person decides, then resolves the file`
    );
  }
  return undefined;
}

/** The answers in a timeline, for the views and the archive: what was asked, who answered what, when, after how long. */
export function gateAnswers(events: readonly SessionEvent[]): {
  step: string;
  question: string;
  asked: string;
  answer: "approved" | "rejected";
  by?: string;
  at?: string;
  note?: string;
  waitedMs?: number;
}[] {
  const asked = new Map<string, SessionEvent>();
  const out: ReturnType<typeof gateAnswers> = [];
  for (const event of events) {
    if (event.kind === "await" && event.eid !== undefined) asked.set(event.eid, event);
    if (event.kind !== "approve" && event.kind !== "reject") continue;
    const question = event.to === undefined ? undefined : asked.get(event.to);
    if (question) asked.delete(event.to as string);
    out.push({
      step: event.step ?? "",
      question: question?.note ?? "",
      asked: question?.at ?? event.at,
      answer: event.kind === "approve" ? "approved" : "rejected",
      ...((event.by ?? event.actor) !== undefined && { by: event.by ?? event.actor }),
      at: event.at,
      ...(event.note !== undefined && { note: event.note }),
      ...(question && { waitedMs: Date.parse(event.at) - Date.parse(question.at) }),
    });
  }
  return out;
}
