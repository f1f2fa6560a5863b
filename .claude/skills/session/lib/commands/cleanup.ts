/** The `session cleanup` command: remove old archives and archive sessions left untouched. */

import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { parseDuration } from "../core/parse.ts";
import { resolve } from "../fs/path.ts";
import { cleanup } from "../store/cleanup.ts";

export default defineCommand({
  name: "cleanup",
  summary: "remove old archives and archive sessions left untouched",
  args: {},
  options: {
    "older-than": { type: "string", value: "AGE", help: "remove archives of sessions that ended more than AGE ago" },
    completed: { type: "boolean", help: "with --older-than, only archives of completed sessions" },
    archive: {
      type: "string",
      value: "DIR",
      help: "with --older-than, move those archives into DIR instead of deleting them",
    },
    stale: { type: "string", value: "AGE", help: "save active sessions not updated for AGE as abandoned" },
    "dry-run": { type: "boolean", help: "show what would happen, change nothing" },
  },
  description: `Needs a scope: --older-than, --stale or both. Active state is never deleted:
stale sessions are saved (as abandoned) to an archive like \`save\` does.
Prints what it did (or would do, with --dry-run) as JSON:
{dry_run, archived, removed, moved, skipped}.
AGE is a number and a unit: 90s, 45m, 12h, 30d, 2w.`,
  footer: "Exit codes: 0 ok, 1 failed part-way (what was done is printed), 2 bad input, 4 corrupt state folder.",
  json: true,
  async run(ctx) {
    const v = ctx.values;
    const olderThan = v["older-than"];
    if (olderThan === undefined && v.stale === undefined) {
      throw new UsageError(
        "cleanup needs a scope: --older-than AGE, --stale AGE, or both",
        "Try `session cleanup --older-than 30d --dry-run`.",
      );
    }
    if (olderThan === undefined && (v.completed || v.archive !== undefined)) {
      throw new UsageError("--completed and --archive apply to --older-than");
    }
    if (v.archive === "") throw new UsageError("--archive needs a folder");
    const { report, error } = await cleanup(ctx.store, {
      olderThanMs: olderThan === undefined ? undefined : parseDuration(olderThan),
      staleMs: v.stale === undefined ? undefined : parseDuration(v.stale),
      completedOnly: Boolean(v.completed),
      moveTo: v.archive === undefined ? undefined : resolve(ctx.cwd, v.archive),
      dryRun: Boolean(v["dry-run"]),
      now: ctx.nowDate(),
    });
    if (error === undefined) return report;
    // What was done before the failure is printed all the same, then the error.
    ctx.printJson(report);
    throw error;
  },
});
