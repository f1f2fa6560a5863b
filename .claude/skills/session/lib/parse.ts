/** Values from the command line: JSON objects, one-of words, whole numbers. Anything else is a usage error. */
import { UsageError } from "./errors.ts";
import type { JsonObject } from "./json.ts";

export function parseJsonObject(text: string, what: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`, `Example: '{"pr_number": 8}'`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(`${what} must be a JSON object, not ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
  }
  return value as JsonObject;
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
