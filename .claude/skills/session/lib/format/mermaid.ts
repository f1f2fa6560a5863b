/** The run as a Mermaid gantt chart, for `show` and the archive's body (GitHub renders it). Pure. */
import type { Session } from "../core/schema.ts";
import { activePieces, type Stop, storyOf } from "../core/story.ts";

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
 * The run as a Mermaid gantt chart (GitHub renders it): each attempt at a step
 * as a bar, a failed one marked, rewound ones named so; the time it stood still
 * (a pause, a failure nobody had picked up yet, an interruption, an idle gap) is
 * cut out of the bars and drawn apart, so that no bar claims time nobody worked.
 */
export function mermaidGantt(session: Session): string {
  const { attempts, stops } = storyOf(session);
  if (attempts.length === 0) return "";
  const skipped = new Set(session.skipped);
  const label = mermaidLabel;
  const time = (at: string) => at.slice(0, 19);
  /** A bar from FROM to TO, at least a second long, so that Mermaid draws it. */
  const bar = (from: string, to: string) => {
    const end =
      Date.parse(to) <= Date.parse(from) ? `${new Date(Date.parse(from) + 1000).toISOString().slice(0, 19)}Z` : to;
    return `${time(from)}, ${time(end)}`;
  };
  const lines = [
    "```mermaid",
    "gantt",
    `  title ${label(session.workflow)}`,
    "  dateFormat YYYY-MM-DDTHH:mm:ss",
    "  axisFormat %H:%M",
    "  section Steps",
  ];
  const drawn = stops.filter((stop) => Date.parse(stop.to) > Date.parse(stop.from));
  let n = 0;
  attempts.forEach((attempt, i) => {
    const last = i === attempts.length - 1;
    const rewound = attempt.outcome === "rewound";
    const given = attempt.outcome === "skipped" || skipped.has(attempt.step);
    // A plan that branches draws each attempt by its own outcome: branches run side by side, each its own bar.
    const tag = session.needs
      ? attempt.outcome === "failed"
        ? "crit, "
        : attempt.outcome === "open"
          ? "active, "
          : attempt.outcome === "done"
            ? "done, "
            : ""
      : rewound
        ? ""
        : attempt.outcome === "failed" || (last && session.status === "failed")
          ? "crit, "
          : given && !last
            ? ""
            : last && !session.step_done && session.status !== "completed"
              ? "active, "
              : given
                ? ""
                : "done, ";
    const name = `${label(attempt.step)}${attempt.number > 1 ? ` (attempt ${attempt.number})` : ""}${rewound ? " (rewound)" : ""}`;
    for (const piece of activePieces(attempt, drawn))
      lines.push(`  ${name} :${tag}s${++n}, ${bar(piece.from, piece.to)}`);
  });
  if (drawn.length > 0) {
    lines.push("  section Stopped");
    drawn.forEach((stop, i) => {
      lines.push(`  ${STOP_LABELS[stop.kind]} :w${i + 1}, ${bar(stop.from, stop.to)}`);
    });
  }
  lines.push("```");
  return lines.join("\n");
}

const STOP_LABELS: Record<Stop["kind"], string> = {
  failed: "failed, waiting",
  paused: "paused",
  interrupted: "interrupted",
  idle: "idle",
  archived: "archived",
  waiting: "waiting for approval",
};
