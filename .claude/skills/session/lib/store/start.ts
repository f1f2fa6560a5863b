/**
 * The one storage API, part four: starting a session (fresh, restarted or
 * forked), bringing an archived one back, and the active-session marker. Each
 * under the session's lock, reported to `onChange`.
 */

import { ConflictError, UsageError } from "../core/errors.ts";
import { fileStem, nameFromStem } from "../core/names.ts";
import type { ArchivedSession, Session, SessionEvent } from "../core/schema.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { failpoint } from "../fs/failpoints.ts";
import { removeFile, writeFileAtomic } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { listEntries, readText } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import { writeArchive } from "./save.ts";
import {
  appendEvents,
  checkId,
  clearMarker,
  emit,
  locked,
  markerPath,
  readLocked,
  type Store,
  writeActive,
} from "./store.ts";

/**
 * Starts NAME from EVENTS (a `start`, then its plan or fork). A session active
 * under NAME is refused, unless `restart`: then it is archived as abandoned
 * first, so nothing is lost.
 */
export function startSession(
  store: Store,
  name: string,
  events: SessionEvent[],
  options: { restart?: boolean; now: string },
): { session: Session; replaced?: string } {
  let replaced: string | undefined;
  const session = writeActive(store, name, (stored, lock) => {
    if (stored && !options.restart) {
      throw new UsageError(
        `Session already active: ${name} (id ${stored.id}, at ${stored.step ?? "no step yet"}, ${stored.status})`,
        `Continue it with \`session resume ${name}\`, or start over with \`session start ${name} --restart\`.`,
      );
    }
    if (stored)
      replaced = writeArchive(
        store,
        stored,
        { status: "abandoned", notes: "Replaced by `start --restart`.", now: options.now },
        lock,
      ).archive;
    return appendEvents(store, undefined, events);
  });
  return { session, ...(replaced !== undefined && { replaced }) };
}

/**
 * Brings the archived session at ARCHIVE back as NAME's active session, with
 * EVENTS (its resume) appended, and removes the archive in the same locked
 * step. The state is written first: a crash in between leaves it both active
 * and archived, the active timeline continuing the archived one, which
 * `doctor --fix` finishes; never neither.
 */
export function restoreSession(
  store: Store,
  archive: string,
  resume: (archived: ArchivedSession) => SessionEvent[],
): Session {
  const archived = readArchive(archive);
  const name = archived.workflow;
  const session = writeActive(store, name, (stored) => {
    if (stored) {
      const which =
        stored.id === archived.id
          ? "is also active (an interrupted resume: run `session doctor --fix`)"
          : `has another session active under its name (id ${stored.id})`;
      throw new UsageError(
        `${name} ${which}`,
        stored.id === archived.id ? undefined : `Finish or save that one first: \`session save ${name}\`.`,
      );
    }
    const current = readArchive(archive); // re-read under the lock: it may have changed or gone
    if (current.id !== archived.id)
      throw new ConflictError(`${relativePath(store.paths, archive)} changed while resuming it`, "Safe to retry.");
    return appendEvents(store, current, resume(current));
  });
  failpoint("after-restore-write");
  locked(store, name, (lock) => {
    lock.verify();
    if (removeFile(archive)) emit(store, { op: "remove-archive", path: archive });
  });
  return session;
}

function readArchive(path: string): ArchivedSession {
  const text = readText(path);
  if (text === undefined) throw new UsageError(`${path} is gone: another process resumed or removed it`);
  return parseArchive(text, path);
}

// ---- the active-session marker: `.active-<file stem>`, local and git-ignored, at most one ----

/**
 * Makes NAME the active session (only if it is still session EXPECT_ID, when given): its marker is written, every other
 * one removed.
 */
export function markActive(store: Store, name: string, now: string, expectId?: string): void {
  locked(store, name, () => {
    const stored = readLocked(store, name);
    checkId(stored, name, expectId);
    if (!stored)
      throw new UsageError(
        `Session not found: ${name}`,
        "Only an active session can be marked: `session get --all` lists them.",
      );
    writeFileAtomic(markerPath(store, name), `${now}\n`);
    emit(store, { op: "write-marker", path: markerPath(store, name) });
  });
  for (const other of markedNames(store).filter((n) => n !== name)) clearMarker(store, other);
}

/** The names that carry a marker (normally at most one). */
function markedNames(store: Store): string[] {
  return listEntries(store.paths.sessions, ".active-*")
    .filter((entry) => entry.kind === "file")
    .map((entry) => nameFromStem(entry.name.slice(".active-".length)));
}

/** The session the marker names, if it is (still) active. */
export function markedSession(store: Store): string | undefined {
  return markedNames(store).find(
    (name) => readText(join(store.paths.sessions, `${fileStem(name)}.json`)) !== undefined,
  );
}
