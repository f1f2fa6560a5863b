/** Durations as people read them: `3d 4h` in the archive's report, `2 hours 5 minutes` in the views. */
import { plural } from "./text.ts";

/** Each unit: its letter (as `30d` is written on the command line), its word, its length in seconds. */
export const DURATION_UNITS: readonly (readonly [letter: string, word: string, seconds: number])[] = [
  ["w", "week", 7 * 86400],
  ["d", "day", 86400],
  ["h", "hour", 3600],
  ["m", "minute", 60],
  ["s", "second", 1],
];

/** Whole seconds in each unit from days down: 93784000 ms → [1 day, 2 hours, 3 minutes, 4 seconds]. */
function split(ms: number): { letter: string; word: string; n: number }[] {
  let rest = Math.max(0, Math.round(ms / 1000));
  return DURATION_UNITS.slice(1).map(([letter, word, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return { letter, word, n };
  });
}

/** Milliseconds → the two largest units: `3d 4h`, `5m 0s`, `12s`. */
export function formatDuration(ms: number): string {
  const parts = split(ms);
  const first = parts.findIndex((p, i) => p.n > 0 || i === parts.length - 1);
  return parts
    .slice(first, first + 2)
    .map((p) => `${p.n}${p.letter}`)
    .join(" ");
}

/** `2 hours 5 minutes`, `1 hour`, `45 seconds`: the two largest units, in words, a zero second one left out. */
export function durationInWords(ms: number): string {
  const parts = split(ms);
  const first = parts.findIndex((p) => p.n > 0);
  if (first === -1) return "0 seconds";
  return parts
    .slice(first, first + 2)
    .filter((p, i) => i === 0 || p.n > 0)
    .map((p) => plural(p.n, p.word))
    .join(" ");
}
