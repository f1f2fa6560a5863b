/** Plain JSON values and the few helpers that keep `__proto__` a key like any other. */
import { UsageError } from "./errors.ts";

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Sets an own property, even for keys like `__proto__` that plain assignment treats specially. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Serialised size in bytes, as it would be written to disk (TextEncoder: Buffer is slow to wake). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The value at a dotted path (`context.pr_number`, `steps.0`, `errors.-1` for
 * the last), or null when there is none. A malformed path is a usage error.
 */
export function valueAt(root: unknown, path: string): Json {
  const parts = path.split(".");
  if (parts.some((part) => part === "")) {
    throw new UsageError(
      `malformed path ${JSON.stringify(path)}: expected keys joined by dots, e.g. context.pr_number or errors.-1`,
    );
  }
  let value: unknown = root;
  for (const part of parts) {
    if (Array.isArray(value) && /^-\d+$/.test(part)) value = value[value.length + Number(part)];
    else if (typeof value === "object" && value !== null && Object.hasOwn(value, part))
      value = (value as Record<string, unknown>)[part];
    else return null;
  }
  return (value ?? null) as Json;
}
