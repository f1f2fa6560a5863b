/** The clock: `$SESSION_NOW` when set, so every script can be made deterministic. */
import { UsageError } from "./errors.ts";

/** Timestamps are stored to the second, UTC: `2025-01-29T15:00:00Z`. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function clockFrom(env: Record<string, string | undefined>): () => Date {
  const fixed = env.SESSION_NOW;
  if (fixed === undefined || fixed === "") return () => new Date();
  const time = Date.parse(fixed);
  if (!/^\d{4}-\d\d-\d\dT/.test(fixed) || Number.isNaN(time)) {
    throw new UsageError(`SESSION_NOW is not an ISO-8601 instant: ${JSON.stringify(fixed)}`, "Example: SESSION_NOW=2025-01-29T15:00:00Z");
  }
  return () => new Date(time);
}
