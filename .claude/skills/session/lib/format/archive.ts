/**
 * The archive format: a markdown file that reads as a report first. Its YAML
 * frontmatter holds the final state without its timeline, then comes the
 * report (archive-report.ts), and last the whole timeline as a fenced JSON
 * Lines block (archive-timeline.ts). Markdown is the truth for finished
 * sessions: the frontmatter and the timeline block; the report is derived from them.
 */
import slugify from "slugify";
import { ARCHIVE_KEYS } from "../core/generated/keys.js";
import type { JsonObject } from "../core/json.ts";
import { numbered } from "../core/names.ts";
import type { ArchivedSession, Session, SessionEvent } from "../core/schema.ts";
import { applyEvents } from "../core/timeline.ts";
import { orderKeys } from "../core/validate.ts";
import { renderReport } from "./archive-report.ts";
import { renderTimelineBlock } from "./archive-timeline.ts";
import { renderYaml } from "./yaml.ts";

export interface ArchiveEnding {
  status: ArchivedSession["status"];
  endedAt: string;
  notes?: string;
}

/** The `save` event that says how SESSION ended (the store gives it its identity and writer). */
export function saveEvent(session: Session, { status, endedAt, notes }: ArchiveEnding): SessionEvent {
  const event: SessionEvent = { rev: session.rev + 1, at: endedAt, kind: "save", step: session.step, status };
  if (notes !== undefined) event.note = notes;
  return event;
}

/**
 * The state as archived: the session with a `save` event that says how it ended (the store's `saveSession` stamps that
 * event).
 */
export function archivedState(session: Session, ending: ArchiveEnding): ArchivedSession {
  return inArchiveOrder(applyEvents(session, [saveEvent(session, ending)]) as Session);
}

/** A saved state in the archive's key order. */
export function inArchiveOrder(saved: Session): ArchivedSession {
  return orderKeys(saved as ArchivedSession, ARCHIVE_KEYS);
}

/**
 * The archive: a short frontmatter (the state without its timeline), the
 * report, and last the timeline as a machine block. Without `events` (a state
 * from before timelines), there is no block, and the state still reads back as it was.
 */
export function renderArchive(state: ArchivedSession): string {
  const { events, ...withoutTimeline } = state;
  const frontmatter = renderYaml(withoutTimeline as unknown as JsonObject);
  const timeline = events === undefined ? "" : `\n${renderTimelineBlock(events)}`;
  return `---\n${frontmatter}---\n\n${renderReport(state)}${timeline}`;
}

const MAX_SLUG = 60;

/** `workflow:pr` → `workflow-pr`; accents transliterated, anything else dropped. */
export function slug(text: string): string {
  const words = slugify(text.replace(/[^\p{L}\p{N}]+/gu, " "), { lower: true, strict: true, trim: true });
  return words.length <= MAX_SLUG ? words : words.slice(0, MAX_SLUG).replace(/-[^-]*$/, "");
}

/**
 * `2025-01-29-workflow-pr-feat-xxx-k3v9q2.md`: the day it ended, the name, the
 * label, and the first 6 characters of the id, so that two machines or branches
 * saving the same workflow on the same day never add the same file (a merge
 * never conflicts). Then `…-2.md`, `…-3.md` should the same session be saved twice.
 */
export function archiveFileNames(
  workflow: string,
  endedAt: string,
  label: string | undefined,
  id: string,
): Generator<string> {
  const labelSlug = label ? slug(label) : "";
  return numbered(
    `${endedAt.slice(0, 10)}-${slug(workflow)}${labelSlug ? `-${labelSlug}` : ""}-${id.slice(0, 6)}.md`,
    ".md",
  );
}

/** The label a session's archive name carries: `--label`, else `context.branch`. */
export function archiveLabel(session: Session, label?: string): string | undefined {
  if (label !== undefined) return label;
  const branch = session.context.branch;
  return typeof branch === "string" ? branch : undefined;
}
