/** The `session approve` command: a person lets a waiting step run. */
import { defineCommand } from "../cli/command.ts";
import { answerEvents } from "../core/gates.ts";
import { parseQuestion, parseWholeNumber } from "../core/parse.ts";
import { updateFound } from "../store/store.ts";
import { activeTarget } from "../store/target-session.ts";

export default defineCommand({
  name: "approve",
  summary: "approve the step a session waits on: it runs",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: {
    by: { type: "string", value: "WHO", help: "who approves (default: $SESSION_ACTOR, git's user.name, $USER)" },
    note: { type: "string", value: "TEXT", help: "a note kept with the approval" },
    "expect-rev": { type: "string", value: "N", help: "answer only if the session is at rev N, else exit 3" },
  },
  description: `The session must be waiting (\`set NAME STEP --await QUESTION\`, or a step
declared with \`start --gate\`): its status becomes running and the agent goes on
with the step. The approval is an event (who, when, the note): \`show\` and the
archive's story list it with how long the wait took, and it merges across
branches; two different answers to one gate on two branches are left as a
conflict for a person. Prints {"workflow", "id", "status", "step", "rev", "by"}.`,
  footer:
    "Exit codes: 0 ok, 2 no such active session or not waiting, 3 rev mismatch, lock timeout or the session " +
    "replaced meanwhile (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    return answerGate(
      ctx,
      "approve",
      ctx.values.note === undefined ? undefined : parseQuestion(ctx.values.note, "--note"),
    );
  },
});

/** Answers the gate of the session REF names, as the command's context gives it: the edge of approve and reject. */
export async function answerGate(
  ctx: {
    args: { ref: string };
    values: { by?: string; "expect-rev"?: string };
    store: Parameters<typeof updateFound>[0];
    now(): string;
  },
  answer: "approve" | "reject",
  note: string | undefined,
) {
  const { by: byArg, "expect-rev": expectRev } = ctx.values;
  const by = byArg === undefined ? ctx.store.actor?.() || undefined : parseQuestion(byArg, "--by");
  const session = await activeTarget(ctx.store, ctx.args.ref);
  const now = ctx.now();
  const req = {
    answer,
    ...(by !== undefined && { by }),
    ...(note !== undefined && { note }),
    ...(expectRev !== undefined && { expectRev: parseWholeNumber(expectRev, "--expect-rev") }),
  };
  const answered = updateFound(ctx.store, session, (stored) => answerEvents(stored, req, now));
  return {
    workflow: answered.workflow,
    id: answered.id,
    status: answered.status,
    step: answered.step ?? null,
    rev: answered.rev,
    by: by ?? null,
  };
}
