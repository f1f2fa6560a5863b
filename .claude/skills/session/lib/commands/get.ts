/** The `session get` command: print a session's state as JSON (null when there is none). */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { valueAt } from "../core/json.ts";
import { nameFromFile } from "../core/names.ts";
import { byMostRecent, type CorruptSummary, type SessionSummary, summarize } from "../core/progress.ts";
import { relativePath } from "../fs/state-paths.ts";
import { listSessions, resolveSession } from "../store/read.ts";
import type { Store } from "../store/store.ts";

export default defineCommand({
  name: "get",
  summary: "print a session's state as JSON (null when there is none)",
  args: { ref: { type: "positional", value: "NAME|ID", required: false } },
  options: {
    field: {
      type: "string",
      value: "PATH",
      help: "print one value: context.pr_number, step, steps.0, errors.-1 (null when absent)",
    },
    raw: { type: "boolean", help: "with --field, print a string without JSON quotes" },
    all: { type: "boolean", help: "summaries of every active session, most recently updated first" },
  },
  description: `NAME is a workflow name, an id, or a unique prefix of 4+ characters of an id.
It prints the whole state, timeline included, of an active session; archives are
not read (\`session show\` reads them). NAME or --all is required (exit 2).
--field counts negative indices from the end (errors.-1 is the last error); a
malformed path (a..b) is exit 2.
--all prints, for each active session: workflow, id, status, step, step_done,
position ("3/5", with a plan), next (the step to run now), error (when failed),
started_at, updated_at. An unreadable file is listed as {workflow, file,
status: "corrupt", error}, last, with a warning on stderr.`,
  footer: "Exit codes: 0 ok (also when there is no such session), 2 bad input, 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const { ref } = ctx.args;
    const { all, field, raw } = ctx.values;
    if (all) {
      if (ref !== undefined || field !== undefined) throw new UsageError("--all takes no NAME and no --field");
      return summaries(ctx.store, ctx.warn);
    }
    if (ref === undefined)
      throw new UsageError(
        "missing NAME (or --all)",
        "Usage: `session get NAME|ID [--field PATH]`, or `session get --all`.",
      );
    if (raw && field === undefined)
      throw new UsageError("--raw applies to --field", "Example: `session get NAME --field context.branch --raw`.");
    const found = await resolveSession(ctx.store, ref);
    const session = found?.where === "active" ? found.session : undefined;
    if (field === undefined) return session ?? null;
    const value = valueAt(session ?? null, field);
    if (raw && typeof value === "string") {
      ctx.print(value);
      return undefined;
    }
    return value;
  },
});

/** `get --all`: readable sessions most recently updated first, then the unreadable ones. */
async function summaries(store: Store, warn: (text: string) => void): Promise<(SessionSummary | CorruptSummary)[]> {
  const { sessions, unreadable } = await listSessions(store);
  const corrupt = unreadable.map(({ path, reason }): CorruptSummary => {
    warn(`unreadable, listed as corrupt: ${reason}`);
    const file = relativePath(store.paths, path);
    return { workflow: nameFromFile(path), file, status: "corrupt", error: reason };
  });
  return [...sessions.map(summarize).sort(byMostRecent), ...corrupt];
}
