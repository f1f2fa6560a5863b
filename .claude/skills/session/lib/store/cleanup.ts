/**
 * `cleanup`: prune old archives and archive sessions left untouched. The plan
 * is computed first (pure), so `--dry-run` shows exactly what a real run does.
 */

import { formatTimestamp } from "../core/clock.ts";
import { ConflictError, NotFoundError, UsageError } from "../core/errors.ts";
import type { Session } from "../core/schema.ts";
import { failpoint } from "../fs/failpoints.ts";
import { ensureDir } from "../fs/files.ts";
import { basename, join } from "../fs/path.ts";
import { isDirectoryOrAbsent, realPath } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import { listArchives, type StoredArchive } from "./list-archives.ts";
import { listSessions, type Unreadable } from "./read.ts";
import { moveArchive, removeArchive, saveSession } from "./save.ts";
import { type Store, sessionPath } from "./store.ts";

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

function planCleanup(sessions: Session[], archives: StoredArchive[], options: CleanupOptions): CleanupPlan {
  const now = options.now.getTime();
  const { staleMs, olderThanMs } = options;
  const stale = staleMs === undefined ? [] : sessions.filter((s) => now - Date.parse(s.updated_at) >= staleMs);
  const prune =
    olderThanMs === undefined
      ? []
      : archives.filter(
          ({ state }) =>
            Date.parse(state.ended_at) < now - olderThanMs && (!options.completedOnly || state.status === "completed"),
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

/**
 * Runs the cleanup. Everything that can be checked is checked before anything
 * changes; a failure part-way still returns what was done before it, beside the error.
 */
export async function cleanup(
  store: Store,
  options: CleanupOptions,
): Promise<{ report: CleanupReport; error?: unknown }> {
  if (options.moveTo !== undefined) checkTarget(store, options.moveTo);
  const active = options.staleMs === undefined ? { sessions: [], unreadable: [] } : await listSessions(store);
  const stored = options.olderThanMs === undefined ? { archives: [], unreadable: [] } : await listArchives(store);
  const plan = planCleanup(active.sessions, stored.archives, options);
  failpoint("after-resolve"); // what the plan names may change before it runs: each step re-checks under the lock
  const skipped = [...active.unreadable, ...stored.unreadable].map(({ path, reason }: Unreadable) => ({
    path: relativePath(store.paths, path),
    reason,
  }));
  const report: CleanupReport = { dry_run: Boolean(options.dryRun), archived: [], removed: [], moved: [], skipped };
  const now = formatTimestamp(options.now);
  if (options.moveTo && !options.dryRun && plan.prune.length > 0) ensureDir(options.moveTo);
  try {
    run(store, plan, options, now, report);
  } catch (error) {
    return { report, error };
  }
  return { report };
}

function run(store: Store, plan: CleanupPlan, options: CleanupOptions, now: string, report: CleanupReport): void {
  for (const session of plan.stale) {
    // A session marked completed but never saved keeps its status; the rest were abandoned.
    const status = session.status === "completed" ? "completed" : "abandoned";
    if (options.dryRun) {
      report.archived.push({ workflow: session.workflow, id: session.id, status, archive: null });
      continue;
    }
    const notes = `Archived by cleanup: untouched since ${session.updated_at}.`;
    try {
      report.archived.push(
        saveSession(store, session.workflow, { status, notes, now, expectRev: session.rev, expectId: session.id }),
      );
    } catch (error) {
      // Written, removed or replaced by someone else since the scan: no longer stale, or no longer there.
      if (!(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
      report.skipped.push({
        path: relativePath(store.paths, sessionPath(store, session.workflow)),
        reason: error.message,
      });
    }
  }

  for (const { path, state } of plan.prune) {
    const gone = { path: relativePath(store.paths, path), reason: "removed or moved by another process meanwhile" };
    if (options.moveTo) {
      const target = join(options.moveTo, basename(path));
      const to = options.dryRun ? target : moveArchive(store, path, state.workflow, target);
      if (to === undefined) report.skipped.push(gone);
      else report.moved.push({ from: relativePath(store.paths, path), to: relativePath(store.paths, to) });
    } else if (options.dryRun || removeArchive(store, path, state.workflow)) {
      report.removed.push(relativePath(store.paths, path));
    } else {
      report.skipped.push(gone);
    }
  }
}

/** `--archive DIR` must be a folder (or not exist yet), and not inside the state folder, however reached. */
function checkTarget(store: Store, target: string): void {
  if (!isDirectoryOrAbsent(target))
    throw new UsageError(`--archive ${target} is not a folder`, "Give a folder (it is created if it does not exist).");
  const state = realPath(join(store.paths.root, "ia", "state"));
  const real = realPath(target);
  if (real === state || real.startsWith(`${state}/`)) {
    throw new UsageError(
      `--archive ${target} is inside ia/state: the archives would only be renamed, or hidden among active state`,
      "Give a folder outside ia/state.",
    );
  }
}
