/** The `session start` command: start a session (fresh, restarted, or forked from another). */
import { defineCommand } from "../cli/command.ts";
import { type PlanGraph, parseStepsSpec } from "../core/branching.ts";
import { UsageError } from "../core/errors.ts";
import { forkEvents, startEvents } from "../core/lifecycle-events.ts";
import { checkName, checkStep, newId } from "../core/names.ts";
import { oneOf, parseGates, parseVars } from "../core/parse.ts";
import type { SessionEvent } from "../core/schema.ts";
import type { Spec } from "../core/spec.ts";
import { SESSION_TYPES } from "../core/vocabulary.ts";
import { parsePlanFile } from "../format/plan-file.ts";
import { resolve } from "../fs/path.ts";
import { readText } from "../fs/safe-read.ts";
import { readSpecFile, SpecFileProblem, snapshotSpec, specPath } from "../git/spec-file.ts";
import { wholeTimeline } from "../store/history-segments.ts";
import { resolveSession } from "../store/read.ts";
import { markActive, startSession } from "../store/start.ts";
import { targetSession } from "../store/target-session.ts";

export default defineCommand({
  name: "start",
  summary: "start a session, or fork one from another session's step",
  args: { name: { type: "positional", value: "NAME" } },
  options: {
    steps: {
      type: "string",
      value: "a,b,c",
      help: 'the plan: the steps to run, for "Step 3/5" and resume; "build, test<build, deploy<test+lint" branches',
    },
    "plan-file": {
      type: "string",
      value: "FILE",
      help: "the plan from a JSON or YAML file (steps, and what each needs)",
    },
    var: { type: "string", value: "KEY=VALUE", multiple: true, help: "a start variable (repeatable)" },
    spec: {
      type: "string",
      value: "FILE",
      help: "the spec the run follows: its SHA-256 and a snapshot (git blob id, else a copy) are kept",
    },
    "continue-from": { type: "string", value: "ID", help: "the session this one continues (kept as continued_from)" },
    type: { type: "string", value: "T", help: "workflow (default), chat, agent or plugin" },
    restart: { type: "boolean", help: "if NAME is active, archive it as abandoned and start afresh" },
    fork: {
      type: "string",
      value: "ID",
      help: "start as a copy of session ID (active or archived): steps, context, plan, vars",
    },
    from: { type: "string", value: "STEP", help: "with --fork: the copy as it stood right after STEP was entered" },
    gate: {
      type: "string",
      value: "STEP=QUESTION",
      multiple: true,
      help: "entering STEP waits for a person's approval of QUESTION (repeatable)",
    },
  },
  description: `Refuses (exit 2) when a session is active under NAME, unless --restart.
The new session becomes the active one (\`session status\` and \`resume\` without
a NAME use it). It enters no step: the plan drives \`next\`. The refusal's hint
names \`resume\`; with --restart the old session is archived as abandoned and the
output adds replaced_archive (its path). --fork gives the copy a new id and
continued_from: ID. --gate STEP=QUESTION (repeatable; STEP must be in --steps when
given) makes entering STEP wait for a person: \`approve\` lets it run, \`reject\`
fails it. Prints the session without its timeline.
A plan that branches: --steps "build, test<build, lint<build, deploy<test+lint"
(a step, then < and the steps it waits for joined by +), or --plan-file FILE
(JSON or YAML: steps, each a name or {step, needs}); it is stored as plan plus
needs. Unknown prerequisites and cycles are refused (exit 2, naming them). A plain
a,b,c stays a sequence.
--spec FILE (a file inside the project, read as data, never run) keeps its
SHA-256 and a snapshot: its git blob id when git's index holds it as it is
(\`git show BLOB\` restores it), else a copy of its text, at most 256 KiB as
stored (above that, or not UTF-8: exit 2, nothing written; commit it instead).`,
  footer:
    "Exit codes: 0 ok, 2 bad input, NAME already active or ID not found, 3 lock timeout (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const name = checkName(ctx.args.name);
    const v = ctx.values;
    const now = ctx.now();
    const moment = { now, newId };
    let events: SessionEvent[];
    if (v.fork !== undefined) {
      for (const option of ["steps", "plan-file", "var", "spec", "continue-from", "type", "gate"] as const) {
        if (v[option] !== undefined)
          throw new UsageError(`--${option} does not go with --fork: the fork copies its source's`);
      }
      const { session } = await targetSession(ctx.store, v.fork);
      events = forkEvents(
        session,
        name,
        v.from === undefined ? undefined : checkStep(v.from),
        moment,
        wholeTimeline(ctx.store.paths.sessions, session),
      );
    } else {
      if (v.from !== undefined)
        throw new UsageError("--from applies to --fork", "Example: `session start pr:retry --fork k3v9 --from build`.");
      const continued =
        v["continue-from"] === undefined
          ? undefined
          : await resolveSession(ctx.store, v["continue-from"], { archived: true });
      if (v["continue-from"] !== undefined && !continued)
        throw new UsageError(`Session not found: ${v["continue-from"]}`, "Run `session list` to see the sessions.");
      const planned = planOf(v.steps, v["plan-file"], ctx.cwd);
      events = startEvents(
        {
          workflow: name,
          type: v.type === undefined ? undefined : oneOf(v.type, SESSION_TYPES, "--type"),
          ...planned,
          vars: parseVars(v.var),
          gates: parseGates(v.gate, planned.plan),
          spec: v.spec === undefined ? undefined : specOf(v.spec, ctx.cwd, ctx.paths.root),
          continuedFrom:
            continued === undefined
              ? undefined
              : continued.where === "active"
                ? continued.session.id
                : continued.head.id,
        },
        moment,
      );
    }
    const { session, replaced } = startSession(ctx.store, name, events, { restart: v.restart, now });
    markActive(ctx.store, name, now, session.id);
    const { events: _timeline, ...state } = session;
    return replaced === undefined ? state : { ...state, replaced_archive: replaced };
  },
});

/** The spec FILE by content and snapshot (git/spec-file.ts); a file it cannot keep is refused before anything is written. */
function specOf(file: string, cwd: string, root: string): Spec {
  try {
    const path = specPath(root, cwd, file);
    return snapshotSpec(root, path, readSpecFile(root, path));
  } catch (error) {
    if (error instanceof SpecFileProblem) throw new UsageError(`--spec ${file}: ${error.message}`);
    throw error;
  }
}

/** The plan from --steps or --plan-file (one of them): a sequence, or a plan that branches. */
function planOf(steps: string | undefined, file: string | undefined, cwd: string): Partial<PlanGraph> {
  if (steps !== undefined && file !== undefined) throw new UsageError("--steps and --plan-file: give the plan once");
  if (steps !== undefined) return parseStepsSpec(steps, "--steps");
  if (file === undefined) return {};
  let text: string | undefined;
  try {
    // Input, like an argument: a link is never followed, a folder or a FIFO never read, the size bounded.
    text = readText(resolve(cwd, file));
  } catch (error) {
    throw new UsageError(`--plan-file ${file}: ${(error as Error).message}`, "Give a regular file (not a link).");
  }
  if (text === undefined) throw new UsageError(`--plan-file ${file}: no such file`);
  return parsePlanFile(text, file);
}
