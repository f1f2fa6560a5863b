/** The `session get` command: print a session's state as JSON (null when there is none). */
import { defineCommand } from "../cli.ts";
import { UsageError } from "../errors.ts";
import { valueAt } from "../json.ts";
import { findSession, listSummaries } from "../store.ts";

export default defineCommand({
  name: "get",
  usage: `session get — print a session's state as JSON (null when there is none).
Usage: session get NAME|ID [--field PATH] [--raw] [--pretty] | session get --all

Options:
  --field PATH  print one value: context.pr_number, step, steps.0 (null when absent)
  --raw         with --field, print a string without JSON quotes
  --all         summaries of every active session, most recently updated first
  --pretty      indent the JSON
  -h, --help    show this help

Exit codes: 0 ok (also when there is no such session), 2 bad input, 4 corrupt state file.`,
  options: { field: { type: "string" }, raw: { type: "boolean" }, all: { type: "boolean" } },
  args: { min: 0, max: 1, names: ["NAME"] },
  json: true,
  async run(ctx) {
    const [name] = ctx.args;
    if (ctx.values.all) {
      if (name !== undefined || ctx.values.field) throw new UsageError("--all takes no NAME and no --field");
      return listSummaries(ctx.paths, ctx.warn);
    }
    if (name === undefined) throw new UsageError("missing NAME (or --all)\nUsage: session get NAME|ID [--field PATH] | session get --all");
    const session = await findSession(ctx.paths, name);
    if (ctx.values.field === undefined) return session ?? null;
    const value = session === undefined ? null : valueAt(session, ctx.values.field as string);
    if (ctx.values.raw && typeof value === "string") {
      ctx.print(value);
      return undefined;
    }
    return value;
  },
});

