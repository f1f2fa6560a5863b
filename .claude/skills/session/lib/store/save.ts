/**
 * The one storage API, part two: finishing sessions into archives and pruning
 * archives, each under the session's lock and reported to `onChange`.
 */

import { ConflictError } from "../core/errors.ts";
import { numbered } from "../core/names.ts";
import type { ArchivedSession, Session } from "../core/schema.ts";
import { archiveFileNames, archiveLabel, inArchiveOrder, renderArchive, saveEvent } from "../format/archive.ts";
import { failpoint } from "../fs/failpoints.ts";
import { ensureDir, exists, moveFileNew, removeFile, writeFileNew } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { relativePath } from "../fs/state-paths.ts";
import type { HeldLock } from "./lock.ts";
import {
  appendEvents,
  checkId,
  clearMarker,
  emit,
  locked,
  notActive,
  readLocked,
  type Store,
  sessionPath,
} from "./store.ts";

export interface SaveOptions {
  status?: ArchivedSession["status"];
  notes?: string;
  label?: string;
  now: string;
  /** Save only if the session is still at this rev (cleanup: untouched since it was judged stale). */
  expectRev?: number;
  /** Save only if NAME still holds this session (it was found by its id). */
  expectId?: string;
}

export interface SaveResult {
  workflow: string;
  id: string;
  status: ArchivedSession["status"];
  /** The archive's path, relative to the project root. */
  archive: string;
}

/**
 * Archives the active session NAME and removes its state. The archive is
 * written first: a crash in between leaves the session both active and
 * archived (the archive's timeline ends with the save), which `doctor --fix`
 * completes, never neither.
 */
export function saveSession(store: Store, name: string, options: SaveOptions): SaveResult {
  return locked(store, name, (lock) => {
    const stored = readLocked(store, name);
    const session = stored?.workflow === name ? stored : undefined;
    checkId(session, name, options.expectId);
    if (!session) throw notActive(name);
    if (options.expectRev !== undefined && session.rev !== options.expectRev) {
      throw new ConflictError(`${name} was written (rev ${session.rev}) while it was being saved`, "Safe to retry.");
    }
    const result = writeArchive(store, session, options, lock);
    const path = sessionPath(store, name);
    lock.verify();
    removeFile(path);
    failpoint("after-state-remove");
    emit(store, {
      op: "archive",
      workflow: result.workflow,
      id: result.id,
      path,
      archive: join(store.paths.root, result.archive),
    });
    clearMarker(store, name);
    return result;
  });
}

/**
 * Writes SESSION's archive, never replacing a file, for a caller holding the
 * session's lock (save; start --restart, which then replaces the state).
 */
export function writeArchive(store: Store, session: Session, options: SaveOptions, lock: HeldLock): SaveResult {
  const ending = saveEvent(session, {
    // A session that stopped on a failure is archived as failed unless told otherwise.
    status: options.status ?? (session.status === "failed" ? "failed" : "completed"),
    endedAt: options.now,
    notes: options.notes,
  });
  const state = inArchiveOrder(appendEvents(store, session, [ending]));
  ensureDir(store.paths.archives);
  const names = archiveFileNames(session.workflow, options.now, archiveLabel(session, options.label), session.id);
  const archive = writeFileNew(
    names.map((file) => join(store.paths.archives, file)),
    renderArchive(state),
    lock.verify,
  );
  failpoint("after-archive-write");
  return { workflow: state.workflow, id: state.id, status: state.status, archive: relativePath(store.paths, archive) };
}

/** Deletes an archive of WORKFLOW; false when another process removed it meanwhile. */
export function removeArchive(store: Store, path: string, workflow: string): boolean {
  return locked(store, workflow, (lock) => {
    lock.verify();
    const removed = removeFile(path);
    if (removed) emit(store, { op: "remove-archive", path });
    return removed;
  });
}

/** Moves an archive of WORKFLOW to `to` (or `to-2`, ...: never replacing a file); undefined when it is gone. */
export function moveArchive(store: Store, path: string, workflow: string, to: string): string | undefined {
  return locked(store, workflow, (lock) => {
    if (!exists(path)) return undefined;
    lock.verify();
    const moved = moveFileNew(path, numbered(to, ".md"));
    emit(store, { op: "move-archive", path, to: moved });
    return moved;
  });
}
