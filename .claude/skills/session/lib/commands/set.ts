/** The `session set` command: enter a step and merge context into a session, creating it if absent. */
import { defineCommand, oneOf, parseJsonObject, parseNonNegativeInt } from "../cli.ts";
import { UsageError } from "../errors.ts";
import type { JsonObject } from "../json.ts";
import { checkName, checkStep, ID_PATTERN, newId } from "../names.ts";
import { STATUSES } from "../vocabulary.ts";
import { applySet, type SetRequest } from "../session.ts";
import { resolveActiveName, updateSession } from "../store.ts";

export default defineCommand({
  name: "set",
  usage: `session set — enter a step and merge context into a session, creating it if absent.
Usage: session set NAME STEP [CONTEXT_JSON|-] [options]

CONTEXT_JSON is a JSON object merged into the context as a JSON Merge Patch
(RFC 7396): objects merge deeply, null deletes a key. "-" reads it from stdin.
Entering the current step again does not append it twice. Prints the new state.

Options:
  --expect-rev N     write only if the session is at rev N (0: not created yet), else exit 3
  --status S         running (default), paused, completed, failed or abandoned
  --done             STEP is finished
  --error MSG        record an error on STEP; the session becomes failed
  --plan a,b,c       the planned steps, for "Step 3/5"
  --usage JSON       counters to add up, e.g. '{"tokens": 1200}'
  --artifact PATH    a file this step created (repeatable)
  --replace-context  CONTEXT_JSON replaces the context instead of merging into it
  --pretty           indent the JSON
  -h, --help         show this help

Exit codes: 0 ok, 2 bad input, 3 rev mismatch or lock timeout (retry), 4 corrupt state file.`,
  options: {
    "expect-rev": { type: "string" },
    status: { type: "string" },
    done: { type: "boolean" },
    error: { type: "string" },
    plan: { type: "string" },
    usage: { type: "string" },
    artifact: { type: "string", multiple: true },
    "replace-context": { type: "boolean" },
  },
  args: { min: 2, max: 3, names: ["NAME", "STEP", "CONTEXT_JSON"] },
  json: true,
  async run(ctx) {
    const [nameArg, step, contextArg] = ctx.args as [string, string, string | undefined];
    const v = ctx.values;
    checkName(nameArg);
    const req: SetRequest = { workflow: nameArg, step: checkStep(step) };
    if (contextArg !== undefined) {
      const text = contextArg === "-" ? await Bun.stdin.text() : contextArg;
      req.patch = parseJsonObject(text, contextArg === "-" ? "the context on stdin" : "CONTEXT_JSON") as JsonObject;
    }
    if (v["replace-context"]) {
      if (req.patch === undefined) throw new UsageError("--replace-context needs CONTEXT_JSON");
      req.replaceContext = true;
    }
    if (v["expect-rev"] !== undefined) req.expectRev = parseNonNegativeInt(v["expect-rev"] as string, "--expect-rev");
    if (v.status !== undefined) req.status = oneOf(v.status as string, STATUSES, "--status");
    if (v.done) req.done = true;
    if (v.error !== undefined) {
      if ((v.error as string).trim() === "") throw new UsageError("--error needs a message");
      req.error = v.error as string;
    }
    if (v.plan !== undefined) req.plan = parsePlan(v.plan as string);
    if (v.usage !== undefined) req.usage = parseUsage(v.usage as string);
    if (v.artifact) req.artifacts = (v.artifact as string[]).map(checkArtifact);

    const paths = ctx.paths;
    // A full id names its session too; anything else is a workflow name (created if absent).
    const name = ID_PATTERN.test(nameArg) ? ((await resolveActiveName(paths, nameArg)) ?? nameArg) : nameArg;
    const now = ctx.now();
    return updateSession(paths, name, (prev) => applySet(prev, { ...req, workflow: name }, { now, newId }));
  },
});

function parsePlan(text: string): string[] {
  const steps = text.split(",").map((step) => step.trim());
  if (steps.some((step) => step === "")) throw new UsageError(`--plan has an empty step: ${JSON.stringify(text)}`, "Example: --plan init,build,test");
  return steps.map(checkStep);
}

function parseUsage(text: string): Record<string, number> {
  const usage = parseJsonObject(text, "--usage");
  for (const [key, value] of Object.entries(usage)) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new UsageError(`--usage counter ${JSON.stringify(key)} must be a number`, `Example: --usage '{"tokens": 1200}'`);
    }
  }
  return usage as Record<string, number>;
}

function checkArtifact(path: string): string {
  if (path.trim() === "" || /[\u0000-\u001f]/.test(path)) throw new UsageError(`invalid --artifact path ${JSON.stringify(path)}`);
  return path;
}

