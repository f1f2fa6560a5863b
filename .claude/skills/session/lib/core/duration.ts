/** Durations on the command line (`30d`, `12h`) and in human views (`1h 5m`). */
import { UsageError } from "./errors.ts";

const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 };

/** `30d` → milliseconds. Units: s, m, h, d, w; combinations such as `1d12h` work too. */
export function parseDuration(text: string): number {
  const parts = [...text.matchAll(/(\d+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) {
    throw new UsageError(
      `invalid duration ${JSON.stringify(text)}`,
      "Use a number and a unit: 90s, 45m, 12h, 30d, 2w.",
    );
  }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * (UNIT_MS[unit as string] as number), 0);
}

/** Milliseconds → the two largest units: `3d 4h`, `5m 0s`, `12s`. */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms / 1000));
  const units: [string, number][] = [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ];
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (parts.length > 0 || n > 0 || size === 1) parts.push(`${n}${unit}`);
  }
  return parts.slice(0, 2).join(" ");
}
