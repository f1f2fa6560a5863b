/**
 * The one storage API, part five: renaming an active session, and with it the
 * way out of two sessions started under one name on two branches (git leaves
 * their file holding both between conflict markers): one side moves to another
 * name, the other stays, and both go on. Under both names' locks, reported to `onChange`.
 */
import { CorruptStateError, UsageError } from "../core/errors.ts";
import { caseKey, isIdPrefix, nameFromStem } from "../core/names.ts";
import type { Session } from "../core/schema.ts";
import { conflictingSessions, parseSession, serializeSession } from "../format/state-file.ts";
import { removeFile, writeFileAtomic, writeFileNew } from "../fs/files.ts";
import { listFiles, readText } from "../fs/safe-read.ts";
import {
  appendEvents,
  clearMarker,
  emit,
  locked,
  markerPath,
  notActive,
  ownSession,
  type Store,
  sessionPath,
} from "./store.ts";

export interface Renamed {
  /** The session as it is now, under its new name. */
  session: Session;
  /** The other session that stays under the old name (two were there), or undefined. */
  kept?: Session;
}

/**
 * Moves the active session NAME to TO, with a `rename` event (same id, same
 * timeline). When NAME's file holds two different sessions between conflict
 * markers, ID (or a prefix of it) picks the one that moves; the other is
 * written back as NAME. TO is written first, so a crash in between leaves the
 * session under both names, never under neither.
 */
export function renameSession(store: Store, name: string, to: string, options: { id?: string; now: string }): Renamed {
  if (caseKey(name) === caseKey(to))
    throw new UsageError(`${to} is ${name}${name === to ? "" : " in other letter case"}: give another name`);
  if (options.id !== undefined && !isIdPrefix(options.id))
    throw new UsageError(`--id ${JSON.stringify(options.id)} is no id (4 to 26 characters of [0-9a-z])`);
  // Two locks, always taken in one order, so that two renames crossing each other cannot wait on each other for ever.
  const [first, second] = caseKey(name) < caseKey(to) ? [name, to] : [to, name];
  return locked(store, first, (a) =>
    locked(store, second, (b) => {
      const verify = () => (a.verify(), b.verify());
      const path = sessionPath(store, name);
      const text = readText(path);
      if (text === undefined) throw notActive(name);
      const { moved, kept } = pickSide(text, path, name, to, options.id);
      const target = sessionPath(store, to);
      const taken = readText(target) !== undefined ? to : caseTwin(store, to);
      if (taken !== undefined)
        throw new UsageError(
          `Session already active: ${taken}`,
          `Give another name, or save that one first: \`session save ${taken}\`.`,
        );
      const session = appendEvents(store, moved, [
        {
          rev: moved.rev + 1,
          at: options.now,
          kind: "rename",
          ...(moved.step !== undefined && { step: moved.step }),
          workflow: to,
        },
      ]);
      writeFileNew([target], serializeSession(session), verify);
      emit(store, { op: "write", workflow: to, id: session.id, path: target });
      if (kept) {
        // Git's conflict resolved: the other session stays, and so does its active mark.
        writeFileAtomic(path, serializeSession(kept), verify);
        emit(store, { op: "write", workflow: name, id: kept.id, path });
      } else {
        verify();
        removeFile(path);
        emit(store, { op: "remove", workflow: name, id: moved.id, path });
        moveMarker(store, name, to);
      }
      return { session, ...(kept && { kept }) };
    }),
  );
}

/** The session in NAME's file that moves, and (two sessions between conflict markers) the one that stays. */
function pickSide(
  text: string,
  path: string,
  name: string,
  to: string,
  id: string | undefined,
): { moved: Session; kept?: Session } {
  let session: Session;
  try {
    session = ownSession(parseSession(text, path), name, path);
  } catch (error) {
    const twins =
      error instanceof CorruptStateError && error.reason === "conflict-markers"
        ? conflictingSessions(text, path)
        : undefined;
    if (!twins || twins.ours.id === twins.theirs.id) throw error;
    const sides = [twins.ours, twins.theirs].map((side) => ownSession(side, name, path));
    const ids = `${sides[0]?.id} and ${sides[1]?.id}`;
    if (id === undefined)
      throw new UsageError(
        `${name} holds two sessions started on two branches (ids ${ids}): say which one moves to ${to} with --id`,
        `For example: \`session rename ${name} ${to} --id ${sides[1]?.id}\`.`,
      );
    const matching = sides.filter((side) => side.id.startsWith(id));
    if (matching.length !== 1)
      throw new UsageError(
        `--id ${id} matches ${matching.length === 0 ? "neither" : "both"} of the sessions under ${name} (ids ${ids})`,
      );
    const moved = matching[0] as Session;
    return { moved, kept: sides.find((side) => side !== moved) };
  }
  if (id !== undefined && !session.id.startsWith(id))
    throw new UsageError(`${name} is session ${session.id}, not ${id}`, "Look again with `session get --all`.");
  return { moved: session };
}

/**
 * Another active session whose name differs from NAME in letter case only (case-insensitive file systems would merge
 * their files).
 */
function caseTwin(store: Store, name: string): string | undefined {
  const key = caseKey(name);
  const twin = listFiles(store.paths.sessions, "*.json", true).find((file) => file.slice(0, -5).toLowerCase() === key);
  return twin && nameFromStem(twin.slice(0, -5));
}

/** The active-session mark follows the session to its new name. */
function moveMarker(store: Store, from: string, to: string): void {
  const marker = markerPath(store, from);
  const text = readText(marker);
  if (text === undefined) return;
  const moved = markerPath(store, to);
  writeFileAtomic(moved, text);
  emit(store, { op: "write-marker", path: moved });
  clearMarker(store, from);
}
