/**
 * A plan file (`start --plan-file FILE`), JSON or YAML, read as data: YAML with
 * the safe loader only (no tags that build objects, no anchors or aliases,
 * bounded depth), the text bounded before it is parsed. Pure: text in, plan out.
 *
 *   steps:
 *     - build
 *     - { step: test, needs: [build] }
 *     - { step: lint, needs: build }
 *     - { step: deploy, needs: [test, lint] }
 *
 * (or the same list alone, or in JSON). A file where no step says `needs` is a sequence, as `--steps a,b,c` is.
 */
import { type PlanGraph, planGraph } from "../core/branching.ts";
import { UsageError } from "../core/errors.ts";
import { isJsonObject } from "../core/json.ts";
import { loadYaml } from "./archive-parse.ts";

/** A plan file is small: a few hundred steps at most. */
export const MAX_PLAN_FILE_BYTES = 64 * 1024;
export const MAX_PLAN_STEPS = 500;

export function parsePlanFile(text: string, file: string): PlanGraph {
  const source = `--plan-file ${file}`;
  const bad = (what: string) =>
    new UsageError(
      `${source}: ${what}`,
      "A plan file lists steps: `steps: [build, {step: test, needs: [build]}]` (YAML) or the same in JSON.",
    );
  if (text.length > MAX_PLAN_FILE_BYTES) throw bad(`is larger than ${MAX_PLAN_FILE_BYTES / 1024} KiB`);
  let value: unknown;
  try {
    value = /\.json$/i.test(file) ? JSON.parse(text) : loadYaml(text);
  } catch (error) {
    throw bad(`cannot be read: ${(error as Error).message.split("\n")[0]}`);
  }
  const list = isJsonObject(value) && Object.hasOwn(value, "steps") ? value.steps : value;
  if (!Array.isArray(list) || list.length === 0) throw bad("holds no list of steps");
  if (list.length > MAX_PLAN_STEPS) throw bad(`has more than ${MAX_PLAN_STEPS} steps`);
  let branches = false;
  const entries = list.map((entry, i) => {
    if (typeof entry === "string") return { step: entry.trim(), needs: [] as string[] };
    if (!isJsonObject(entry)) throw bad(`step ${i + 1} is neither a name nor {step, needs}`);
    const step = Object.hasOwn(entry, "step") ? entry.step : entry.name;
    if (typeof step !== "string") throw bad(`step ${i + 1} has no name (step: NAME)`);
    const needs = Object.hasOwn(entry, "needs") ? entry.needs : undefined;
    if (needs !== undefined) branches = true;
    const wanted = needs === undefined || needs === null ? [] : typeof needs === "string" ? [needs] : needs;
    if (!Array.isArray(wanted) || wanted.some((need) => typeof need !== "string" || need.trim() === ""))
      throw bad(`the needs of ${JSON.stringify(step)} are not a list of step names`);
    return { step: step.trim(), needs: (wanted as string[]).map((need) => need.trim()) };
  });
  if (entries.some((entry) => entry.step === "")) throw bad("has an empty step name");
  const graph = planGraph(entries, source);
  return branches ? graph : { plan: graph.plan };
}
