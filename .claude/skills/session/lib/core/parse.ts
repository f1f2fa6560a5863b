/** Values from the command line: JSON objects, one-of words, whole numbers. Anything else is a usage error. */
import { UsageError } from "./errors.ts";
import type { JsonObject } from "./json.ts";
import { parseJsonInput } from "./json-input.ts";
import { checkStep } from "./names.ts";

/** A JSON object from the command line that every reader keeps exactly (see json-input.ts). */
export function parseJsonObject(text: string, what: string): JsonObject {
  return parseJsonInput(text, what) as JsonObject;
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid ${option} ${JSON.stringify(value)}: expected one of ${allowed.join(", ")}`);
}

export function parseWholeNumber(value: string, option: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} must be a whole number, not ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** `a,b,c`: the planned steps, each once. */
export function parsePlan(text: string, option = "--plan"): string[] {
  const steps = text.split(",").map((step) => step.trim());
  if (steps.some((step) => step === ""))
    throw new UsageError(`${option} has an empty step: ${JSON.stringify(text)}`, `Example: ${option} init,build,test`);
  const twice = steps.find((step, i) => steps.indexOf(step) !== i);
  if (twice !== undefined)
    throw new UsageError(
      `${option} names the step ${JSON.stringify(twice)} twice`,
      "A plan lists each step once; a step may still be entered again.",
    );
  return steps.map(checkStep);
}
