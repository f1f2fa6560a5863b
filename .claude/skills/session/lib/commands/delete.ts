/** The `session delete` command: delete a session, active or archived. */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { removeArchive } from "../store/save.ts";
import { removeSession } from "../store/store.ts";
import { targetSession } from "../store/target-session.ts";

export default defineCommand({
  name: "delete",
  summary: "delete a session, active or archived",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: { force: { type: "boolean", help: "do not ask" } },
  description: `Asks [y/N] when stdin is a terminal; without one, --force is required (exit 2
and nothing deleted otherwise). An active session is deleted without an archive
(as \`reset\` does); an archived one, archive and all.
Prints {"workflow", "id", "deleted", "archive"}.`,
  footer:
    "Exit codes: 0 ok, 2 not found, not confirmed or no --force without a terminal, 3 lock timeout or the " +
    "session replaced meanwhile (retry).",
  json: true,
  async run(ctx) {
    const { session, archive, found } = await targetSession(ctx.store, ctx.args.ref);
    const what = `${session.workflow} (${session.id}, ${archive ? `archived in ${archive}` : "active"})`;
    if (!ctx.values.force) {
      if (!ctx.stdinIsTerminal())
        throw new UsageError(
          `refusing to delete ${what} without --force (stdin is not a terminal to ask on)`,
          `Run \`${ctx.command(`delete ${session.id} --force`)}\`.`,
        );
      if (!(await ctx.confirm(`Delete ${what}? [y/N] `))) throw new UsageError("not deleted");
    }
    // removeSession clears the marker under the lock, only when it removed this very session.
    const deleted =
      found.where === "active"
        ? removeSession(ctx.store, session.workflow, session.id) !== undefined
        : removeArchive(ctx.store, found.path, session.workflow);
    return { workflow: session.workflow, id: session.id, deleted, archive: archive ?? null };
  },
});
