/** The `session log` command: a timestamped note in a session's timeline. */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { logEvent } from "../core/lifecycle-events.ts";
import { updateFound } from "../store/store.ts";
import { activeTarget } from "../store/target-session.ts";

export default defineCommand({
  name: "log",
  summary: "add a timestamped note to a session's timeline",
  args: { ref: { type: "positional", value: "NAME|ID" }, text: { type: "positional", value: "TEXT" } },
  options: {},
  description: `TEXT is the note ("-" reads it from stdin): chat or agent narration, a decision,
a link. \`session show\` lists the notes, and the archive keeps them.
Prints {"workflow", "id", "rev", "at"}.`,
  footer:
    "Exit codes: 0 ok, 2 no such active session (or no longer active) or empty text, 3 lock timeout or the " +
    "session replaced meanwhile (retry).",
  json: true,
  async run(ctx) {
    const { ref, text: arg } = ctx.args;
    const text = (arg === "-" ? await ctx.readStdin() : arg).replace(/\n+$/, "");
    if (text.trim() === "") throw new UsageError("the note is empty");
    if (!text.isWellFormed()) throw new UsageError("the note holds a lone UTF-16 surrogate");
    const session = await activeTarget(ctx.store, ref);
    const now = ctx.now();
    const logged = updateFound(ctx.store, session, (stored) => [logEvent(stored, text, now)]);
    return { workflow: logged.workflow, id: logged.id, rev: logged.rev, at: now };
  },
});
