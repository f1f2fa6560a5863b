/** Plain JSON values and the few helpers that keep `__proto__` a key like any other. */
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

/** The value at a dotted path (`context.pr_number`, `steps.0`), or null when there is none. */
export function valueAt(root: unknown, path: string): Json {
  let value: unknown = root;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, part)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  return (value ?? null) as Json;
}
