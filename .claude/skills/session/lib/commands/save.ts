/** The `session save` command: archive a session to a dated markdown report and end it. */
import { saveSession, notActive } from "../archives.ts";
import { defineCommand, oneOf } from "../cli.ts";
import { ARCHIVE_STATUSES } from "../vocabulary.ts";
import { resolveActiveName } from "../store.ts";

export default defineCommand({
  name: "save",
  usage: `session save — archive a session to a dated markdown report and end it.
Usage: session save NAME|ID [--status completed|failed|abandoned] [--notes TEXT] [--label TEXT]

Writes ia/state/sessions/archives/<YYYY-MM-DD>-<name>[-<label>].md (the label is
--label, else context.branch), then removes the active state. An existing archive
is never overwritten: the new one gets a -2, -3, ... suffix.
Prints {"workflow", "id", "status", "archive"}.

Options:
  --status S    completed (default; failed if the session failed), failed or abandoned
  --notes TEXT  notes for the report
  --label TEXT  a label for the file name instead of context.branch
  --pretty      indent the JSON
  -h, --help    show this help

Exit codes: 0 ok, 2 bad input or no such session, 3 lock timeout (retry), 4 corrupt state file.`,
  options: { status: { type: "string" }, notes: { type: "string" }, label: { type: "string" } },
  args: { min: 1, max: 1, names: ["NAME"] },
  json: true,
  async run(ctx) {
    const [arg] = ctx.args as [string];
    const status = ctx.values.status === undefined ? undefined : oneOf(ctx.values.status as string, ARCHIVE_STATUSES, "--status");
    const paths = ctx.paths;
    const name = await resolveActiveName(paths, arg);
    if (name === undefined) throw notActive(arg);
    return saveSession(paths, name, {
      status,
      notes: ctx.values.notes as string | undefined,
      label: ctx.values.label as string | undefined,
      now: ctx.now(),
    });
  },
});

