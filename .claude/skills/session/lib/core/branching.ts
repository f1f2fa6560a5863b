/**
 * Plans that branch: which steps wait for which (`needs`), and where each step
 * of such a plan stands. A plan with `needs` keeps its steps' states in the
 * session (`branches`: step → running, done, failed or skipped), so two
 * processes working on two ready steps each record their own step and neither
 * write undoes the other's. A plain plan (no `needs`) is a sequence, as ever.
 * Pure: no file system here.
 */
import { UsageError } from "./errors.ts";
import { setOwn } from "./json.ts";
import { sameStep, spellingIn, stepKey } from "./names.ts";
import { checkPlanSteps } from "./parse.ts";

/** A plan as `start` takes it: the steps in order, and for a branching plan what each step waits for. */
export interface PlanGraph {
  plan: string[];
  /** step → the steps it waits for; absent for a plain sequence. */
  needs?: Record<string, string[]>;
}

/** Where a step of a branching plan stands, as the session records it. */
export type BranchState = "running" | "done" | "failed" | "skipped";

/**
 * `--steps`: `a,b,c` is a sequence; `build, test<build, lint<build, deploy<test+lint` is a plan that branches (a
 * step, then `<` and the steps it waits for joined by `+`). Refuses empty or repeated steps, unknown prerequisites
 * and cycles (exit 2, naming them).
 */
export function parseStepsSpec(text: string, option = "--steps"): PlanGraph {
  const items = text.split(",").map((item) => item.trim());
  if (!items.some((item) => item.includes("<"))) return { plan: checkPlanSteps(items, text, option) };
  const entries = items.map((item) => {
    const at = item.indexOf("<");
    if (at === -1) return { step: item, needs: [] as string[] };
    const needs = item
      .slice(at + 1)
      .split("+")
      .map((need) => need.trim());
    if (needs.some((need) => need === ""))
      throw new UsageError(
        `${option} has an empty prerequisite in ${JSON.stringify(item)}`,
        `Example: ${option} "build, test<build, lint<build, deploy<test+lint"`,
      );
    return { step: item.slice(0, at).trim(), needs };
  });
  return planGraph(entries, option);
}

/**
 * A branching plan from its entries (each a step and the steps it waits for), checked: every step named once, every
 * prerequisite a step of the plan, no cycle. Prerequisites are spelt as their steps are.
 */
export function planGraph(entries: readonly { step: string; needs: readonly string[] }[], source: string): PlanGraph {
  const plan = checkPlanSteps(
    entries.map((entry) => entry.step),
    entries.map((entry) => entry.step).join(","),
    source,
  );
  const needs: Record<string, string[]> = {};
  const unknown: string[] = [];
  for (const entry of entries) {
    const known = entry.needs.filter((need) => {
      if (plan.some((step) => sameStep(step, need))) return true;
      unknown.push(need);
      return false;
    });
    const wanted = [...new Set(known.map((need) => spellingIn(plan, need)))];
    if (wanted.length > 0) setOwn(needs, spellingIn(plan, entry.step), wanted);
  }
  if (unknown.length > 0)
    throw new UsageError(
      `${source}: unknown prerequisite${unknown.length > 1 ? "s" : ""} ${unknown.map((s) => JSON.stringify(s)).join(", ")} (not a step of the plan: ${plan.join(", ")})`,
      "Every step a step waits for must be in the plan too.",
    );
  const cycle = findCycle(plan, needs);
  if (cycle)
    throw new UsageError(
      `${source}: the steps wait for each other in a cycle: ${cycle.map((s) => JSON.stringify(s)).join(" < ")}`,
      "A step can only wait for steps that do not wait for it.",
    );
  return { plan, needs };
}

/** A cycle among NEEDS, as the steps along it (the first repeated last), or undefined. */
export function findCycle(
  plan: readonly string[],
  needs: Readonly<Record<string, readonly string[]>>,
): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (step: string): string[] | undefined => {
    const key = stepKey(step);
    if (state.get(key) === "done") return undefined;
    if (state.get(key) === "visiting") return [...path.slice(path.findIndex((s) => stepKey(s) === key)), step];
    state.set(key, "visiting");
    path.push(step);
    for (const need of needsOf(needs, step)) {
      const cycle = visit(need);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(key, "done");
    return undefined;
  };
  for (const step of plan) {
    const cycle = visit(step);
    if (cycle) return cycle;
  }
  return undefined;
}

/** What STEP waits for in NEEDS (by `sameStep`). */
export function needsOf(needs: Readonly<Record<string, readonly string[]>>, step: string): readonly string[] {
  if (Object.hasOwn(needs, step)) return needs[step] as string[];
  const key = Object.keys(needs).find((k) => sameStep(k, step));
  return key === undefined ? [] : (needs[key] as string[]);
}

/** Does STEP wait, directly or through other steps, for TARGET in NEEDS? (A plan has no cycles: checked when made.) */
export function waitsFor(needs: Readonly<Record<string, readonly string[]>>, step: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [...needsOf(needs, step)];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (sameStep(next, target)) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...needsOf(needs, next));
  }
  return false;
}

/** Where every step of a branching plan stands: the one answer `status`, `get --all`, `pending` and `resume` give. */
export interface BranchProgress {
  /** Finished (done or skipped), in plan order. */
  done: string[];
  skipped: string[];
  /** Prerequisites done, not finished, not failed: may run now (some may be running). */
  ready: string[];
  /** Entered and not finished (a subset of ready). */
  running: string[];
  failed: string[];
  /** Waiting for prerequisites not done yet. */
  blocked: { step: string; waits_for: string[] }[];
}

/** PLAN's steps sorted by STATES (step → state) and NEEDS. Pure, table-tested. */
export function branchProgress(
  plan: readonly string[],
  needs: Readonly<Record<string, readonly string[]>>,
  states: Readonly<Record<string, BranchState>>,
): BranchProgress {
  const stateOf = (step: string): BranchState | undefined => {
    if (Object.hasOwn(states, step)) return states[step];
    const key = Object.keys(states).find((k) => sameStep(k, step));
    return key === undefined ? undefined : states[key];
  };
  const finished = (step: string) => stateOf(step) === "done" || stateOf(step) === "skipped";
  const progress: BranchProgress = { done: [], skipped: [], ready: [], running: [], failed: [], blocked: [] };
  for (const step of plan) {
    const state = stateOf(step);
    if (state === "done" || state === "skipped") {
      progress.done.push(step);
      if (state === "skipped") progress.skipped.push(step);
      continue;
    }
    if (state === "failed") {
      progress.failed.push(step);
      continue;
    }
    const waits = needsOf(needs, step).filter((need) => !finished(need));
    if (waits.length > 0 && state !== "running") {
      progress.blocked.push({ step, waits_for: [...waits] });
      continue;
    }
    progress.ready.push(step);
    if (state === "running") progress.running.push(step);
  }
  return progress;
}

/** The step to run now in a branching plan: the first failed or ready step in plan order, or null. */
export function firstRunnable(plan: readonly string[], progress: BranchProgress): string | null {
  return plan.find((step) => progress.failed.includes(step) || progress.ready.includes(step)) ?? null;
}
