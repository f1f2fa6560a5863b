/**
 * How a long-lived session stays writable and fast: its timeline is compacted.
 * When the events in the state file pass a bound, all but the most recent move
 * into a history segment: an immutable JSON Lines file beside the state
 * (`history/<id>/<first>-<sha>.jsonl`, committed like the state), named by its
 * content so two branches never write one name with two contents. Its first
 * line is the checkpoint it starts from (the state, without events, before its
 * first event); then one event per line, identities kept. The state file keeps
 * the list of segments and the checkpoint after the last one, so each write
 * costs what a short timeline costs, and the fold starts from that checkpoint.
 * The whole history stays readable: the segments, then the state's events.
 * Pure: text <-> values; the store writes the files.
 */
import { sha256 } from "./hash.ts";
import { canonicalJson } from "./identity.ts";
import type { JsonObject } from "./json.ts";
import { jsonTextDeeperThan } from "./json-input.ts";
import { MAX_FILE_DEPTH } from "./limits.ts";
import type { Session, SessionEvent } from "./schema.ts";
import { applyEvents, type FoldState } from "./timeline.ts";

/** A state holding more events than this is compacted at its next write. */
export const COMPACT_EVENTS = 200;
/** Or a state file larger than this (bytes). */
export const COMPACT_BYTES = 96 * 1024;
/** The most recent events stay in the state file: a replay or a merge of recent work needs no segment. */
export const KEEP_EVENTS = 50;

/** A segment file, as the state (or the next segment) refers to it. */
export interface SegmentRef {
  /** Relative to the state folder: `history/<id>/<first event's position>-<sha256, 12>.jsonl`. */
  file: string;
  sha256: string;
  /** Git's blob id of the file, so a merge driver can read the other branch's segment from git's objects. */
  oid: string;
  /** Events in this segment. */
  events: number;
}

/**
 * What the state file keeps of its compacted history: a constant size however
 * long the history (each segment names the one before it), and no copy of the
 * context (the checkpoint a fold starts from is the newest segment's, read back).
 */
export interface History {
  /** Events in all segments. */
  events: number;
  /** The newest segment; its first line names the one before. */
  last: SegmentRef;
}

/** A segment's first line: where it starts from. */
export interface SegmentHead {
  /** The state, without its events, before this segment's first event. */
  checkpoint: JsonObject;
  /** The segment before this one, or null for the first. */
  previous: SegmentRef | null;
}

/** The number of events a session has had: compacted and in its state file. */
export function eventCount(session: Pick<Session, "history" | "events">): number {
  return ((session.history as History | undefined)?.events ?? 0) + (session.events?.length ?? 0);
}

/**
 * How many of SESSION's events stay in its state file if it is compacted now
 * (serialized, it is BYTES long), or undefined when it is not due: past
 * COMPACT_EVENTS events, the newest KEEP_EVENTS stay; when its events alone
 * pass half of COMPACT_BYTES (a few large updates), only the newest one does.
 */
export function eventsToKeep(session: Session, bytes: number): number | undefined {
  const events = session.events ?? [];
  if (events.length > COMPACT_EVENTS) return KEEP_EVENTS;
  // Measured only for a large state, so that an ordinary write serializes its events once.
  if (events.length > 1 && bytes > COMPACT_BYTES && JSON.stringify(events).length > COMPACT_BYTES / 2) return 1;
  return undefined;
}

/**
 * SESSION compacted: its events but the newest KEEP sealed into a new segment
 * (its text and reference), and the state that refers to it. BEFORE is the
 * state its history ends in (`checkpointAfter`; nothing for a first segment).
 */
export function compact(
  session: Session,
  keep: number,
  before: FoldState,
): { segment: SegmentRef; text: string; state: Session } {
  const events = session.events ?? [];
  const sealed = events.slice(0, events.length - keep);
  const kept = events.slice(events.length - keep);
  const previous = session.history as History | undefined;
  const head: SegmentHead = { checkpoint: withoutTimeline(before), previous: previous?.last ?? null };
  const text = segmentText(head, sealed);
  const bytes = new TextEncoder().encode(text);
  const hash = sha256(bytes);
  const first = previous?.events ?? 0;
  const segment: SegmentRef = {
    file: `history/${session.id}/${String(first).padStart(8, "0")}-${hash.slice(0, 12)}.jsonl`,
    sha256: hash,
    oid: gitBlobId(bytes),
    events: sealed.length,
  };
  const history: History = { events: first + sealed.length, last: segment };
  return { segment, text, state: { ...session, history, events: kept } as Session };
}

/**
 * The state a session's history ends in, which its state file's events are
 * folded from: the newest segment's checkpoint with that segment's events
 * applied (read through READ); nothing for a session never compacted.
 */
export function checkpointAfter(
  session: Pick<Session, "history">,
  read: (ref: SegmentRef) => string | undefined,
): FoldState {
  const last = (session.history as History | undefined)?.last;
  if (!last) return {};
  const text = read(last);
  if (text === undefined) throw new Error(`the history segment ${last.file} is missing`);
  return endOf(parseSegment(text, last));
}

/** A segment's text: its head, then one event per line. */
export function segmentText(head: SegmentHead, events: readonly SessionEvent[]): string {
  return `${JSON.stringify(head)}\n${events.map((event) => JSON.stringify(event)).join("\n")}\n`;
}

/** Reads a segment's text back (checked against REF's hash): its head and events; throws on anything else. */
export function parseSegment(text: string, ref: SegmentRef): SegmentHead & { events: SessionEvent[] } {
  if (sha256(text) !== ref.sha256)
    throw new Error(`${ref.file} does not hold what the state says it holds (its SHA-256 differs)`);
  const lines = text.split("\n").filter((line) => line !== "");
  // From git, so bounded like a state file before anything recurses over it.
  if (lines.some((line) => jsonTextDeeperThan(line, MAX_FILE_DEPTH))) throw new Error(`${ref.file} is nested too deep`);
  const head = JSON.parse(lines[0] ?? "null") as SegmentHead | null;
  if (!head || typeof head.checkpoint !== "object" || head.checkpoint === null)
    throw new Error(`${ref.file} does not start with its checkpoint`);
  const events = lines.slice(1).map((line) => JSON.parse(line) as SessionEvent);
  if (events.length !== ref.events) throw new Error(`${ref.file} holds ${events.length} events, not ${ref.events}`);
  return { ...head, events };
}

/**
 * Every event of a session's history, oldest first: its segments (read through
 * READ, which gives a segment's text or undefined), walked back from the
 * newest, then the events in its state file. Throws when a segment is missing or altered.
 */
export function fullTimeline(
  session: Pick<Session, "history" | "events">,
  read: (ref: SegmentRef) => string | undefined,
): SessionEvent[] {
  return [...segmentsOf(session, read).flatMap((segment) => segment.events), ...(session.events ?? [])];
}

/**
 * A session's history segments, oldest first (see `fullTimeline`); with UNTIL,
 * only those after the segment whose hash is UNTIL. Never more events than the
 * state says its history holds, so a forged chain cannot make the walk endless.
 */
export function segmentsOf(
  session: Pick<Session, "history">,
  read: (ref: SegmentRef) => string | undefined,
  until?: string,
): (SegmentHead & { ref: SegmentRef; events: SessionEvent[] })[] {
  const history = session.history as History | undefined;
  const segments: (SegmentHead & { ref: SegmentRef; events: SessionEvent[] })[] = [];
  let total = 0;
  for (let ref = history?.last ?? null; ref !== null && ref.sha256 !== until; ) {
    const text = read(ref);
    if (text === undefined) throw new Error(`the history segment ${ref.file} is missing`);
    const segment = parseSegment(text, ref);
    total += segment.events.length;
    if (total > (history?.events ?? 0))
      throw new Error(`the history of ${ref.file} holds more events than the state says`);
    segments.unshift({ ...segment, ref });
    ref = segment.previous;
  }
  return segments;
}

/** Git's id for a blob of BYTES (SHA-1 of `blob <size>\0` and the bytes): the object `git cat-file blob` finds. */
export function gitBlobId(bytes: Uint8Array): string {
  const header = new TextEncoder().encode(`blob ${bytes.length}\0`);
  return new Bun.CryptoHasher("sha1").update(header).update(bytes).digest("hex");
}

/** A state without the fields a fold recomputes from events: what a checkpoint keeps. */
function withoutTimeline(state: FoldState): JsonObject {
  const { events: _events, history: _history, ...rest } = state;
  return rest as JsonObject;
}

/**
 * Checks a session's whole history (doctor): every segment there, unaltered,
 * each starting where the one before ends; returns the state it ends in.
 * Throws, naming the segment, at the first that is not.
 */
/**
 * Checks that SEGMENTS (oldest first) follow on from START and from one another:
 * each starts from the state the one before ends in. Returns the state the last
 * ends in; throws, naming the first segment that does not follow on.
 */
export function chainedFrom(
  start: FoldState,
  segments: readonly (SegmentHead & { ref: SegmentRef; events: SessionEvent[] })[],
): FoldState {
  let state = start;
  for (const segment of segments) {
    if (canonicalJson(segment.checkpoint) !== canonicalJson(withoutTimeline(state))) {
      throw new Error(`the history segment ${segment.ref.file} does not start where the one before it ends`);
    }
    state = endOf(segment);
  }
  return state;
}

/** The state a segment ends in: its checkpoint with its events applied, without the events. */
export function endOf(segment: SegmentHead & { events: SessionEvent[] }): FoldState {
  return {
    ...withoutTimeline(applyEvents({ ...(segment.checkpoint as FoldState), events: [] }, segment.events)),
    events: [],
  } as FoldState;
}

export function verifiedCheckpoint(
  session: Pick<Session, "history">,
  read: (ref: SegmentRef) => string | undefined,
): FoldState {
  return chainedFrom({}, segmentsOf(session, read));
}
