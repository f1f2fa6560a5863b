/** Where state lives: the project root, found from the working directory, and the folders under it. */
import { dirname, join, resolve } from "./path.ts";

export interface StatePaths {
  root: string;
  /** `ia/state/sessions`: one JSON file per active session. */
  sessions: string;
  /** `ia/state/sessions/archives`: one markdown file per finished session. */
  archives: string;
}

/** `$SESSION_ROOT`, else the nearest ancestor holding `ia/state` or `.git`, else `cwd`. */
export async function findRoot(cwd: string, env: Record<string, string | undefined>): Promise<string> {
  if (env.SESSION_ROOT) return resolve(cwd, env.SESSION_ROOT);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if ((await exists(join(dir, "ia/state"))) || (await exists(join(dir, ".git")))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

async function exists(path: string): Promise<boolean> {
  return Bun.file(path)
    .stat()
    .then(
      () => true,
      () => false,
    );
}

export function statePaths(root: string): StatePaths {
  const sessions = join(root, "ia", "state", "sessions");
  return { root, sessions, archives: join(sessions, "archives") };
}
