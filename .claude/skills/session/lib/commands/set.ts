/** The `session set` command: enter a step and merge context into a session, creating it if absent. */
import { defineCommand } from "../cli/command.ts";
import { UsageError } from "../core/errors.ts";
import { checkName, checkStep, newId } from "../core/names.ts";
import {
  oneOf,
  parseArtifact,
  parseJsonObject,
  parsePlan,
  parseQuestion,
  parseUsage,
  parseWholeNumber,
} from "../core/parse.ts";
import { type SetRequest, setEvents } from "../core/progress.ts";
import { STATUSES } from "../core/vocabulary.ts";
import { isActiveName, resolveSession } from "../store/read.ts";
import { updateSession } from "../store/store.ts";

export default defineCommand({
  name: "set",
  summary: "enter a step and merge context into a session, creating it if absent",
  args: {
    name: { type: "positional", value: "NAME" },
    step: { type: "positional", value: "STEP" },
    context: { type: "positional", value: "CONTEXT_JSON", required: false },
  },
  options: {
    "expect-rev": {
      type: "string",
      value: "N",
      help: "write only if the session is at rev N (0: not created yet), else exit 3",
    },
    status: { type: "string", value: "S", help: "running (default), paused, completed, failed or abandoned" },
    done: {
      type: "boolean",
      help: "STEP is finished (in a plan that branches, any ready STEP, without making it current)",
    },
    error: { type: "string", value: "MSG", help: "record an error on STEP; the session becomes failed" },
    plan: { type: "string", value: "a,b,c", help: 'the planned steps, for "Step 3/5"; later steps must be in it' },
    usage: { type: "string", value: "JSON", help: `counters to add up, e.g. '{"tokens": 1200}'` },
    artifact: {
      type: "string",
      value: "PATH",
      multiple: true,
      help: "a file this step created (repeatable): show lists it, the archive links it",
    },
    "replace-context": { type: "boolean", help: "CONTEXT_JSON replaces the context instead of merging into it" },
    await: {
      type: "string",
      value: "QUESTION",
      help: "STEP waits for a person: status waiting until `approve` (or `reject`) answers QUESTION",
    },
  },
  description: `NAME is a workflow name (the session is created if absent) or a full id, never
an id prefix (a prefix would be taken as a new name).
CONTEXT_JSON is a JSON object merged into the context as a JSON Merge Patch
(RFC 7396): objects merge deeply, null deletes a key. "-" reads it from stdin.
Entering the current step again does not append it twice, and a call that
changes nothing writes nothing. With a plan, a STEP outside it is refused (exit 2,
naming the closest planned step: "did you mean \`pr:create\`?") unless the same
call passes a new --plan that holds it. After --error the next set makes the
session running again; its errors stay. A write that would make the state file
larger than 1 MiB is refused (exit 2). --await QUESTION (or entering a step
that \`start --gate\` declared) makes the session wait: status waiting, until a
person runs \`approve\` or \`reject\`; meanwhile entering another step, --done on
the gated step and \`resume\` are refused (exit 2, naming \`approve\`). Prints the new state without its timeline
(\`session get NAME\` prints it all).`,
  footer:
    "Exit codes: 0 ok, 2 bad input, 3 rev mismatch, lock timeout or the session (named by its id) replaced " +
    "meanwhile (retry), 4 corrupt state file.",
  json: true,
  async run(ctx) {
    const { name: nameArg, step, context: contextArg } = ctx.args;
    const v = ctx.values;
    checkName(nameArg);
    const req: SetRequest = { workflow: nameArg, step: checkStep(step) };
    if (contextArg !== undefined) {
      const text = contextArg === "-" ? await ctx.readStdin() : contextArg;
      req.patch = parseJsonObject(text, contextArg === "-" ? "the context on stdin" : "CONTEXT_JSON");
    }
    if (v["replace-context"]) {
      if (req.patch === undefined) throw new UsageError("--replace-context needs CONTEXT_JSON");
      req.replaceContext = true;
    }
    if (v["expect-rev"] !== undefined) req.expectRev = parseWholeNumber(v["expect-rev"], "--expect-rev");
    if (v.status !== undefined) req.status = oneOf(v.status, STATUSES, "--status");
    if (v.done) req.done = true;
    if (v.error !== undefined) {
      if (v.error.trim() === "") throw new UsageError("--error needs a message");
      req.error = v.error;
    }
    if (v.plan !== undefined) req.plan = parsePlan(v.plan);
    if (v.usage !== undefined) req.usage = parseUsage(v.usage);
    if (v.artifact) req.artifacts = v.artifact.map(parseArtifact);
    if (v.await !== undefined) req.await = parseQuestion(v.await, "--await");

    // A full id names its session too (never a prefix: a typo must not move another session).
    // The name wins; only what could be a full id is looked up (set never takes a prefix).
    const found = isActiveName(ctx.store, nameArg)
      ? undefined
      : await resolveSession(ctx.store, nameArg, { prefix: false });
    const byId = found?.where === "active" && found.session.workflow !== nameArg ? found.session : undefined;
    const name = byId?.workflow ?? nameArg;
    const now = ctx.now();
    const { events: _timeline, ...state } = updateSession(
      ctx.store,
      name,
      (prev) => setEvents(prev, { ...req, workflow: name }, { now, newId }),
      byId?.id,
    );
    return state;
  },
});
