/**
 * One session that git left in two places, folded into one when nothing is
 * lost, for `doctor --fix`: two archives of one id (saved on two branches on
 * different days), or an archive and an active state whose timelines diverged
 * (saved on one branch, advanced on the other). Both are the union of the two
 * timelines by event identity (merge.ts); every event of each side is checked
 * to be in the result. Pure: states in, the one state (or why not) out.
 */
import { ARCHIVE_KEYS } from "./generated/keys.js";
import { checkpointAfter, fullTimeline } from "./history.ts";
import { withIdentities } from "./identity.ts";
import { mergeSessions, type SegmentReader, sideProblem } from "./merge.ts";
import type { ArchivedSession, Session, SessionEvent } from "./schema.ts";
import { applyEvents, type FoldState } from "./timeline.ts";
import { orderKeys } from "./validate.ts";

export type Reconciled = { ok: true; state: ArchivedSession } | { ok: false; reason: string };

/**
 * Two archives of one session: their union, both saves in it (the later one says how it ended), as the merge driver
 * joins one archive changed on two branches.
 */
export function foldArchives(
  a: ArchivedSession,
  b: ArchivedSession,
  read: SegmentReader = () => undefined,
): Reconciled {
  const merged = mergeSessions(a, b, read);
  if (!merged.ok) return merged;
  return (
    holdsAll(merged.state, [a, b], read) ?? {
      ok: true,
      state: orderKeys(merged.state as ArchivedSession, ARCHIVE_KEYS),
    }
  );
}

/**
 * An archive and the active state of the same session, diverged: every event
 * of both, the archive's save last. The archive wins because saving was an
 * explicit decision that the run is over, while the other branch's writes were
 * made without knowing of it: folded in before the save, they are all kept (in
 * the timeline, `show` and the report), and `session start NAME --fork ID`
 * goes on from them should the work not be over after all. Keeping the active
 * side instead would bring a finished session back into `pending` and undo a
 * save nobody took back. Not folded: an active state that holds the save
 * itself (it was resumed since), or a side that is not a whole session.
 */
export function foldSaveAndSets(
  archived: ArchivedSession,
  active: Session,
  read: SegmentReader = () => undefined,
): Reconciled {
  let checkpoint: FoldState;
  try {
    checkpoint = checkpointAfter(archived, read);
  } catch (error) {
    return { ok: false, reason: `the archive's compacted history cannot be read: ${(error as Error).message}` };
  }
  const problem = sideProblem(archived, checkpoint);
  if (problem) return { ok: false, reason: `the archive ${problem}` };
  const events = withIdentities(archived.events ?? []);
  const save = events.at(-1) as SessionEvent;
  if (save.kind !== "save") return { ok: false, reason: "the archive's timeline does not end with its save" };
  if (withIdentities(active.events ?? []).some((event) => event.eid === save.eid)) {
    return { ok: false, reason: "the active state holds the save and went on after it (a resume)" };
  }
  // The archive as it stood before its save (folded from its history's checkpoint when it was compacted).
  const beforeSave = applyEvents(checkpoint, events.slice(0, -1)) as Session;
  const unsaved = orderKeys(archived.history ? { ...beforeSave, history: archived.history } : beforeSave);
  const merged = mergeSessions(unsaved, active, read);
  if (!merged.ok) return merged;
  // The save keeps its identity and content; only its rev moves above the merge's, as a merge renumbers revs.
  const state = applyEvents(merged.state, [{ ...save, rev: merged.state.rev + 1 }]) as ArchivedSession;
  return holdsAll(state, [archived, active], read) ?? { ok: true, state: orderKeys(state, ARCHIVE_KEYS) };
}

/** A refusal when STATE lacks an event of one of SIDES (by identity, histories included); undefined when it holds them all. */
function holdsAll(state: Session, sides: Session[], read: SegmentReader): Reconciled | undefined {
  try {
    const held = new Set(withIdentities(fullTimeline(state, read)).map((event) => event.eid));
    const all = sides.flatMap((side) => withIdentities(fullTimeline(side, read)));
    const missing = all.filter((event) => !held.has(event.eid));
    return missing.length === 0 ? undefined : { ok: false, reason: `the fold would lose ${missing.length} event(s)` };
  } catch (error) {
    return { ok: false, reason: `a compacted history cannot be read: ${(error as Error).message}` };
  }
}

/** Does STATE hold every event of SIDE (by identity, histories read through READ)? */
export function holdsEvents(state: Session, side: Session, read: SegmentReader = () => undefined): boolean {
  return holdsAll(state, [side], read) === undefined;
}
