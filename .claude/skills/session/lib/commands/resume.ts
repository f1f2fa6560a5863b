/** The `session resume` command: pick up a session where it stopped, skipping what is done. */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import { type ResumeRequest, resumeEvents, resumePoint } from "../core/lifecycle-events.ts";
import { checkStep } from "../core/names.ts";
import { parseVars } from "../core/parse.ts";
import { branchesOf, branchSummary } from "../core/progress.ts";
import type { Session } from "../core/schema.ts";
import { type Spec, specDiff } from "../core/spec.ts";
import { visible } from "../format/printable.ts";
import { readSpecFile, SpecFileProblem, snapshotSpec, snapshotText } from "../git/spec-file.ts";
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
    "accept-spec": {
      type: "boolean",
      help: "the spec changed since start: record the new one (hash and snapshot) as the one followed from here",
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
A spec changed since \`start --spec\` is a warning on stderr, never a refusal: a
short diff from its snapshot and the command that restores it (\`session show
NAME --spec > FILE\`, or \`git show BLOB > FILE\`); --accept-spec records the new
spec as the one the run follows (a \`spec\` event), and later resumes are quiet.`,
  footer:
    "Exit codes: 0 ok, 2 not found (or no longer active), already completed or bad input, 3 lock timeout or " +
    "the session replaced meanwhile (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const v = ctx.values;
    const req: ResumeRequest = {
      skipFailed: v["skip-failed"],
      from: v.from === undefined ? undefined : checkStep(v.from),
      vars: parseVars(v.var),
    };
    const target = await targetSession(ctx.store, ctx.args.ref);
    const now = ctx.now();
    const changed = changedSpec(target.session, ctx.paths.root);
    if (changed && v["accept-spec"]) req.spec = acceptedSpec(changed);
    else if (changed) ctx.warn(specWarning(target.session, changed, ctx.paths.root, ctx.command));
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

/** The spec on disk when it is no longer the one the session follows: its text, and its new snapshot or why none. */
interface ChangedSpec {
  kept: Spec;
  problem?: string;
  text?: string;
  spec?: Spec;
}

/**
 * Whether the spec the session follows changed on disk. Its path comes from a state file, which git may bring from
 * anyone: it is read only inside the project (no absolute path, no `..`, no link out), bounded, and as data.
 */
function changedSpec(session: Session, root: string): ChangedSpec | undefined {
  const kept = session.spec;
  if (!kept) return undefined;
  let bytes: Uint8Array;
  try {
    if (/^([/\\]|[A-Za-z]:)/.test(kept.path) || kept.path.split(/[/\\]/).includes(".."))
      throw new SpecFileProblem("is outside the project; it is not read");
    bytes = readSpecFile(root, kept.path);
  } catch (error) {
    if (!(error instanceof SpecFileProblem)) throw error;
    return { kept, problem: error.message === "no such file" ? "is gone" : error.message };
  }
  if (sha256(bytes) === kept.sha256) return undefined;
  const text = new TextDecoder().decode(bytes);
  try {
    return { kept, text, spec: snapshotSpec(root, kept.path, bytes) };
  } catch (error) {
    if (!(error instanceof SpecFileProblem)) throw error;
    return { kept, text, problem: error.message };
  }
}

/** What `--accept-spec` records; a spec that is gone or cannot be kept is refused (the user asked for it). */
function acceptedSpec(changed: ChangedSpec): Spec {
  if (changed.spec) return changed.spec;
  throw new UsageError(
    `--accept-spec: the spec ${visible(changed.kept.path)} ${changed.problem ?? "cannot be kept"}`,
    "Resume without --accept-spec to go on with the spec the session took.",
  );
}

/** The warning: what changed (a short diff from the snapshot), the command that restores it, and how to accept it. */
function specWarning(session: Session, changed: ChangedSpec, root: string, command: (text: string) => string): string {
  const path = visible(changed.kept.path);
  if (changed.text === undefined) return `the spec ${path} ${changed.problem}; going on`;
  const lines = [`the spec ${path} changed since the session took it; going on with the new one`];
  const before = snapshotText(root, changed.kept);
  const target = visible(shellWord(changed.kept.path));
  if (before === undefined) {
    lines.push(
      changed.kept.blob === undefined
        ? "  No snapshot of it was kept (the session started before snapshots), so it cannot be restored."
        : `  Its snapshot, git blob ${changed.kept.blob}, is not in this clone's git objects (fetch the commit that has it).`,
    );
  } else {
    lines.push(...specDiff(before, changed.text).map((line) => `  ${visible(line)}`));
    lines.push(
      changed.kept.blob === undefined
        ? `  Restore it: ${command(`show ${session.workflow} --spec`)} > ${target}`
        : `  Restore it: git show ${changed.kept.blob} > ${target}  (or ${command(`show ${session.workflow} --spec`)} > ${target})`,
    );
  }
  lines.push(
    changed.spec
      ? `  Or follow the new one from here: ${command(`resume ${session.workflow} --accept-spec`)}`
      : `  The new one cannot be accepted: it ${changed.problem}.`,
  );
  return lines.join("\n");
}

/** PATH as one shell word. */
function shellWord(path: string): string {
  return /^[\w./+:@-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
