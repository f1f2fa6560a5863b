/** The `session reject` command: a person refuses a waiting step; it fails with the reason. */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { parseQuestion } from "../core/parse.ts";
import { answerGate } from "./approve.ts";

export default defineCommand({
  name: "reject",
  summary: "reject the step a session waits on: it fails with the reason",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: {
    by: { type: "string", value: "WHO", help: "who rejects (default: $SESSION_ACTOR, git's user.name, $USER)" },
    reason: { type: "string", value: "TEXT", help: "why (required): recorded as the step's error" },
    "expect-rev": { type: "string", value: "N", help: "answer only if the session is at rev N, else exit 3" },
  },
  description: `The session must be waiting (\`set NAME STEP --await QUESTION\`, or a step
declared with \`start --gate\`): the step fails with the reason as its error and
the session is failed. Entering the gated step again asks again. The rejection is
an event (who, when, why) that merges across branches; two different answers to
one gate on two branches are left as a conflict for a person.
Prints {"workflow", "id", "status", "step", "rev", "by"}.`,
  footer:
    "Exit codes: 0 ok, 2 no such active session, not waiting or no --reason, 3 rev mismatch, lock timeout or " +
    "the session replaced meanwhile (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    if (ctx.values.reason === undefined)
      throw new UsageError("reject needs --reason TEXT", 'Example: `session reject NAME --reason "tests are red"`.');
    return answerGate(ctx, "reject", parseQuestion(ctx.values.reason, "--reason"));
  },
});
