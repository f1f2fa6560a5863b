/** The clock: `$SESSION_NOW` when set, so every script can be made deterministic. */
import { UsageError } from "./errors.ts";

/** Timestamps are stored to the second, UTC: `2025-01-29T15:00:00Z`. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,3})?Z$/;

/**
 * The clock: `$SESSION_NOW` when set (only a real UTC instant: `2025-02-30` or a time without `Z` is refused), else the
 * system's.
 */
export function clockFrom(env: Record<string, string | undefined>): () => Date {
  const fixed = env.SESSION_NOW;
  if (fixed === undefined || fixed === "") return () => new Date();
  const time = parseInstant(fixed);
  if (time === undefined) {
    throw new UsageError(
      `SESSION_NOW is not a UTC instant: ${JSON.stringify(fixed)}`,
      "Use YYYY-MM-DDTHH:MM:SSZ, e.g. SESSION_NOW=2025-01-29T15:00:00Z",
    );
  }
  return () => new Date(time);
}

/** Milliseconds of `YYYY-MM-DDTHH:MM:SS[.fff]Z` when it names a real calendar instant, else undefined. */
export function parseInstant(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(year, month - 1, day, hour, minute, second, m[7] ? Number(m[7].slice(1).padEnd(3, "0")) : 0);
  // Date.UTC rolls 2025-02-30 over to March 2nd: a real date reads back the same.
  const back = new Date(time);
  const same =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return same ? time : undefined;
}
