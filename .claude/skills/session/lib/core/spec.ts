/**
 * Spec snapshots, pure: the bound on a copy kept in the state, and the short
 * diff `resume` shows when the spec changed. A spec's text is data: it is
 * compared and shown, never run. The disk and git side is git/spec-file.ts.
 */
import { byteLength } from "./json.ts";
import type { Session } from "./schema.ts";

export type Spec = NonNullable<Session["spec"]>;

/** A copy kept in the state, as stored (JSON-encoded, UTF-8): the state holds it twice (the `start` event and `spec`). */
export const MAX_SPEC_COPY_BYTES = 256 * 1024;
/** A spec file is read up to this size at all (a tracked one is kept by its blob id, whatever its size below it). */
export const MAX_SPEC_READ_BYTES = 8 * 1024 * 1024;
/** The most lines of a diff `resume` shows, and the most characters of each. */
export const SPEC_DIFF_LINES = 8;
const SPEC_DIFF_WIDTH = 120;

/** The bytes a copy of TEXT takes in a state file. */
export function storedCopyBytes(text: string): number {
  return byteLength(JSON.stringify(text));
}

/**
 * A short line diff of BEFORE → AFTER: the lines between their common start and
 * end, removed (`-`) then added (`+`), at most SPEC_DIFF_LINES of them (then
 * "… N more lines"), each cut at SPEC_DIFF_WIDTH characters. Linear in the texts.
 */
export function specDiff(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const lines = [
    ...a.slice(head, a.length - tail).map((line) => `- ${line}`),
    ...b.slice(head, b.length - tail).map((line) => `+ ${line}`),
  ];
  const cut = (line: string) => (line.length > SPEC_DIFF_WIDTH ? `${line.slice(0, SPEC_DIFF_WIDTH)}…` : line);
  const shown = lines.slice(0, SPEC_DIFF_LINES).map(cut);
  if (lines.length > SPEC_DIFF_LINES) shown.push(`… ${lines.length - SPEC_DIFF_LINES} more lines`);
  const at = `@@ line ${head + 1}`;
  return lines.length === 0 ? [] : [at, ...shown];
}
