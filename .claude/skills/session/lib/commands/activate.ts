/** The `session activate` command: make a session the active one, which commands without a NAME use. */
import { defineCommand } from "../cli/command.ts";
import { checkName } from "../core/names.ts";
import { markActive } from "../store/start.ts";
import { activeTarget } from "../store/target-session.ts";

export default defineCommand({
  name: "activate",
  summary: "make a session the active one (commands without a NAME use it)",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: {},
  description: `Writes the marker ia/state/sessions/.active-<name> (local, git-ignored) and removes
any other: at most one session is active. Prints {"workflow", "id", "active": true}.`,
  footer:
    "Exit codes: 0 ok, 2 no such active session (or no longer active), 3 lock timeout or the session replaced " +
    "meanwhile (retry).",
  json: true,
  async run(ctx) {
    const session = await activeTarget(ctx.store, ctx.args.ref);
    markActive(ctx.store, checkName(session.workflow), ctx.now(), session.id);
    return { workflow: session.workflow, id: session.id, active: true };
  },
});
