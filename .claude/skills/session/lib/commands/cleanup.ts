/** The `session cleanup` command: remove old archives and archive sessions left untouched. */
import { resolve } from "../path.ts";
import { cleanup } from "../cleanup.ts";
import { defineCommand } from "../cli.ts";
import { parseDuration } from "../duration.ts";
import { UsageError } from "../errors.ts";

export default defineCommand({
  name: "cleanup",
  usage: `session cleanup — remove old archives and archive sessions left untouched.
Usage: session cleanup [--older-than 30d [--completed] [--archive DIR]] [--stale 7d] [--dry-run]

Needs a scope: --older-than, --stale or both. Active state is never deleted:
stale sessions are saved (as abandoned) to an archive like \`save\` does.
Prints what it did (or would do, with --dry-run) as JSON.

Options:
  --older-than AGE  remove archives of sessions that ended more than AGE ago
  --completed       with --older-than, only archives of completed sessions
  --archive DIR     with --older-than, move those archives into DIR instead of deleting them
  --stale AGE       save active sessions not updated for AGE as abandoned
  --dry-run         show what would happen, change nothing
  --pretty          indent the JSON
  -h, --help        show this help

AGE is a number and a unit: 90s, 45m, 12h, 30d, 2w.`,
  options: {
    "older-than": { type: "string" },
    completed: { type: "boolean" },
    archive: { type: "string" },
    stale: { type: "string" },
    "dry-run": { type: "boolean" },
  },
  args: { min: 0, max: 0 },
  json: true,
  run(ctx) {
    const v = ctx.values;
    const olderThan = v["older-than"] as string | undefined;
    const stale = v.stale as string | undefined;
    if (olderThan === undefined && stale === undefined) {
      throw new UsageError("cleanup needs a scope: --older-than AGE, --stale AGE, or both", "Try `session cleanup --older-than 30d --dry-run`.");
    }
    if (olderThan === undefined && (v.completed || v.archive !== undefined)) {
      throw new UsageError("--completed and --archive apply to --older-than");
    }
    if (v.archive === "") throw new UsageError("--archive needs a folder");
    return cleanup(ctx.paths, {
      olderThanMs: olderThan === undefined ? undefined : parseDuration(olderThan),
      staleMs: stale === undefined ? undefined : parseDuration(stale),
      completedOnly: Boolean(v.completed),
      moveTo: v.archive === undefined ? undefined : resolve(v.archive as string),
      dryRun: Boolean(v["dry-run"]),
      now: ctx.nowDate(),
    });
  },
});

