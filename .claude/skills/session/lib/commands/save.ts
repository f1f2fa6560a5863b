/** The `session save` command: archive a session to a dated markdown report and end it. */
import { defineCommand } from "../cli/command.ts";
import { oneOf } from "../core/parse.ts";
import { ARCHIVE_STATUSES } from "../core/vocabulary.ts";
import { isActiveName, resolveSession } from "../store/read.ts";
import { saveSession } from "../store/save.ts";
import { notActive } from "../store/store.ts";

export default defineCommand({
  name: "save",
  summary: "archive a session to a dated markdown report and end it",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: {
    status: {
      type: "string",
      value: "S",
      help: "completed (default; failed if the session failed), failed or abandoned",
    },
    notes: { type: "string", value: "TEXT", help: "notes for the report" },
    label: { type: "string", value: "TEXT", help: "a label for the file name instead of context.branch" },
  },
  description: `Writes ia/state/sessions/archives/<YYYY-MM-DD>-<name>[-<label>]-<id6>.md (the label
is --label, else context.branch; id6 is the session id's first six characters, so
two branches saving sessions of one name never collide), then removes the active
state. An existing archive is never overwritten: the new one gets a -2, -3, ... suffix.
Prints {"workflow", "id", "status", "archive"}.`,
  footer:
    "Exit codes: 0 ok, 2 bad input or no such session (or no longer active), 3 lock timeout or the session " +
    "replaced meanwhile (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const { ref } = ctx.args;
    const { status, notes, label } = ctx.values;
    const ending = status === undefined ? undefined : oneOf(status, ARCHIVE_STATUSES, "--status");
    const now = ctx.now();
    // The name wins, read under the lock by saveSession; anything else is looked up as an id first.
    if (isActiveName(ctx.store, ref)) return saveSession(ctx.store, ref, { status: ending, notes, label, now });
    const found = await resolveSession(ctx.store, ref);
    if (found?.where !== "active") throw notActive(ref);
    return saveSession(ctx.store, found.session.workflow, {
      status: ending,
      notes,
      label,
      now,
      expectId: found.session.id,
    });
  },
});
