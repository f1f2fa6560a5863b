/** The `session resume` command: pick up a session where it stopped, skipping what is done. */
import { defineCommand } from "../cli/command.ts";
import { resumeEvents, resumePoint } from "../core/lifecycle-events.ts";
import { checkStep } from "../core/names.ts";
import { parseVars } from "../core/parse.ts";
import { branchesOf, branchSummary } from "../core/progress.ts";
import type { Session } from "../core/schema.ts";
import { fileSha256 } from "../fs/files.ts";
import { resolve } from "../fs/path.ts";
import { wholeTimeline } from "../store/history-segments.ts";
import { markActive, restoreSession } from "../store/start.ts";
import { updateFound } from "../store/store.ts";
import { targetSession } from "../store/target-session.ts";

export default defineCommand({
  name: "resume",
  summary: "pick up a session where it stopped: skip done steps, name the next one",
  args: { ref: { type: "positional", value: "NAME|ID", required: false } },
  options: {
    "skip-failed": {
      type: "boolean",
      help: "give up on the failed step (marked skipped) and move on; in a plan that branches, only the failed steps",
    },
    from: {
      type: "string",
      value: "STEP",
      help: "replay from STEP: it and later steps are done again, the context as right after STEP was entered",
    },
    var: {
      type: "string",
      value: "KEY=VALUE",
      multiple: true,
      help: "override a start variable from now on (repeatable)",
    },
  },
  description: `Without NAME: the active session, else the most recently updated one. A
failed, abandoned or paused session that was archived comes back as the active
session (same id; its archive is removed in the same step). Keeps the context and
usage; the timeline records the resume (and any replay or skip).
Prints {workflow, id, status, step, skipped, next, resumed_from} as JSON; on a
terminal, readable lines: "Skipping completed step 1: ...", "Executing step 3: ...".
--from STEP needs a STEP entered before (else exit 2, listing the entered steps);
the rewound part stays in the timeline. A completed session is refused (exit 2,
"Session already completed: X"): fork it with \`session start NAME --fork ID\`.
A spec changed since \`start --spec\` is a warning, never a refusal.`,
  footer:
    "Exit codes: 0 ok, 2 not found (or no longer active), already completed or bad input, 3 lock timeout or " +
    "the session replaced meanwhile (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const v = ctx.values;
    const req = {
      skipFailed: v["skip-failed"],
      from: v.from === undefined ? undefined : checkStep(v.from),
      vars: parseVars(v.var),
    };
    const target = await targetSession(ctx.store, ctx.args.ref);
    const now = ctx.now();
    await warnIfSpecChanged(target.session, ctx.paths.root, ctx.warn);
    const session: Session =
      target.found.where === "archived"
        ? restoreSession(ctx.store, target.found.path, (archived) =>
            resumeEvents(archived, req, now, () => wholeTimeline(ctx.store.paths.sessions, archived)),
          )
        : updateFound(ctx.store, target.session, (stored) =>
            resumeEvents(stored, req, now, () => wholeTimeline(ctx.store.paths.sessions, stored)),
          );
    markActive(ctx.store, session.workflow, now, session.id);
    const { skipped, next } = resumePoint(session);
    if (ctx.stdoutIsTerminal()) {
      ctx.print(`Resuming ${session.workflow} (${session.id})${target.archive ? ` from ${target.archive}` : ""}`);
      const order = session.plan ?? session.steps;
      for (const step of skipped) ctx.print(`Skipping completed step ${order.indexOf(step) + 1}: ${step}`);
      const branches = branchesOf(session);
      if (branches) {
        const others = branches.ready.filter((step) => step !== next);
        if (others.length > 0) ctx.print(`Also ready (another process may run them): ${others.join(", ")}`);
        for (const { step, waits_for } of branches.blocked)
          ctx.print(`Blocked: ${step} (waits for ${waits_for.join(", ")})`);
      }
      if (next === null)
        ctx.print(`Nothing left to run. Finish it with \`${ctx.command(`save ${session.workflow}`)}\`.`);
      else
        ctx.print(
          `Executing step ${session.plan ? session.plan.indexOf(next) + 1 : session.steps.length}: ${next}  →  ` +
            `${ctx.command(`set ${session.workflow} ${JSON.stringify(next)}`)}`,
        );
      return undefined;
    }
    return {
      workflow: session.workflow,
      id: session.id,
      status: session.status,
      step: session.step ?? null,
      skipped,
      next,
      ...branchSummary(session),
      resumed_from: target.archive ?? null,
    };
  },
});

/** A warning (never a refusal: a session is never stranded) when the spec changed since the session started. */
async function warnIfSpecChanged(session: Session, root: string, warn: (text: string) => void): Promise<void> {
  if (!session.spec) return;
  const sha256 = await fileSha256(resolve(root, session.spec.path));
  if (sha256 === undefined) return warn(`the spec ${session.spec.path} is gone since the session started; going on`);
  if (sha256 !== session.spec.sha256)
    warn(`the spec ${session.spec.path} changed since the session started; going on with the new one`);
}
