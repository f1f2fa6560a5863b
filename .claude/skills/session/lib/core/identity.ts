/**
 * Every event has an identity (`eid`), given by the write that creates it and
 * never changed: a merge, a rebase or a cherry-pick may renumber `rev`, never an
 * `eid`, so the union of two timelines is taken by identity. Events written
 * before identities existed get one derived from their content (without `rev`,
 * which old merges renumbered), so the same old event has the same identity on
 * every branch. Pure: no file system here.
 */
import { sha256 } from "./hash.ts";
import type { Json } from "./json.ts";
import type { SessionEvent } from "./schema.ts";
import { fold, replayedState } from "./timeline.ts";

/** A fresh identity: 12 random characters of [0-9a-z] (62 bits), unique across machines. */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = "";
  for (const byte of bytes) id += "0123456789abcdefghijklmnopqrstuvwxyz"[byte % 36];
  return id;
}

/** JSON with object keys sorted: one text for one value, whatever order its keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value as Json);
}

/**
 * An event's content, as identity and duplicate checks compare it: everything but `rev` (merges renumbered it) and
 * `eid`.
 */
export function eventContent(event: SessionEvent): string {
  const { rev: _rev, eid: _eid, ...content } = event;
  return canonicalJson(content);
}

/**
 * The identity of an event from before identities: `h` and 15 hex digits of SHA-256 over its content and how often that
 * content came before.
 */
export function derivedEventId(event: SessionEvent, occurrence: number): string {
  return `h${sha256(`${eventContent(event)}#${occurrence}`).slice(0, 15)}`;
}

/**
 * The timeline with every event identified: events that have an `eid` keep it;
 * the others get one derived from their content. A `replay` from before
 * identities named its target by position, which a merge shifts: it is given
 * the target's identity and the state it restores, computed here against its
 * own timeline (its identity still derives from what was written).
 */
export function withIdentities(events: readonly SessionEvent[]): SessionEvent[] {
  if (events.every((event) => event.eid !== undefined && event.index === undefined)) return events as SessionEvent[];
  const seen = new Map<string, number>();
  const out: SessionEvent[] = [];
  for (const [i, event] of events.entries()) {
    let identified = event;
    if (event.eid === undefined) {
      const content = eventContent(event);
      const occurrence = seen.get(content) ?? 0;
      seen.set(content, occurrence + 1);
      identified = { ...event, eid: derivedEventId(event, occurrence) };
    }
    if (identified.kind === "replay" && identified.index !== undefined) {
      const { index, ...rest } = identified;
      const target = out[index];
      if (target !== undefined && index < i)
        identified = { ...rest, to: target.eid, state: replayedState(fold(out), fold(out.slice(0, index + 1))) };
    }
    out.push(identified);
  }
  return out;
}

/** The events a write appends, each given a fresh identity (and its writer, when known). */
export function stampEvents(events: readonly SessionEvent[], actor?: string): SessionEvent[] {
  return events.map((event) => ({ eid: newEventId(), ...event, ...(actor && event.actor === undefined && { actor }) }));
}
