/**
 * `cleanup`: prune old archives and archive sessions left untouched. The plan
 * is computed first (pure), so `--dry-run` shows exactly what a real run does.
 */
import { basename, join, relative } from "./path.ts";
import { listArchives, saveSession, type StoredArchive } from "./archives.ts";
import { formatTimestamp } from "./clock.ts";
import { ConflictError, NotFoundError } from "./errors.ts";
import { ensureDir, moveFileNew, numbered, removeFile } from "./files.ts";
import type { StatePaths } from "./paths.ts";
import type { Session } from "./schema.ts";
import { listSessions, sessionPath, type Unreadable } from "./store.ts";

export interface CleanupOptions {
  /** Archives that ended before now minus this are removed (or moved). */
  olderThanMs?: number;
  completedOnly?: boolean;
  /** Move pruned archives into this folder instead of deleting them. */
  moveTo?: string;
  /** Active sessions untouched this long are saved as abandoned. */
  staleMs?: number;
  dryRun?: boolean;
  now: Date;
}

export interface CleanupPlan {
  stale: Session[];
  prune: StoredArchive[];
}

export function planCleanup(sessions: Session[], archives: StoredArchive[], options: CleanupOptions): CleanupPlan {
  const now = options.now.getTime();
  const { staleMs, olderThanMs } = options;
  const stale = staleMs === undefined ? [] : sessions.filter((s) => now - Date.parse(s.updated_at) >= staleMs);
  const prune =
    olderThanMs === undefined
      ? []
      : archives.filter(
          ({ state }) => Date.parse(state.ended_at) < now - olderThanMs && (!options.completedOnly || state.status === "completed"),
        );
  return { stale, prune };
}

export interface CleanupReport {
  dry_run: boolean;
  /** Active sessions saved because they were stale. */
  archived: { workflow: string; id: string; status: string; archive: string | null }[];
  removed: string[];
  moved: { from: string; to: string }[];
  skipped: { path: string; reason: string }[];
}

export async function cleanup(paths: StatePaths, options: CleanupOptions): Promise<CleanupReport> {
  const rel = (path: string) => relative(paths.root, path) || path;
  const active = options.staleMs === undefined ? { sessions: [], unreadable: [] } : await listSessions(paths);
  const stored = options.olderThanMs === undefined ? { archives: [], unreadable: [] } : await listArchives(paths);
  const plan = planCleanup(active.sessions, stored.archives, options);
  const skipped = [...active.unreadable, ...stored.unreadable].map(({ path, reason }: Unreadable) => ({ path: rel(path), reason }));
  const report: CleanupReport = { dry_run: Boolean(options.dryRun), archived: [], removed: [], moved: [], skipped };
  const now = formatTimestamp(options.now);

  for (const session of plan.stale) {
    // A session marked completed but never saved keeps its status; the rest were abandoned.
    const status = session.status === "completed" ? "completed" : "abandoned";
    if (options.dryRun) {
      report.archived.push({ workflow: session.workflow, id: session.id, status, archive: null });
      continue;
    }
    const notes = `Archived by cleanup: untouched since ${session.updated_at}.`;
    try {
      report.archived.push(saveSession(paths, session.workflow, { status, notes, now, expectRev: session.rev }));
    } catch (error) {
      // Written or removed by someone else since the scan: no longer stale, or no longer there.
      if (!(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
      report.skipped.push({ path: rel(sessionPath(paths, session.workflow)), reason: error.message });
    }
  }

  if (options.moveTo && !options.dryRun && plan.prune.length > 0) ensureDir(options.moveTo);
  for (const { path } of plan.prune) {
    if (options.moveTo) {
      const target = join(options.moveTo, basename(path));
      const to = options.dryRun ? target : moveFileNew(path, numbered(target, ".md"));
      report.moved.push({ from: rel(path), to: rel(to) });
    } else {
      if (!options.dryRun) removeFile(path);
      report.removed.push(rel(path));
    }
  }
  return report;
}
