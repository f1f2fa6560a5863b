/**
 * The one storage API, part three: doctor's repairs. Each re-checks, under the
 * session's lock where there is a session, that the problem is still there,
 * so a repair never undoes a write made since the scan; nothing a user wrote
 * is deleted (unreadable files are moved aside).
 */
import { ensureDir, moveFileNew, numbered, removeFile, writeFileAtomic } from "./files.ts";
import { basename, join } from "./path.ts";
import type { SessionEvent } from "./schema.ts";
import { serializeSession } from "./state-file.ts";
import { emit, locked, readLocked, type Store, sessionPath } from "./store.ts";
import { removeArchive } from "./store-archive.ts";
import { applyEvents, handEdits } from "./timeline.ts";
import type { Session } from "./schema.ts";

/** Moves an unreadable file into `.corrupt/`, keeping its name and stamping the time; never deletes it. */
export function moveAside(store: Store, path: string, now: string): string {
  const aside = join(store.paths.sessions, ".corrupt");
  ensureDir(aside);
  const to = moveFileNew(path, numbered(join(aside, `${basename(path)}.${now.replaceAll(":", "")}`)));
  emit(store, { op: "move-aside", path, to });
  return to;
}

/** Removes what a killed writer left behind (a temporary file, a dead writer's lock, a stray marker). */
export function removeLeftover(store: Store, path: string): boolean {
  const removed = removeFile(path);
  if (removed) emit(store, { op: "remove-leftover", path });
  return removed;
}

/** Finishes a save cut off after its archive was written: removes NAME's state if it is still session ID. */
export function finishSave(store: Store, name: string, id: string): boolean {
  return locked(store, name, () => {
    const session = readLocked(store, name);
    if (session?.id !== id) return false;
    const path = sessionPath(store, name);
    removeFile(path);
    emit(store, { op: "remove", workflow: name, id, path });
    return true;
  });
}

/** Finishes a resume cut off after the session was made active again: drops the old archive. */
export function dropArchive(store: Store, path: string, workflow: string): boolean {
  return removeArchive(store, path, workflow);
}

/**
 * Records a hand edit of NAME as an `edit` event, so that the timeline folds to
 * the state as the person left it. False when the state, re-read under the
 * lock, already equals its fold.
 */
export function recordEdit(store: Store, name: string, now: string): boolean {
  return locked(store, name, () => {
    const session = readLocked(store, name);
    const edits = session && handEdits(session);
    if (!session || !edits) return false;
    const event: SessionEvent = { rev: session.rev + 1, at: now, kind: "edit", step: session.step, state: edits.state };
    if (edits.removed.length > 0) event.removed = edits.removed;
    const path = sessionPath(store, name);
    writeFileAtomic(path, serializeSession(applyEvents(session, [event]) as Session));
    emit(store, { op: "write", workflow: name, id: session.id, path });
    return true;
  });
}
