/** Finished sessions on disk: saving one, and reading them back. */
import { join, relative } from "./path.ts";
import { archiveFileNames, archiveLabel, archivedState, parseArchive, renderArchive } from "./archive.ts";
import { ConflictError, NotFoundError } from "./errors.ts";
import { ensureDir, listFiles, readFile, removeFile, writeFileNew } from "./files.ts";
import { withLock } from "./lock.ts";
import { caseKey } from "./names.ts";
import type { StatePaths } from "./paths.ts";
import type { ArchivedSession } from "./schema.ts";
import { readSessionLocked, sessionPath, type Unreadable } from "./store.ts";

export interface SaveOptions {
  status?: ArchivedSession["status"];
  notes?: string;
  label?: string;
  now: string;
  /** Save only if the session is still at this rev (cleanup: untouched since it was judged stale). */
  expectRev?: number;
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
 * archived (same rev), which `doctor --fix` completes, never neither.
 */
export function saveSession(paths: StatePaths, name: string, options: SaveOptions): SaveResult {
  return withLock(paths.sessions, caseKey(name), () => {
    const session = readSessionLocked(paths, name);
    if (!session) throw notActive(name);
    if (options.expectRev !== undefined && session.rev !== options.expectRev) {
      throw new ConflictError(`${name} was written (rev ${session.rev}) while it was being saved`, "Safe to retry.");
    }
    const state = archivedState(session, {
      // A session that stopped on a failure is archived as failed unless told otherwise.
      status: options.status ?? (session.status === "failed" ? "failed" : "completed"),
      endedAt: options.now,
      notes: options.notes,
    });
    ensureDir(paths.archives);
    const names = archiveFileNames(session.workflow, options.now, archiveLabel(session, options.label));
    const path = writeFileNew(names.map((file) => join(paths.archives, file)), renderArchive(state));
    removeFile(sessionPath(paths, name));
    return { workflow: state.workflow, id: state.id, status: state.status, archive: relative(paths.root, path) };
  });
}

export function notActive(name: string): NotFoundError {
  return new NotFoundError(`Session not found: ${name}`, "Run `session get --all` to see the active sessions.");
}

export interface StoredArchive {
  path: string;
  state: ArchivedSession;
}

export function listArchiveFiles(paths: StatePaths): string[] {
  return listFiles(paths.archives, "*.md");
}

/** Every archive; a broken one is reported, never the end of the scan. */
export async function listArchives(paths: StatePaths): Promise<{ archives: StoredArchive[]; unreadable: Unreadable[] }> {
  const archives: StoredArchive[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of listArchiveFiles(paths)) {
    const path = join(paths.archives, file);
    try {
      const text = await readFile(path);
      if (text !== undefined) archives.push({ path, state: parseArchive(text, path) });
    } catch (error) {
      unreadable.push({ path, reason: (error as Error).message });
    }
  }
  return { archives, unreadable };
}
