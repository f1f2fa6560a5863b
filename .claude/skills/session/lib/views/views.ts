/**
 * The human views (`status`, `list`, `show`): plain text that reads well without
 * colour, with colour only when the painter says so. Pure: state in, lines out.
 */
import type { ArchivedSession, Session } from "../core/schema.ts";
import { nextStep, type StepMark, stepMarks, stepPosition } from "../core/progress.ts";
import type { Painter } from "./painter.ts";

const MARK: Record<StepMark, string> = { done: "✓", skipped: "↷", failed: "✗", open: "…", todo: "·" };

// Bidi controls reorder how the rest of a line is shown (Trojan Source), so no view prints them raw.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A user's text made safe to print: control characters (an escape sequence, a
 * bell, a carriage return) become their visible pictures (␛, ␇, ␍), so no note
 * can drive the terminal, and bidi controls their code (`\u202e`). Newlines and tabs stay.
 */
export function visible(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
    })
    .replace(BIDI_CONTROL, codeOf);
}

// Never raw inside a quoted line: controls (C0 and C1, newlines included), format
// characters (bidi controls; zero-width and tag characters, which hide text),
// line and paragraph separators, and lone surrogates.
const NOT_RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const SHORT_ESCAPE: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The most characters `quoted` shows between the quotes. */
export const QUOTED_MAX = 100;

/**
 * A user's string as one quoted line, for a reader that must take it as data and
 * nothing else (the SessionStart hook's report, which a model reads): a JSON
 * string literal with the characters above escaped too (`\n`, `\u202e`), so that
 * nothing in it starts a line, reorders one or hides; cut after `max`
 * characters, with `…` before the closing quote to say so.
 */
export function quoted(text: string, max = QUOTED_MAX): string {
  let body = "";
  let width = 0;
  for (const char of text) {
    const shown = SHORT_ESCAPE[char] ?? (NOT_RAW.test(char) ? codeOf(char) : char);
    width += shown === char ? 1 : shown.length;
    if (width > max) return `"${body}…"`;
    body += shown;
  }
  return `"${body}"`;
}

/** `\u202e`: a character by its UTF-16 code units, as JSON writes them. */
function codeOf(char: string): string {
  let code = "";
  for (let i = 0; i < char.length; i++) code += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return code;
}

/** `2 hours 5 minutes`, `45 seconds`: the two largest units, in words. */
export function durationInWords(ms: number): string {
  let rest = Math.max(0, Math.round(ms / 1000));
  const units: [string, number][] = [["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 && parts.length < 2) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
    else if (parts.length > 0) break;
  }
  return parts.join(" ") || "0 seconds";
}

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
export function table(header: string[], rows: string[][], style: (row: number, column: number, text: string) => string = (_r, _c, text) => text): string[] {
  const width = (text: string) => [...text].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ""))));
  const pad = (cell: string, i: number, last: boolean) => (last ? cell : cell + " ".repeat((widths[i] as number) - width(cell)));
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
export function stepLabel(session: Session): string {
  if (session.step === undefined) return session.plan ? `0/${session.plan.length} (no step entered yet)` : "none yet";
  const { index, total } = stepPosition(session);
  return `${total === undefined ? index : `${index}/${total}`} ${JSON.stringify(session.step)}`;
}

export interface StatusView {
  session: Session;
  now: Date;
  paint: Painter;
  /** Show the progress bar (on a terminal). */
  bar: boolean;
  /** The next command to run, as the user would type it. */
  nextCommand?: string;
  archive?: string;
  /** What git says of its file (git/status.ts): changes not committed, or unmerged. */
  git?: string;
}

/** `status`: where a session stands, in a few labelled lines. */
export function renderStatus({ session, now, paint, bar, nextCommand, archive, git }: StatusView): string {
  const ended = (session as Partial<ArchivedSession>).ended_at;
  const failed = session.status === "failed";
  const lines = [
    `Workflow: ${paint.bold(session.workflow)}  ${paint.dim(`(${session.id})`)}`,
    `Status:   ${statusColor(session.status, paint)}${archive ? paint.dim(` (archived: ${archive})`) : ""}`,
    `Step:     ${stepLabel(session)}${failed ? ` - ${paint.red("FAILED")}` : ""}`,
  ];
  if (failed) lines.push(`Error:    ${visible(session.errors?.at(-1)?.message ?? "(no message)")}`);
  lines.push(`Started:  ${session.started_at} (${ago(session.started_at, now)})`);
  lines.push(`Elapsed:  ${durationInWords((ended ? Date.parse(ended) : now.getTime()) - Date.parse(session.started_at))}${ended ? " (ended)" : ""}`);
  if (bar && session.plan) {
    const done = stepMarks(session).filter((m) => m.mark === "done" || m.mark === "skipped").length;
    lines.push(`Progress: ${progressBar(done, session.plan.length)}`);
  }
  if (git) lines.push(`Git:      ${paint.yellow(git)}`);
  const next = nextStep(session);
  if (next !== null && session.status !== "completed" && !ended) lines.push(`Next:     ${JSON.stringify(next)}${nextCommand ? `  →  ${nextCommand}` : ""}`);
  else if (nextCommand) lines.push(`Next:     ${nextCommand}`);
  return lines.join("\n");
}

export function statusColor(status: string, paint: Painter): string {
  if (status === "completed") return paint.green(status);
  if (status === "failed" || status === "corrupt") return paint.red(status);
  if (status === "paused" || status === "abandoned") return paint.yellow(status);
  return status;
}

/** The steps of a session, one a line with its mark: `✓ 1. init`. */
export function renderSteps(session: Session, paint: Painter): string[] {
  return stepMarks(session).map(({ step, mark, error }, i) => {
    const symbol = mark === "done" ? paint.green(MARK.done) : mark === "failed" ? paint.red(MARK.failed) : mark === "skipped" ? paint.yellow(MARK.skipped) : MARK[mark];
    return `  ${symbol} ${i + 1}. ${visible(step)}${mark === "todo" ? paint.dim(" (not reached)") : ""}${mark === "skipped" ? paint.dim(" (skipped)") : ""}${error ? ` — ${visible(error)}` : ""}`;
  });
}

interface Span {
  step: string;
  from: string;
  to?: string;
  /** The index of the event that opened it. */
  event: number;
  rewound?: boolean;
}

/** The spans of time spent in each step, from the timeline: an `enter` opens one; a replay rewinds the later ones and reopens its step. */
export function stepSpans(session: Session): Span[] {
  const spans: Span[] = [];
  (session.events ?? []).forEach((event, i) => {
    if (event.step === undefined || (event.kind !== "enter" && event.kind !== "replay")) return;
    const open = spans.findLast((span) => span.to === undefined);
    if (open) open.to = event.at;
    if (event.kind === "replay") for (const span of spans) if (span.event > (event.index ?? i)) span.rewound = true;
    spans.push({ step: event.step, from: event.at, event: i });
  });
  return spans;
}

// Words a gantt line may start with, which Mermaid reads as a statement, not a task (`section x`, `click y`).
const KEYWORDS = /^(gantt|title|section|click|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|inclusiveenddates|topaxis|displaymode|acc\w*|\d|%)/i;

/**
 * A step name as a Mermaid task name: `:`, `;`, `#` and `%%` are syntax to
 * Mermaid (look-alikes keep the name readable), and a name starting like a statement
 * gets an invisible zero-width space in front, so it stays a task.
 */
export function mermaidLabel(step: string): string {
  const text = step.replaceAll(":", "∶").replaceAll(";", "⁏").replaceAll("#", "＃").replaceAll("%%", "％％");
  return KEYWORDS.test(text.trimStart()) ? `\u200b${text}` : text;
}

/** The run as a Mermaid gantt chart (GitHub renders it): each step's spans, the failed one marked, rewound ones named so. */
export function mermaidGantt(session: Session): string {
  const spans = stepSpans(session);
  if (spans.length === 0) return "";
  const end = (session as Partial<ArchivedSession>).ended_at ?? session.updated_at;
  const skipped = new Set(session.skipped);
  const label = mermaidLabel;
  const time = (at: string) => at.slice(0, 19);
  const lines = ["```mermaid", "gantt", `  title ${label(session.workflow)}`, "  dateFormat YYYY-MM-DDTHH:mm:ss", "  axisFormat %H:%M", "  section Steps"];
  spans.forEach((span, i) => {
    const last = i === spans.length - 1;
    let to = span.to ?? end;
    if (Date.parse(to) <= Date.parse(span.from)) to = `${new Date(Date.parse(span.from) + 1000).toISOString().slice(0, 19)}Z`;
    const tag = span.rewound || (skipped.has(span.step) && !last)
      ? ""
      : last && session.status === "failed"
        ? "crit, "
        : last && !session.step_done && session.status !== "completed"
          ? "active, "
          : skipped.has(span.step)
            ? ""
            : "done, ";
    lines.push(`  ${label(span.step)}${span.rewound ? " (rewound)" : ""} :${tag}s${i + 1}, ${time(span.from)}, ${time(to)}`);
  });
  lines.push("```");
  return lines.join("\n");
}

/** The `log` entries of a timeline: `2025-01-29T15:04:00Z  [monitor]  text`. */
export function logLines(session: Session): string[] {
  return (session.events ?? []).filter((e) => e.kind === "log").map((e) => `  ${e.at}  ${e.step ? `[${visible(e.step)}]  ` : ""}${visible(e.note ?? "").replaceAll("\n", "\n    ")}`);
}
