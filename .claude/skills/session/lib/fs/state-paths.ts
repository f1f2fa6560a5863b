/** Where state lives: the project root, found from the working directory, and the folders under it. */
import { dirname, join, relative, resolve } from "./path.ts";

export interface StatePaths {
  root: string;
  /** `ia/state/sessions`: one JSON file per active session. */
  sessions: string;
  /** `ia/state/sessions/archives`: one markdown file per finished session. */
  archives: string;
}

// Synchronous directory scans: no node:fs to load (~3 ms) and no thread pool to start, as an async stat would.
const MARKERS = [new Bun.Glob("ia/state"), new Bun.Glob(".git")];

/** `$SESSION_ROOT`, else the nearest ancestor holding `ia/state` or `.git` (a folder or a file), else `cwd`. */
export function findRoot(cwd: string, env: Record<string, string | undefined>): string {
  if (env.SESSION_ROOT) return resolve(cwd, env.SESSION_ROOT);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (MARKERS.some((marker) => holds(dir, marker))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

function holds(dir: string, marker: Bun.Glob): boolean {
  try {
    for (const _ of marker.scanSync({ cwd: dir, onlyFiles: false, dot: true, followSymlinks: false })) return true;
  } catch {} // an unreadable folder holds nothing we can use
  return false;
}

export function statePaths(root: string): StatePaths {
  const sessions = join(root, "ia", "state", "sessions");
  return { root, sessions, archives: join(sessions, "archives") };
}

/** A path relative to the project root, as messages, reports and the index show it. */
export function relativePath(paths: StatePaths, path: string): string {
  return relative(paths.root, path) || path;
}
