/**
 * Values from the command line (and the environment), each parsed in one place: JSON objects, one-of words, whole
 * numbers, plans, durations and instants, `KEY=VALUE` pairs, usage counters, artifact paths. Anything else is a
 * usage error that says what was expected.
 */
import { parseInstant } from "./clock.ts";
import { DURATION_UNITS } from "./duration.ts";
import { UsageError } from "./errors.ts";
import type { JsonObject } from "./json.ts";
import { parseJsonInput } from "./json-input.ts";
import { checkStep, sameStep } from "./names.ts";

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
  return checkPlanSteps(
    text.split(",").map((step) => step.trim()),
    text,
    option,
  );
}

/** STEPS (as TEXT gave them) as a plan: none empty, none twice, each a valid step name. */
export function checkPlanSteps(steps: readonly string[], text: string, option: string): string[] {
  if (steps.some((step) => step === ""))
    throw new UsageError(`${option} has an empty step: ${JSON.stringify(text)}`, `Example: ${option} init,build,test`);
  const twice = steps.find((step, i) => steps.findIndex((other) => sameStep(other, step)) !== i);
  if (twice !== undefined)
    throw new UsageError(
      `${option} names the step ${JSON.stringify(twice)} twice`,
      "A plan lists each step once; a step may still be entered again.",
    );
  return steps.map(checkStep);
}

/** `30d` → milliseconds. Units: s, m, h, d, w; combinations such as `1d12h` work too. */
export function parseDuration(text: string): number {
  const parts = [...text.matchAll(/(\d+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) {
    throw new UsageError(
      `invalid duration ${JSON.stringify(text)}`,
      "Use a number and a unit: 90s, 45m, 12h, 30d, 2w.",
    );
  }
  const seconds = (letter: string) => DURATION_UNITS.find(([unit]) => unit === letter)?.[2] ?? 0;
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * seconds(unit as string) * 1000, 0);
}

const DAY_MS = 86_400_000;

/**
 * `--since`/`--until`: a date (`2025-01-29`: the whole UTC day counts, so
 * `--until` means its end), a UTC instant, or an age (`7d`: that long before now).
 */
export function parseWhen(text: string, option: "--since" | "--until", now: Date): number {
  if (/^\d{4}-\d\d-\d\d$/.test(text)) {
    const day = parseInstant(`${text}T00:00:00Z`);
    if (day !== undefined) return option === "--until" ? day + DAY_MS - 1 : day;
  }
  const instant = parseInstant(text);
  if (instant !== undefined) return instant;
  if (/^(\d+[smhdw])+$/.test(text)) return now.getTime() - parseDuration(text);
  throw new UsageError(
    `invalid ${option} ${JSON.stringify(text)}`,
    "Use a date (2025-01-29), a UTC instant (2025-01-29T15:00:00Z) or an age (7d, 12h).",
  );
}

/** `--var k=v`, repeated: a map of strings. */
export function parseVars(pairs: readonly string[] = []): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`--var needs KEY=VALUE, not ${JSON.stringify(pair)}`, "Example: --var branch=feat/login");
    defineOwn(vars, pair.slice(0, eq), pair.slice(eq + 1));
  }
  return vars;
}

/** A question a person answers (`--await`, `--gate`): one non-empty line of printable text. */
export function parseQuestion(text: string, option: string): string {
  if (text.trim() === "")
    throw new UsageError(`${option} needs a question`, `Example: ${option} "Deploy to production?"`);
  if (/[\p{Cc}\u2028\u2029]/u.test(text) || !text.isWellFormed())
    throw new UsageError(`${option}: the question must be one line of text, without control characters`);
  if ([...text].length > 1000) throw new UsageError(`${option}: the question is longer than 1000 characters`);
  return text;
}

/** `--gate STEP=QUESTION` (repeatable): step → question; with a PLAN, each STEP must be in it. */
export function parseGates(pairs: readonly string[] = [], plan?: readonly string[]): Record<string, string> {
  const gates: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new UsageError(
        `--gate needs STEP=QUESTION, not ${JSON.stringify(pair)}`,
        'Example: --gate deploy="Deploy?"',
      );
    const step = checkStep(pair.slice(0, eq).trim());
    const planned = plan?.find((p) => sameStep(p, step));
    if (plan && planned === undefined)
      throw new UsageError(`--gate ${JSON.stringify(step)}: not a step of --steps (${plan.join(", ")})`);
    defineOwn(gates, planned ?? step, parseQuestion(pair.slice(eq + 1), "--gate"));
  }
  return gates;
}

/** `--usage '{"tokens": 1200}'`: counters to add up, each a finite number. */
export function parseUsage(text: string): Record<string, number> {
  const usage = parseJsonObject(text, "--usage");
  const counters: Record<string, number> = {};
  for (const [key, value] of Object.entries(usage)) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new UsageError(
        `--usage counter ${JSON.stringify(key)} must be a number`,
        `Example: --usage '{"tokens": 1200}'`,
      );
    }
    defineOwn(counters, key, value);
  }
  return counters;
}

/** `--artifact PATH`: a path that is not blank and holds no control characters. */
export function parseArtifact(path: string): string {
  if (path.trim() === "" || /[\u0000-\u001f]/.test(path))
    throw new UsageError(`invalid --artifact path ${JSON.stringify(path)}`);
  return path;
}

/** `$NAME` as whole milliseconds (`SESSION_LOCK_TIMEOUT_MS`), else FALLBACK when unset or empty. */
export function envMilliseconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw))
    throw new UsageError(`${name} must be a whole number of milliseconds, not ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** A key set as data: `__proto__` from the user is an ordinary key, never the prototype. */
function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
