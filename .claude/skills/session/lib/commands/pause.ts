/** The `session pause` command: pause a session (status paused) and clear its active marker. */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { clearMarker, updateFound } from "../store/store.ts";
import { activeTarget } from "../store/target-session.ts";

export default defineCommand({
  name: "pause",
  summary: "pause a session: status paused, no longer the active one",
  args: { ref: { type: "positional", value: "NAME|ID", required: false } },
  options: {},
  description: `Without NAME: the active session. \`session resume\` picks it up again.
Prints {"workflow", "id", "status": "paused"}.`,
  footer:
    "Exit codes: 0 ok, 2 no such active session (or no longer active) or already ended, 3 lock timeout or the " +
    "session replaced meanwhile (retry).",
  json: true,
  async run(ctx) {
    const session = await activeTarget(ctx.store, ctx.args.ref);
    const now = ctx.now();
    const paused = updateFound(ctx.store, session, (prev) => {
      if (prev.status === "completed")
        throw new UsageError(
          `Session already completed: ${prev.workflow}`,
          `Save it: \`${ctx.command(`save ${prev.workflow}`)}\`.`,
        );
      return prev.status === "paused"
        ? []
        : [
            {
              rev: prev.rev + 1,
              at: now,
              kind: "status",
              ...(prev.step !== undefined && { step: prev.step }),
              status: "paused",
            },
          ];
    });
    clearMarker(ctx.store, session.workflow);
    return { workflow: paused.workflow, id: paused.id, status: paused.status };
  },
});
