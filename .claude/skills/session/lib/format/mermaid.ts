/** The run as a Mermaid gantt chart, for `show` and the archive's body (GitHub renders it). Pure. */
import type { ArchivedSession, Session } from "../core/schema.ts";

interface Span {
  step: string;
  from: string;
  to?: string;
  /** The index of the event that opened it. */
  event: number;
  rewound?: boolean;
}

/**
 * The spans of time spent in each step, from the timeline: an `enter` opens one; a replay rewinds the later ones and
 * reopens its step.
 */
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
const KEYWORDS = new RegExp(
  "^(gantt|title|section|click|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|" +
    "inclusiveenddates|topaxis|displaymode|acc\\w*|\\d|%)",
  "i",
);

/**
 * A step name as a Mermaid task name: `:`, `;`, `#` and `%%` are syntax to
 * Mermaid (look-alikes keep the name readable), and a name starting like a statement
 * gets an invisible zero-width space in front, so it stays a task.
 */
export function mermaidLabel(step: string): string {
  const text = step.replaceAll(":", "∶").replaceAll(";", "⁏").replaceAll("#", "＃").replaceAll("%%", "％％");
  return KEYWORDS.test(text.trimStart()) ? `\u200b${text}` : text;
}

/**
 * The run as a Mermaid gantt chart (GitHub renders it): each step's spans, the failed one marked, rewound ones named
 * so.
 */
export function mermaidGantt(session: Session): string {
  const spans = stepSpans(session);
  if (spans.length === 0) return "";
  const end = (session as Partial<ArchivedSession>).ended_at ?? session.updated_at;
  const skipped = new Set(session.skipped);
  const label = mermaidLabel;
  const time = (at: string) => at.slice(0, 19);
  const lines = [
    "```mermaid",
    "gantt",
    `  title ${label(session.workflow)}`,
    "  dateFormat YYYY-MM-DDTHH:mm:ss",
    "  axisFormat %H:%M",
    "  section Steps",
  ];
  spans.forEach((span, i) => {
    const last = i === spans.length - 1;
    let to = span.to ?? end;
    if (Date.parse(to) <= Date.parse(span.from))
      to = `${new Date(Date.parse(span.from) + 1000).toISOString().slice(0, 19)}Z`;
    const tag =
      span.rewound || (skipped.has(span.step) && !last)
        ? ""
        : last && session.status === "failed"
          ? "crit, "
          : last && !session.step_done && session.status !== "completed"
            ? "active, "
            : skipped.has(span.step)
              ? ""
              : "done, ";
    lines.push(
      `  ${label(span.step)}${span.rewound ? " (rewound)" : ""} :${tag}s${i + 1}, ${time(span.from)}, ${time(to)}`,
    );
  });
  lines.push("```");
  return lines.join("\n");
}
