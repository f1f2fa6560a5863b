/**
 * Merging two branches' versions of one session, as git's merge driver: the
 * union of both timelines after what they share, ordered by time, folded into
 * the merged state. Pure: states in, a state (or the reason it cannot be done) out.
 */
import type { Session, SessionEvent } from "./schema.ts";
import { applyEvents, handEdits, sameJson } from "./timeline.ts";
import { orderKeys } from "./validate.ts";

export type Merge = { ok: true; state: Session } | { ok: false; reason: string };

/**
 * Merges OURS and THEIRS. The part of their timelines they share (from the
 * start, event for event) stays as it is; the events each added after it are
 * interleaved by time (ties: ours first), each side's writes renumbered after
 * the shared part, so the merged `rev` is above both sides'. A side with no
 * events of its own is a fast-forward to the other.
 */
export function mergeSessions(ours: Session, theirs: Session): Merge {
  if (ours.id !== theirs.id) {
    return { ok: false, reason: `the two sides are different sessions under one name (ids ${ours.id} and ${theirs.id}): keep one by hand, or rename one` };
  }
  for (const [side, session] of [["ours", ours], ["theirs", theirs]] as const) {
    const events = session.events ?? [];
    if (events[0]?.kind !== "start" || events.some((e) => e.rev === undefined)) {
      return { ok: false, reason: `${side} has a timeline from before version 0.2: run \`session doctor --fix\` on each branch, then merge again` };
    }
    if (handEdits(session)) return { ok: false, reason: `${side} was edited by hand (its state differs from its timeline): run \`session doctor --fix\` there first` };
  }
  const a = ours.events ?? [];
  const b = theirs.events ?? [];
  let shared = 0;
  while (shared < a.length && shared < b.length && sameJson(a[shared] as never, b[shared] as never)) shared++;
  const mine = a.slice(shared);
  const yours = b.slice(shared);
  if (yours.length === 0) return { ok: true, state: ours };
  if (mine.length === 0) return { ok: true, state: theirs };

  const base = a[shared - 1]?.rev ?? 0;
  const tail = interleave(mine, yours);
  // Each side's writes (events sharing a rev) stay together and get new revs, in merged order.
  const renumbered = new Map<string, number>();
  const merged = tail.map(({ event, side }) => {
    const key = `${side}:${event.rev}`;
    if (!renumbered.has(key)) renumbered.set(key, base + renumbered.size + 1);
    return { ...event, rev: renumbered.get(key) } as SessionEvent;
  });
  const state = applyEvents({}, [...a.slice(0, shared), ...merged]) as Session;
  return { ok: true, state: orderKeys(state) };
}

/** Both tails in order of time; at the same instant, ours before theirs; within a side, as written. */
function interleave(mine: SessionEvent[], yours: SessionEvent[]): { event: SessionEvent; side: "ours" | "theirs" }[] {
  const out: { event: SessionEvent; side: "ours" | "theirs" }[] = [];
  let i = 0;
  let j = 0;
  while (i < mine.length || j < yours.length) {
    const x = mine[i];
    const y = yours[j];
    if (y === undefined || (x !== undefined && x.at <= y.at)) {
      out.push({ event: x as SessionEvent, side: "ours" });
      i++;
    } else {
      out.push({ event: y, side: "theirs" });
      j++;
    }
  }
  return out;
}
