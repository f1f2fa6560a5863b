/**
 * Who writes an event: `$SESSION_ACTOR`, else git's `user.name` (the
 * repository's config, then the user's), else `$USER`. Git's config files are
 * read here rather than by running `git config`, which would cost every write
 * a process start; includes are not followed (their name is the rare miss, and
 * `$USER` then stands in).
 */
import { nodeFs } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { configValue } from "./config.ts";

/** The longest actor recorded: a name, not a document. */
const MAX_ACTOR = 100;

export function actorFrom(env: Record<string, string | undefined>, root: string): string | undefined {
  const name =
    env.SESSION_ACTOR ||
    userName(join(root, ".git", "config")) ||
    (env.XDG_CONFIG_HOME ? userName(join(env.XDG_CONFIG_HOME, "git", "config")) : undefined) ||
    (env.HOME
      ? userName(join(env.HOME, ".gitconfig")) || userName(join(env.HOME, ".config", "git", "config"))
      : undefined) ||
    env.USER ||
    undefined;
  // One line of plain text: control characters never reach a report.
  return (
    name
      ?.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
      .trim()
      .slice(0, MAX_ACTOR) || undefined
  );
}

/** `user.name` in one git config file, or undefined (no file, no such key, a file too large to be a config). */
function userName(path: string): string | undefined {
  let text: string;
  try {
    const { readFileSync, statSync } = nodeFs();
    if (statSync(path).size > 64 * 1024) return undefined;
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  return parseUserName(text);
}

/** `name` in the `[user]` section of git config TEXT (the last one wins, as git reads it). */
export function parseUserName(text: string): string | undefined {
  return configValue(text, "user", undefined, "name") || undefined;
}
