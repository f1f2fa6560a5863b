/** The `session reset` command: delete a session's active state, without an archive. */
import { defineCommand } from "../cli.ts";
import { removeSession, resolveActiveName } from "../store.ts";

export default defineCommand({
  name: "reset",
  usage: `session reset — delete a session's active state, without an archive.
Usage: session reset NAME|ID

Idempotent: resetting a session that does not exist is not an error.
Prints {"workflow", "id", "reset"}; reset is false when there was nothing to delete.

Options:
  --pretty    indent the JSON
  -h, --help  show this help`,
  options: {},
  args: { min: 1, max: 1, names: ["NAME"] },
  json: true,
  async run(ctx) {
    const [arg] = ctx.args as [string];
    const paths = ctx.paths;
    const name = (await resolveActiveName(paths, arg)) ?? arg;
    const removed = removeSession(paths, name);
    return { workflow: removed?.workflow ?? name, id: removed?.id ?? null, reset: removed !== undefined };
  },
});

