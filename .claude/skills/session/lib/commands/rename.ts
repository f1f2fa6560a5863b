/**
 * The `session rename` command: give an active session another name; the way out of two sessions started under one name
 * on two branches.
 */
import { defineCommand } from "../cli/command.ts";
import { checkName } from "../core/names.ts";
import { renameSession } from "../store/rename.ts";

export default defineCommand({
  name: "rename",
  summary: "give an active session another name (also: part two sessions a merge left under one name)",
  args: { name: { type: "positional", value: "NAME" }, newName: { type: "positional", value: "NEW_NAME" } },
  options: {
    id: {
      type: "string",
      value: "ID",
      help: "the session that moves (an id or a 4+ character prefix): with two under NAME, the one that takes NEW_NAME",
    },
  },
  description: `Moves the session to NEW_NAME's state file, with a rename event in its timeline
(same id, same history); its active mark moves with it. When two branches each
started a session under NAME, a merge leaves NAME's file holding both between
conflict markers: --id picks the one that moves to NEW_NAME, the other is written
back as NAME, and both go on. Commit both files afterwards
(\`git add ia/state/sessions\`). Prints {"workflow", "id", "renamed_from", "kept"}
(kept: the session that stayed under NAME, or null).`,
  footer:
    "Exit codes: 0 ok, 2 bad input, no such session or NEW_NAME taken, 3 lock timeout (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const name = checkName(ctx.args.name);
    const to = checkName(ctx.args.newName);
    const { session, kept } = renameSession(ctx.store, name, to, { id: ctx.values.id, now: ctx.now() });
    return {
      workflow: session.workflow,
      id: session.id,
      renamed_from: name,
      kept: kept ? { workflow: kept.workflow, id: kept.id } : null,
    };
  },
});
