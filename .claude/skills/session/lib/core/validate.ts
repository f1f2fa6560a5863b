/**
 * Validation at run time, with the validators compiled from the zod schema
 * (`bun run generate`), and the stable key order of the files we write.
 */
import { SESSION_KEYS } from "./generated/keys.js";
import { validateSession } from "./generated/validate-session.js";
import { setOwn } from "./json.ts";
import type { Session } from "./schema.ts";

export interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string; params: Record<string, unknown> }[] | null;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Runs `validator`; the first problem is told as `context: must be object`. */
export function check<T>(validator: Validator, value: unknown): Checked<T> {
  if (validator(value)) return { ok: true, value: value as T };
  const [error] = validator.errors ?? [];
  const where = error?.instancePath.slice(1).replaceAll("/", ".") || "(top level)";
  const allowed = error?.params.allowedValues as unknown[] | undefined;
  return { ok: false, problem: `${where}: ${error?.message ?? "invalid"}${allowed ? ` (${allowed.join(", ")})` : ""}` };
}

export function checkSession(value: unknown): Checked<Session> {
  return check<Session>(validateSession, value);
}

/** The same object with keys in `order` (unknown keys last, undefined values dropped), so diffs stay small. */
export function orderKeys<T extends object>(value: T, order: readonly string[] = SESSION_KEYS): T {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => rank(a) - rank(b));
  const result = {} as Record<string, unknown>;
  for (const [key, v] of entries) setOwn(result, key, v);
  return result as T;
}
