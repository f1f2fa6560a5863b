/**
 * The one storage API, part three: doctor's repairs. Each re-checks, under the
 * session's lock, that the problem it was given is still there, so a repair
 * never undoes a write made since the scan; nothing a user wrote is deleted
 * (unreadable files are moved aside, never removed).
 */
import { CorruptStateError, UNTRUSTED_REASONS } from "../core/errors.ts";
import { checkpointAfter } from "../core/history.ts";
import { numbered } from "../core/names.ts";
import { foldArchives, foldSaveAndSets, holdsEvents, type Reconciled } from "../core/reconcile.ts";
import type { ArchivedSession, Session, SessionEvent } from "../core/schema.ts";
import { compareTimelines, handEdits } from "../core/timeline.ts";
import { renderArchive } from "../format/archive.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { parseSession } from "../format/state-file.ts";
import { ensureDir, exists, moveFileNew, removeFile, writeFileAtomic } from "../fs/files.ts";
import { basename, join } from "../fs/path.ts";
import { isSymlink, readText } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import { segmentReader } from "./history-segments.ts";
import { breakIfStale, isAlive } from "./lock.ts";
import {
  ACTIVE_FOLDERS,
  appendEvents,
  checkStoreFolders,
  clearMarker,
  emit,
  locked,
  readLocked,
  type Store,
  sessionPath,
  writeActive,
  writeGitignore,
} from "./store.ts";

const NOTHING = "nothing to do: it changed since the check";

/** Where unreadable files are moved: `.corrupt/` in the state folder, each folder inside the one before. */
export const CORRUPT_FOLDERS = [...ACTIVE_FOLDERS, "ia/state/sessions/.corrupt"] as const;

/**
 * Moves PATH into `.corrupt/`, keeping its name and stamping the time; never
 * deletes it. Nothing is moved through a link: `.corrupt` (git can carry it as
 * a symlink to anywhere) must be a real folder, before and after it is created.
 */
function moveAside(store: Store, path: string, now: string): string {
  const aside = join(store.paths.sessions, ".corrupt");
  checkStoreFolders(store, CORRUPT_FOLDERS);
  ensureDir(aside);
  checkStoreFolders(store, CORRUPT_FOLDERS);
  const to = moveFileNew(path, numbered(join(aside, `${basename(path)}.${now.replaceAll(":", "")}`)));
  emit(store, { op: "move-aside", path, to });
  return to;
}

/**
 * Moves the state file of NAME aside if, under its lock, it is still unreadable (a symlink, bad JSON, an invalid
 * state).
 */
export function moveUnreadableAside(store: Store, path: string, name: string, now: string): string {
  return locked(store, name, () => {
    try {
      const text = readText(path);
      if (text === undefined) return NOTHING; // gone since the scan
      parseSession(text, path);
      return NOTHING;
    } catch {}
    return `moved to ${moveAside(store, path, now).slice(store.paths.root.length + 1)}`;
  });
}

/**
 * Moves an archive no writer of ours made (a front matter engine, past a bound) aside, if a re-read now still says so.
 */
export function moveUntrustedArchiveAside(store: Store, path: string, now: string): string {
  try {
    const text = readText(path);
    if (text === undefined) return NOTHING; // gone since the scan
    parseArchive(text, path);
    return NOTHING; // readable now
  } catch (error) {
    if (!(error instanceof CorruptStateError && UNTRUSTED_REASONS.includes(error.reason))) return NOTHING;
  }
  return `moved to ${moveAside(store, path, now).slice(store.paths.root.length + 1)}`;
}

/** Moves a .gitignore that is (still) a symlink aside and writes a real one. */
export function replaceGitignore(store: Store, path: string, now: string): string {
  if (!isSymlink(path)) return NOTHING;
  moveAside(store, path, now);
  writeGitignore(store);
  return "moved aside and written anew";
}

/** Removes a temporary file whose writer (PID) is dead, judged again now. */
export function removeLeftover(store: Store, path: string, pid: number): string {
  if (pid && isAlive(pid)) return NOTHING;
  if (!removeFile(path)) return NOTHING;
  emit(store, { op: "remove-leftover", path });
  return "removed";
}

/** Breaks a lock only if, judged again now, its owner is still gone. */
export function breakStaleLock(store: Store, path: string): string {
  if (!breakIfStale(path, store.lock.staleMs)) return NOTHING;
  emit(store, { op: "remove-leftover", path });
  return "removed";
}

/** Removes an active-session marker that, looked at again now, still marks no active session. */
export function removeMarker(store: Store, path: string, stillStray: () => boolean): string {
  if (!stillStray() || !removeFile(path)) return NOTHING;
  emit(store, { op: "remove-leftover", path });
  return "removed";
}

/** The archived and active timelines of NAME as they are now, under the lock. */
function pair(store: Store, name: string, archive: string): { session?: Session; archived?: SessionEvent[] } {
  const session = readLocked(store, name);
  let archived: SessionEvent[] | undefined;
  try {
    const text = readText(archive);
    if (text !== undefined) archived = parseArchive(text, archive).events ?? [];
  } catch {}
  return { session, archived };
}

/** Finishes a save cut off after its archive was written: removes the state, if the archive still ends its timeline. */
export function finishSave(store: Store, name: string, id: string, archive: string): string {
  return locked(store, name, (lock) => {
    const { session, archived } = pair(store, name, archive);
    if (session?.id !== id || !archived || compareTimelines(archived, session.events ?? []) !== "save") return NOTHING;
    const path = sessionPath(store, name);
    lock.verify();
    removeFile(path);
    clearMarker(store, name);
    emit(store, { op: "remove", workflow: name, id, path });
    return "active state removed";
  });
}

/** Finishes a resume cut off before it removed the archive: drops it, if the active timeline still continues it. */
export function dropArchive(store: Store, name: string, id: string, archive: string): string {
  return locked(store, name, (lock) => {
    const { session, archived } = pair(store, name, archive);
    if (session?.id !== id || !archived || compareTimelines(archived, session.events ?? []) !== "resume")
      return NOTHING;
    lock.verify();
    removeFile(archive);
    emit(store, { op: "remove-archive", path: archive });
    return "archive removed";
  });
}

/**
 * Folds a session saved on one branch and advanced on another into its
 * archive (reconcile.ts), if, under the lock, the two still diverge and fold
 * without loss. The archive is rewritten first, so a crash in between leaves it
 * holding every event of the active state, which the next run finishes.
 */
export function foldIntoArchive(store: Store, name: string, id: string, archive: string): string {
  return locked(store, name, (lock) => {
    const session = readLocked(store, name);
    const archived = readArchiveState(archive);
    if (
      session?.id !== id ||
      archived?.id !== id ||
      compareTimelines(archived.events ?? [], session.events ?? []) === "resume"
    )
      return NOTHING;
    const folded = foldSaveAndSets(archived, session, segmentReader(store.paths.sessions));
    if (!folded.ok) return `${NOTHING} (${folded.reason})`;
    const path = sessionPath(store, name);
    writeFileAtomic(archive, renderArchive(folded.state), lock.verify);
    lock.verify();
    removeFile(path);
    clearMarker(store, name);
    emit(store, { op: "archive", workflow: name, id, path, archive });
    return (
      `folded into ${relativePath(store.paths, archive)} (${folded.state.events?.length ?? 0} events, the save last); active ` +
      `state removed`
    );
  });
}

/**
 * Folds the archives of one session (saved on two branches) into the latest of
 * them, if, under the lock, they still fold without loss; each other one is
 * removed once the fold holds every event of it, else moved aside to `.corrupt/`.
 */
export function foldArchiveTwins(store: Store, name: string, id: string, archives: string[], now: string): string {
  return locked(store, name, (lock) => {
    const states = archives.map((path) => ({ path, state: readArchiveState(path) }));
    if (states.some(({ state }) => state?.id !== id)) return NOTHING;
    const all = states as { path: string; state: ArchivedSession }[];
    const [first, ...rest] = all as [
      { path: string; state: ArchivedSession },
      ...{ path: string; state: ArchivedSession }[],
    ];
    const folded = rest.reduce<Reconciled>(
      (sum, next) => (sum.ok ? foldArchives(sum.state, next.state, segmentReader(store.paths.sessions)) : sum),
      {
        ok: true,
        state: first.state,
      },
    );
    if (!folded.ok) return `${NOTHING} (${folded.reason})`;
    // The one `show NAME` showed (it ended last) keeps its file name.
    const keep = all.reduce((latest, next) => (next.state.ended_at > latest.state.ended_at ? next : latest));
    writeFileAtomic(keep.path, renderArchive(folded.state), lock.verify);
    emit(store, { op: "archive", workflow: folded.state.workflow, id, path: keep.path, archive: keep.path });
    const gone = all
      .filter((a) => a !== keep)
      .map((other) => {
        if (!holdsEvents(folded.state, other.state, segmentReader(store.paths.sessions)))
          return `${relativePath(store.paths, other.path)} moved to ${relativePath(store.paths, moveAside(store, other.path, now))}`;
        lock.verify();
        removeFile(other.path);
        emit(store, { op: "remove-archive", path: other.path });
        return `${relativePath(store.paths, other.path)} removed`;
      });
    return `folded into ${relativePath(store.paths, keep.path)}; ${gone.join(", ")}`;
  });
}

/** The archived state at PATH, or undefined when it is gone or unreadable. */
function readArchiveState(path: string): ArchivedSession | undefined {
  try {
    const text = readText(path);
    return text === undefined ? undefined : parseArchive(text, path);
  } catch {
    return undefined;
  }
}

/**
 * Records a hand edit of NAME as an `edit` event, so that the timeline folds to
 * the state as the person left it. Nothing when the state, re-read under the
 * lock, already equals its fold.
 */
export function recordEdit(store: Store, name: string, now: string): string {
  let result = NOTHING;
  if (!exists(store.paths.sessions)) return result;
  // Through the one write path (lock, compaction, size, git files, the index), like any other write.
  writeActive(store, name, (session: Session | undefined) => {
    const edits = session && handEdits(session, checkpointAfter(session, segmentReader(store.paths.sessions)));
    if (!session || !edits) return undefined;
    const event: SessionEvent = { rev: session.rev + 1, at: now, kind: "edit", step: session.step, state: edits.state };
    if (edits.removed.length > 0) event.removed = edits.removed;
    result = "edit recorded";
    return appendEvents(store, session, [event]);
  });
  return result;
}
