/**
 * The human views (`status`, `list`, `show`): plain text that reads well without
 * colour, with colour only when the painter says so. Pure: state in, lines out.
 */

import { durationInWords } from "../core/duration.ts";
import { stepKey } from "../core/names.ts";
import { branchesOf, nextAction, STEP_SYMBOLS, stepMarks, stepPosition } from "../core/progress.ts";
import type { ArchivedSession, Session } from "../core/schema.ts";
import { storyOf } from "../core/story.ts";
import { visible } from "../format/printable.ts";
import type { Painter } from "./painter.ts";

/** `just now`, `5m ago`, `3h ago`, `2d ago`. */
export function ago(at: string, now: Date): string {
  const seconds = Math.round((now.getTime() - Date.parse(at)) / 1000);
  if (seconds < 60) return seconds < 5 ? "just now" : `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86400 * 2) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86400)}d ago`;
}

/** `█████░░░░░ 2/4` */
export function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total}`;
}

/**
 * Columns padded to their widest cell (by code points, so ✓ and names with
 * accents line up); `style` colours a body cell after padding, so escape codes
 * never skew the columns.
 */
export function table(
  header: string[],
  rows: string[][],
  style: (row: number, column: number, text: string) => string = (_r, _c, text) => text,
): string[] {
  // Code points; counted one by one only where a surrogate pair may make them fewer than the code units.
  const width = (text: string) => (/[\ud800-\udfff]/.test(text) ? [...text].length : text.length);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ""))));
  const pad = (cell: string, i: number, last: boolean) =>
    last ? cell : cell + " ".repeat((widths[i] as number) - width(cell));
  const line = (cells: string[], row: number) =>
    cells
      .map((cell, i) => {
        const padded = pad(cell, i, i === cells.length - 1);
        return row < 0 ? padded : style(row, i, cell) + padded.slice(cell.length);
      })
      .join("  ")
      .trimEnd();
  return [line(header, -1), ...rows.map(line)];
}

/** The `Step:` value: `3/5 "Generate summary"`, `3 "build"` without a plan, `none yet`. */
function stepLabel(session: Session): string {
  if (session.step === undefined) return session.plan ? `0/${session.plan.length} (no step entered yet)` : "none yet";
  const { index, total } = stepPosition(session);
  const n = attemptCounts(session).get(stepKey(session.step)) ?? 0;
  const label = `${total === undefined ? index : `${index}/${total}`} ${JSON.stringify(session.step)}`;
  return n > 1 ? `${label} (attempt ${n})` : label;
}

export interface StatusView {
  session: Session;
  now: Date;
  paint: Painter;
  /** Show the progress bar (on a terminal). */
  bar: boolean;
  /** A command as the user would type it here (`ctx.command`), for the `Next:` line. */
  command: (text: string) => string;
  archive?: string;
  /** What git says of its file (git/status.ts): changes not committed, or unmerged. */
  git?: string;
}

/** `status`: where a session stands, in a few labelled lines. */
export function renderStatus({ session, now, paint, bar, command, archive, git }: StatusView): string {
  const ended = (session as Partial<ArchivedSession>).ended_at;
  const failed = session.status === "failed";
  const lines = [
    `Workflow: ${paint.bold(session.workflow)}  ${paint.dim(`(${session.id})`)}`,
    `Status:   ${statusColor(session.status, paint)}${archive ? paint.dim(` (archived: ${archive})`) : ""}`,
    `Step:     ${stepLabel(session)}${failed ? ` - ${paint.red("FAILED")}` : ""}`,
  ];
  if (failed) lines.push(`Error:    ${visible(session.errors?.at(-1)?.message ?? "(no message)")}`);
  if (session.waiting && !archive)
    lines.push(
      `Waiting:  ${JSON.stringify(visible(session.waiting.question))} since ${session.waiting.at} ` +
        `(${ago(session.waiting.at, now)}); a person answers: ${command(`approve ${session.workflow}`)} or ` +
        `${command(`reject ${session.workflow} --reason TEXT`)}`,
    );
  lines.push(...branchLines(session));
  lines.push(`Started:  ${session.started_at} (${ago(session.started_at, now)})`);
  const elapsed = (ended ? Date.parse(ended) : now.getTime()) - Date.parse(session.started_at);
  lines.push(`Elapsed:  ${durationInWords(elapsed)}${ended ? " (ended)" : ""}`);
  if (bar && session.plan) {
    const done = stepMarks(session).filter((m) => m.mark === "done" || m.mark === "skipped").length;
    lines.push(`Progress: ${progressBar(done, session.plan.length)}`);
  }
  if (git) lines.push(`Git:      ${paint.yellow(git)}`);
  const next = nextAction(session, archive !== undefined);
  const run = next.command === undefined ? undefined : command(next.command);
  if (next.step !== null) lines.push(`Next:     ${JSON.stringify(next.step)}${run ? `  →  ${run}` : ""}`);
  else if (run) lines.push(`Next:     ${run}`);
  return lines.join("\n");
}

export function statusColor(status: string, paint: Painter): string {
  if (status === "completed") return paint.green(status);
  if (status === "failed" || status === "corrupt") return paint.red(status);
  if (status === "paused" || status === "abandoned") return paint.yellow(status);
  return status;
}

/** A plan that branches, in `status`: every ready step, and those running, done, failed and blocked. */
export function branchLines(session: Session): string[] {
  const branches = branchesOf(session);
  if (!branches) return [];
  const list = (steps: readonly string[]) => steps.map((step) => JSON.stringify(step)).join(", ");
  const lines = [`Ready:    ${list(branches.ready) || "none"}`];
  if (branches.running.length > 0) lines.push(`Running:  ${list(branches.running)}`);
  if (branches.done.length > 0) lines.push(`Done:     ${list(branches.done)}`);
  if (branches.failed.length > 0) lines.push(`Failed:   ${list(branches.failed)}`);
  for (const { step, waits_for } of branches.blocked)
    lines.push(`Blocked:  ${JSON.stringify(step)} waits for ${list(waits_for)}`);
  return lines;
}

/** How many times each step was worked on (story.ts: a step entered again, or resumed after a failure). */
export function attemptCounts(session: Session): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attempt of storyOf(session).attempts)
    if (attempt.outcome !== "rewound") counts.set(stepKey(attempt.step), attempt.number);
  return counts;
}

/** The steps of a session, one a line with its mark: `✓ 1. init`, and `(attempt 2)` for a step tried again. */
export function renderSteps(session: Session, paint: Painter): string[] {
  const attempts = attemptCounts(session);
  return stepMarks(session).map(({ step, mark, error }, i) => {
    const n = attempts.get(stepKey(step)) ?? 0;
    const symbol =
      mark === "done"
        ? paint.green(STEP_SYMBOLS.done)
        : mark === "failed"
          ? paint.red(STEP_SYMBOLS.failed)
          : mark === "skipped"
            ? paint.yellow(STEP_SYMBOLS.skipped)
            : STEP_SYMBOLS[mark];
    const note = mark === "todo" ? paint.dim(" (not reached)") : mark === "skipped" ? paint.dim(" (skipped)") : "";
    const tries = n > 1 ? paint.dim(` (attempt ${n})`) : "";
    return `  ${symbol} ${i + 1}. ${visible(step)}${note}${tries}${error ? ` — ${visible(error)}` : ""}`;
  });
}

/** The `log` entries of a timeline: `2025-01-29T15:04:00Z  [monitor]  text`. */
export function logLines(session: Session): string[] {
  return (session.events ?? [])
    .filter((e) => e.kind === "log")
    .map(
      (e) => `  ${e.at}  ${e.step ? `[${visible(e.step)}]  ` : ""}${visible(e.note ?? "").replaceAll("\n", "\n    ")}`,
    );
}
