/** The `session reset` command: delete a session's active state, without an archive. */
import { defineCommand } from "../cli/command.ts";
import { resolveSession } from "../store/read.ts";
import { removeSession } from "../store/store.ts";

export default defineCommand({
  name: "reset",
  summary: "delete a session's active state, without an archive",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: {},
  footer:
    "Exit codes: 0 ok (also when there was nothing to delete), 2 bad input, 3 lock timeout or the session " +
    "replaced meanwhile (retry), 4 corrupt state file.",
  description: `Idempotent: resetting a session that does not exist is not an error.
Prints {"workflow", "id", "reset"}; reset is false when there was nothing to delete.`,
  json: true,
  async run(ctx) {
    const { ref } = ctx.args;
    const found = await resolveSession(ctx.store, ref);
    const name = found?.where === "active" ? found.session.workflow : ref;
    const removed = found?.where === "active" ? removeSession(ctx.store, name, found.session.id) : undefined;
    return { workflow: removed?.workflow ?? name, id: removed?.id ?? null, reset: removed !== undefined };
  },
});
