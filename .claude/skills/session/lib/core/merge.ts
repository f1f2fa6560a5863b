/**
 * Merging two branches' versions of one session, as git's merge driver: the
 * union of both timelines by event identity, in one order that does not depend
 * on which side is "ours", folded into the merged state. Merging again, after a
 * rebase or a cherry-pick, never duplicates an event: an event is the same
 * event wherever its identity is. Pure: states in, a state (or the reason it
 * cannot be done) out.
 */

import { answerClash } from "./gates.ts";
import { sha256 } from "./hash.ts";
import {
  chainedFrom,
  checkpointAfter,
  endOf,
  eventCount,
  type History,
  type SegmentRef,
  segmentsOf,
} from "./history.ts";
import { canonicalJson, eventContent, withIdentities } from "./identity.ts";
import { isJsonObject, type Json } from "./json.ts";
import type { Session, SessionEvent } from "./schema.ts";
import { applyEvents, type FoldState, handEdits, sameJson } from "./timeline.ts";
import { orderKeys } from "./validate.ts";

export type Merge = { ok: true; state: Session } | { ok: false; reason: string };

/** Fields of a session that no event may set by itself: who it is, and its timeline. */
const IDENTITY_FIELDS = ["events", "workflow", "id", "rev"];

/**
 * Merges OURS and THEIRS: every event of both, once, each where both sides'
 * orders put it (between two events ready at once, the earlier `at` first, then
 * the smaller identity), then a `merge` event whose `rev` is above both sides'
 * and which records every context key the two sides set to different values
 * (the value kept is the one written last in that order). A side that holds
 * every event of the other is the result as it is (a fast-forward). The result
 * is the same whichever side is ours, and merging it again with either side
 * changes nothing.
 */
export function mergeSessions(ours: Session, theirs: Session, read: SegmentReader = () => undefined): Merge {
  if (ours.id !== theirs.id) {
    return {
      ok: false,
      reason: `the two sides are different sessions under one name (ids ${ours.id} and ${theirs.id})`,
    };
  }
  let split: Divergence;
  try {
    // Each side's history ends in a checkpoint, read once: its check below and the merge both fold from it.
    const checkpoints = { ours: checkpointAfter(ours, read), theirs: checkpointAfter(theirs, read) };
    for (const side of ["ours", "theirs"] as const) {
      const problem = sideProblem(side === "ours" ? ours : theirs, checkpoints[side]);
      if (problem) return { ok: false, reason: `${side} ${problem}` };
    }
    split = divergence(ours, theirs, checkpoints, read);
  } catch (error) {
    return { ok: false, reason: `the two sides' compacted histories cannot be joined: ${(error as Error).message}` };
  }
  const a = withIdentities(split.ours);
  const b = withIdentities(split.theirs);
  const clash = differingTwin(a, b);
  if (clash)
    return {
      ok: false,
      reason: `the two sides hold different events under one identity (${clash}): one was altered by hand`,
    };
  // Two different answers to one approval gate: a person decides which stands (gates.ts), never the merge.
  const answers = answerClash(a, b);
  if (answers) return { ok: false, reason: answers };
  const inA = new Set(a.map((e) => e.eid));
  const inB = new Set(b.map((e) => e.eid));
  // A fast-forward: a side that holds every event of the other is the result as it is (when the two histories
  // differ, only the side whose history is kept can be: the other lacks what that history sealed).
  if (b.every((e) => inA.has(e.eid)) && split.kept !== "theirs")
    return { ok: true, state: split.ours === ours.events ? withTimeline(ours, a) : ours };
  if (a.every((e) => inB.has(e.eid)) && split.kept !== "ours")
    return { ok: true, state: split.theirs === theirs.events ? withTimeline(theirs, b) : theirs };

  const union = orderedUnion(a, b);
  const common = union.filter((e) => inA.has(e.eid) && inB.has(e.eid));
  const from = (events: SessionEvent[]) => applyEvents({ ...split.base, events: [] }, events);
  const joined = from(union);
  const resolved = conflicts(
    from(common).context ?? {},
    from(a).context ?? {},
    from(b).context ?? {},
    joined.context ?? {},
  );
  const last = (events: SessionEvent[], fallback: Session) => events.at(-1)?.at ?? fallback.updated_at;
  const merge: SessionEvent = {
    rev: Math.max(ours.rev, theirs.rev) + 1,
    // biome-ignore lint/complexity/useMathMinMax: timestamps compare as strings; Math.max would make them NaN
    at: last(a, ours) > last(b, theirs) ? last(a, ours) : last(b, theirs),
    kind: "merge",
    ...(joined.step !== undefined && { step: joined.step }),
    ...(resolved.length > 0 && { resolved }),
  };
  // Its identity comes from what it joined, so the same merge made on two machines is one event.
  const heads = [a, b].map((events) => events.at(-1)?.eid ?? "").sort();
  merge.eid = `m${sha256(`${heads.join("+")}#${eventContent(merge)}`).slice(0, 15)}`;
  const state = from([...union, merge]) as Session;
  return { ok: true, state: orderKeys(split.history ? { ...state, history: split.history } : state) };
}

/** Reads a history segment's text (the merge driver: the file, else git's object), or undefined. */
export type SegmentReader = (ref: SegmentRef) => string | undefined;

/**
 * Where two sides part: the state they share (a checkpoint, or nothing), the history kept, and each side's events after
 * it.
 */
interface Divergence {
  base: FoldState;
  history?: History;
  /** When the two histories differ: the side whose history the merge keeps. */
  kept?: "ours" | "theirs";
  ours: SessionEvent[];
  theirs: SessionEvent[];
}

/**
 * Where OURS and THEIRS part. With the same compacted history (the common
 * case: a compaction made before they parted), their state files' events.
 * Otherwise the longer of the two histories is kept, and the other side's
 * events it does not hold (from its segments after the newest shared one, read
 * through READ, and its state file) follow it.
 */
function divergence(
  ours: Session,
  theirs: Session,
  checkpoints: { ours: FoldState; theirs: FoldState },
  read: SegmentReader,
): Divergence {
  const [ha, hb] = [ours.history as History | undefined, theirs.history as History | undefined];
  if (!ha && !hb) return { base: {}, ours: ours.events ?? [], theirs: theirs.events ?? [] };
  if (ha && hb && ha.last.sha256 === hb.last.sha256) {
    return { base: checkpoints.ours, history: ha, ours: ours.events ?? [], theirs: theirs.events ?? [] };
  }
  const [chainA, chainB] = [segmentsOf(ours, read), segmentsOf(theirs, read)];
  const inB = new Set(chainB.map((segment) => segment.ref.sha256));
  const shared = chainA.filter((segment) => inB.has(segment.ref.sha256)).at(-1);
  const after = (chain: typeof chainA) =>
    chain.slice(chain.findIndex((segment) => segment.ref.sha256 === shared?.ref.sha256) + 1);
  const [restA, restB] = [after(chainA), after(chainB)];
  // Each side's segments after the shared one must follow on from it, one from another: a forged segment
  // (a checkpoint that drops a key, say) would otherwise bring its state into the merge unseen.
  const shared0 = shared ? endOf(shared) : {};
  chainedFrom(shared0, restA);
  chainedFrom(shared0, restB);
  // The longer history after the shared segment is kept as it is (its files are in the merged tree, as git merges
  // added files), so a long run on one branch merges without its events coming back into the state file; the other
  // side's events that it does not hold follow it. Which one is decided by the histories alone (their event count,
  // then their newest segment's hash), never by which side is ours.
  const size = (rest: typeof chainA) => rest.reduce((n, segment) => n + segment.events.length, 0);
  const aKept =
    size(restA) > size(restB) || (size(restA) === size(restB) && (ha?.last.sha256 ?? "") <= (hb?.last.sha256 ?? ""));
  const [kept, keptRest, other, otherRest] = aKept ? [ours, restA, theirs, restB] : [theirs, restB, ours, restA];
  const sealed = new Set(keptRest.flatMap((segment) => segment.events.map((event) => event.eid)));
  const follow = [...otherRest.flatMap((segment) => segment.events), ...(other.events ?? [])];
  const base = aKept ? checkpoints.ours : checkpoints.theirs;
  const history = kept.history && { history: kept.history as History };
  const keptEvents = kept.events ?? [];
  const otherEvents = withIdentities(follow).filter((event) => !sealed.has(event.eid));
  return aKept
    ? { base, ...history, kept: "ours", ours: keptEvents, theirs: otherEvents }
    : { base, ...history, kept: "theirs", ours: otherEvents, theirs: keptEvents };
}

/**
 * Why SESSION cannot be merged as a whole session (its fold matches its state, one start, no event that rewrites who it
 * is), or undefined.
 */
export function sideProblem(session: Session, checkpoint: FoldState = {}): string | undefined {
  const events = session.events ?? [];
  const history = session.history as History | undefined;
  const start = history ? checkpoint : events[0];
  if ((!history && start?.kind !== "start") || events.some((e) => e.rev === undefined)) {
    return "has a timeline from before version 0.2: run `session doctor --fix` on each branch, then merge again";
  }
  const rewrites = events.find(
    (e) =>
      (e.kind === "edit" || e.kind === "fork" || e.kind === "replay") &&
      isJsonObject(e.state) &&
      IDENTITY_FIELDS.some((k) => Object.hasOwn(e.state as object, k)),
  );
  if (rewrites)
    return (
      `has a${rewrites.kind === "edit" ? "n" : ""} ${rewrites.kind} event that rewrites the session's ` +
      `${IDENTITY_FIELDS.filter((k) => Object.hasOwn(rewrites.state as object, k)).join(", ")}`
    );
  if (
    (events.findLast((e) => e.kind === "rename")?.workflow ?? start?.workflow) !== session.workflow ||
    start?.id !== session.id
  )
    return "has a timeline that starts another session";
  if (events.some((e, i) => (history || i > 0) && e.kind === "start")) return "has a second start in its timeline";
  // A rev counts writes, and every write adds at least one event.
  const count = eventCount(session);
  if (events.some((e) => (e.rev as number) > count) || session.rev > count)
    return "has revs above its number of events";
  if (handEdits(session, checkpoint))
    return "was edited by hand (its state differs from its timeline): run `session doctor --fix` there first";
  const ids = new Set(events.map((e) => e.eid).filter((eid) => eid !== undefined));
  if (ids.size !== events.filter((e) => e.eid !== undefined).length) return "has two events with one identity";
  return undefined;
}

/** The identity of an event that the two sides hold with different content, or undefined. */
function differingTwin(a: readonly SessionEvent[], b: readonly SessionEvent[]): string | undefined {
  const content = new Map(a.map((e) => [e.eid, eventContent(e)]));
  return b.find((e) => content.has(e.eid) && content.get(e.eid) !== eventContent(e))?.eid;
}

/**
 * Both timelines as one, each event once. An event is ready when every event
 * before it on each side that holds it is placed; of the ready events, the one
 * with the earlier `at` (then the smaller identity) goes first. Only the events
 * and never the side decide, so the order is the same whichever side is ours,
 * and a side that already holds the other's order gives that order back.
 */
function orderedUnion(a: readonly SessionEvent[], b: readonly SessionEvent[]): SessionEvent[] {
  const posA = new Map(a.map((e, i) => [e.eid, i]));
  const posB = new Map(b.map((e, i) => [e.eid, i]));
  const placed = new Set<string | undefined>();
  const out: SessionEvent[] = [];
  let i = 0;
  let j = 0;
  while (true) {
    while (i < a.length && placed.has((a[i] as SessionEvent).eid)) i++;
    while (j < b.length && placed.has((b[j] as SessionEvent).eid)) j++;
    const x = a[i];
    const y = b[j];
    if (x === undefined && y === undefined) return out;
    // Ready: the event is not held by the other side, or is that side's next one too.
    const xReady = x !== undefined && (!posB.has(x.eid) || posB.get(x.eid) === j);
    const yReady = y !== undefined && (!posA.has(y.eid) || posA.get(y.eid) === i);
    // Neither ready: the sides order two shared events differently (a hand edit could); the key decides.
    const pick =
      xReady && yReady ? earlier(x, y) : xReady ? x : yReady ? y : earlier(x as SessionEvent, y as SessionEvent);
    placed.add(pick.eid);
    out.push(pick);
  }
}

function earlier(x: SessionEvent, y: SessionEvent): SessionEvent {
  if (x.at !== y.at) return x.at < y.at ? x : y;
  return (x.eid as string) <= (y.eid as string) ? x : y;
}

/**
 * Context keys both sides changed since what they share, to different values: each value (in canonical order) and the
 * one kept.
 */
function conflicts(
  base: Record<string, Json>,
  ours: Record<string, Json>,
  theirs: Record<string, Json>,
  merged: Record<string, Json>,
): { key: string; values: Json[]; kept: Json }[] {
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
  const out: { key: string; values: Json[]; kept: Json }[] = [];
  for (const key of keys) {
    const [o, t, b] = [ours[key], theirs[key], base[key]];
    if (sameJson(o, t) || sameJson(o, b) || sameJson(t, b)) continue;
    const values = [o ?? null, t ?? null].sort((x, y) => (canonicalJson(x) < canonicalJson(y) ? -1 : 1));
    out.push({ key, values, kept: merged[key] ?? null });
  }
  return out;
}

/** SESSION with its timeline as given (identities derived where old events had none). */
function withTimeline(session: Session, events: SessionEvent[]): Session {
  return events === session.events ? session : { ...session, events };
}

/** What the merges in a timeline resolved, one line each: `pr: 2 or 3 on two branches; kept 3`, with when. */
export function mergeResolutions(session: Pick<Session, "events">): { at: string; text: string }[] {
  return (session.events ?? [])
    .filter((e) => e.kind === "merge" && e.resolved?.length)
    .flatMap((e) =>
      (e.resolved ?? []).map((r) => ({
        at: e.at,
        text: `${r.key}: ${r.values.map((v) => JSON.stringify(v)).join(" or ")} on two branches; kept ${JSON.stringify(r.kept)}`,
      })),
    );
}
