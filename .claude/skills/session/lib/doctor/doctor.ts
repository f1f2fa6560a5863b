/**
 * `doctor`: consistency checks over the state folder, and their repairs.
 * `diagnose` only looks; each problem it finds may carry a `fix`, which
 * re-checks under the session's lock (store/repair.ts) before it acts. Nothing
 * a user wrote is deleted: unreadable files are moved to `.corrupt/`, and what
 * is removed (temporary files, dead writers' locks, the leftover half of an
 * interrupted save or resume) is what the interrupted command would have removed.
 */

import { CorruptStateError } from "../core/errors.ts";
import { exists } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { firstNonFolder, isSymlink, readText } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import { CORRUPT_FOLDERS, replaceGitignore } from "../store/repair.ts";
import { ALL_FOLDERS, type Store, writeGitignore } from "../store/store.ts";
import {
  checkArchives,
  checkGitattributes,
  checkIndex,
  checkLeftovers,
  checkMarkers,
  checkMergeDriver,
  checkStateFiles,
  checkUnmerged,
} from "./checks.ts";
import type { Found, Problem } from "./problems.ts";

export interface DoctorReport {
  root: string;
  checked: { sessions: number; archives: number };
  problems: (Problem & { fixed: boolean; result?: string })[];
  /** True when no problem is left. */
  ok: boolean;
}

export async function doctor(
  store: Store,
  options: { fix: boolean; now: string; scriptsDir?: string },
): Promise<DoctorReport> {
  const { found, checked } = diagnose(store, options.now, options.scriptsDir);
  const problems = found.map(({ fix, ...problem }) => {
    if (!options.fix || !fix) return { ...problem, fixed: false };
    try {
      return { ...problem, fixed: true, result: fix() };
    } catch (error) {
      return { ...problem, fixed: false, result: `repair failed: ${(error as Error).message}` };
    }
  });
  return { root: store.paths.root, checked, problems, ok: problems.every((p) => p.fixed) };
}

export function diagnose(
  store: Store,
  now: string,
  scriptsDir?: string,
): { found: Found[]; checked: DoctorReport["checked"] } {
  const paths = store.paths;
  const found: Found[] = [];
  const add = (problem: Found) => found.push(problem);

  // The folders first: through a symlinked one, nothing is read or written.
  const folder = (bad: string) => {
    const link = isSymlink(bad);
    add({
      kind: link ? "symlinked-folder" : "not-a-folder",
      path: relativePath(store.paths, bad),
      message: link
        ? "is a symbolic link: no command reads, writes or moves anything through it (git can carry symlinks); " +
          "replace it with a real folder"
        : "is a file where a state folder should be: move it away",
    });
  };
  const bad = firstNonFolder(paths.root, ALL_FOLDERS);
  if (bad !== undefined) {
    folder(bad);
    return { found, checked: { sessions: 0, archives: 0 } };
  }
  // .corrupt/ only receives files: the rest can still be checked, and every move aside is refused.
  const aside = firstNonFolder(paths.root, CORRUPT_FOLDERS);
  if (aside !== undefined) folder(aside);
  if (!exists(paths.sessions)) {
    checkMergeDriver(store, add, scriptsDir); // .git/config is no clone's: checked before the first session too
    return { found, checked: { sessions: 0, archives: 0 } };
  }

  const gitignore = join(paths.sessions, ".gitignore");
  try {
    if (readText(gitignore) === undefined) {
      add({
        kind: "missing-gitignore",
        path: relativePath(store.paths, gitignore),
        message: "the state folder has no .gitignore, so locks and temporary files could be committed",
        repair: "write it",
        fix: () => (writeGitignore(store), "written"),
      });
    }
  } catch (error) {
    const detail = error instanceof CorruptStateError ? error.detail : String(error);
    if (error instanceof CorruptStateError && error.reason === "symlink") {
      add({
        kind: "symlink",
        path: relativePath(store.paths, gitignore),
        message: detail,
        repair: "move it aside to .corrupt/ and write a real one",
        fix: () => replaceGitignore(store, gitignore, now),
      });
    } else
      add({
        kind: "not-a-file",
        path: relativePath(store.paths, gitignore),
        message: `${detail}: move it away by hand`,
      });
  }

  const sessions = checkStateFiles(store, now, add);
  const archives = checkArchives(store, sessions, now, add);
  checkLeftovers(store, add);
  checkMarkers(store, sessions, add);
  checkGitattributes(store, add);
  checkMergeDriver(store, add, scriptsDir);
  checkUnmerged(store, add);
  checkIndex(store, add);
  return { found, checked: { sessions: sessions.size, archives } };
}
