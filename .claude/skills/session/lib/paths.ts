/** Where state lives: the project root, found from the working directory, and the folders under it. */
import { dirname, join, resolve } from "node:path";
import { hasEntry } from "./files.ts";

export interface StatePaths {
  root: string;
  /** `ia/state/sessions`: one JSON file per active session. */
  sessions: string;
  /** `ia/state/sessions/archives`: one markdown file per finished session. */
  archives: string;
}

/** `$SESSION_ROOT`, else the nearest ancestor holding `ia/state` or `.git`, else `cwd`. */
export function findRoot(cwd: string, env: Record<string, string | undefined>): string {
  if (env.SESSION_ROOT) return resolve(cwd, env.SESSION_ROOT);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (hasEntry(dir, "ia/state") || hasEntry(dir, ".git")) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

export function statePaths(root: string): StatePaths {
  const sessions = join(root, "ia", "state", "sessions");
  return { root, sessions, archives: join(sessions, "archives") };
}
