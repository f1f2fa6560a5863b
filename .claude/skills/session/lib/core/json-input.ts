/**
 * JSON from the command line, refused unless every reader can keep it exactly:
 * nesting at most 64 levels (checked on the text, before JSON.parse or any
 * recursion, in bounded memory), integers within ±2^53, finite numbers, and
 * well-formed Unicode (no lone surrogate). Each refusal names where the value is.
 */
import { UsageError } from "./errors.ts";
import { MAX_DEPTH } from "./limits.ts";

/** Parses TEXT as a JSON object whose values all survive a round trip through any reader. */
export function parseJsonInput(text: string, what: string): Record<string, unknown> {
  checkDepth(text, what);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`, `Example: '{"pr_number": 8}'`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(
      `${what} must be a JSON object, not ` +
        `${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
    );
  }
  checkLiterals(text, what);
  checkValues(value, what, []);
  return value as Record<string, unknown>;
}

function checkDepth(text: string, what: string): void {
  if (jsonTextDeeperThan(text, MAX_DEPTH)) {
    throw new UsageError(
      `${what} is nested more than ${MAX_DEPTH} levels deep`,
      "Flatten it, or keep large structured data in a file and record its path with --artifact.",
    );
  }
}

/**
 * Is the JSON TEXT nested deeper than LIMIT? No recursion, no parse: strings are
 * blanked out and the brackets counted, both by the regex engine (native code),
 * so a fresh process pays little for a large state file.
 */
export function jsonTextDeeperThan(text: string, limit: number): boolean {
  return text.length > limit && jsonTextDepth(text, limit) > limit;
}

/** How deep the JSON TEXT nests (counted as `jsonTextDeeperThan` does), or LIMIT + 1 as soon as it passes LIMIT. */
export function jsonTextDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const [bracket] of text.replace(/"(?:[^"\\]|\\.)*"?/g, "").matchAll(/[[\]{}]/g)) {
    if (bracket === "{" || bracket === "[") {
      if (++depth > limit) return depth;
      if (depth > deepest) deepest = depth;
    } else depth--;
  }
  return deepest;
}

/**
 * Is VALUE (level 1 when it is an object or array) nested deeper than LIMIT? Iterative, and stops at the first level
 * too deep.
 */
export function valueDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 1; level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of level)
      if (typeof item === "object" && item !== null) for (const child of Object.values(item)) next.push(child);
    if (next.length === 0) return false;
    if (depth >= limit && next.some((item) => typeof item === "object" && item !== null)) return true;
    level = next;
  }
  return false;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Number literals that a reader would silently change are refused, with the
 * hint to send them as strings: integers beyond ±2^53 (`9007199254740993`), and
 * any literal whose double does not print back as the same decimal value
 * (`9007199254740993.0`, digits past a double's precision). `1.50` and `1.5e300` are kept.
 */
function checkLiterals(text: string, what: string): void {
  // Only numbers outside strings count: blank out string contents first.
  const bare = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const [literal] of bare.matchAll(NUMBER)) {
    const value = Number(literal);
    const integer = /^-?\d+$/.test(literal);
    // Integers must be safe (JavaScript readers round the rest); any literal must read back as written.
    if (!Number.isFinite(value) || ((!integer || Number.isSafeInteger(value)) && sameDecimal(literal, String(value))))
      continue;
    throw new UsageError(
      `${what} holds the ${integer ? "integer" : "number"} ${literal}, ` +
        `${integer ? "beyond ±2^53" : "more precise than a double"}: readers would change it to ${value}`,
      `Send it as a string: "${literal}".`,
    );
  }
}

/** Do two decimal literals (`12.50`, `1.25e1`) name the same value? Compared as digits and an exponent, exactly. */
export function sameDecimal(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(literal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (!match) return literal;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let digits = `${whole}${fraction}`.replace(/^0+/, "");
  let power = Number(exponent) - fraction.length;
  if (digits === "") return "0";
  const trailing = digits.length - digits.replace(/0+$/, "").length;
  digits = digits.slice(0, digits.length - trailing);
  power += trailing;
  return `${sign}${digits}e${power}`;
}

/** Finite numbers and well-formed strings (keys too), with the path of the first offender. */
function checkValues(value: unknown, what: string, path: (string | number)[]): void {
  const where = () => `${what}${path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("")}`;
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new UsageError(
      `${where()} is a number too large to store (${value})`,
      "Numbers must be finite; send huge values as strings.",
    );
  }
  if (typeof value === "string" && !value.isWellFormed()) {
    throw new UsageError(`${where()} holds a lone UTF-16 surrogate, which no YAML or JSON reader accepts`);
  }
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkValues(item, what, [...path, i]);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!key.isWellFormed())
      throw new UsageError(`${where()} has a key holding a lone UTF-16 surrogate: ${JSON.stringify(key)}`);
    checkValues(item, what, [...path, key]);
  }
}
