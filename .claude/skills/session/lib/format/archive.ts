/**
 * The archive format: a markdown file whose YAML frontmatter holds the whole
 * final state and whose body reads like a report. Markdown is the truth for
 * finished sessions; the body is derived from the frontmatter.
 */
import slugify from "slugify";
import { formatDuration } from "../core/duration.ts";
import { ARCHIVE_KEYS } from "../core/generated/keys.js";
import type { JsonObject } from "../core/json.ts";
import { mergeResolutions } from "../core/merge.ts";
import { numbered } from "../core/names.ts";
import { STEP_SYMBOLS, stepMarks } from "../core/progress.ts";
import type { ArchivedSession, Session, SessionEvent } from "../core/schema.ts";
import { plural } from "../core/text.ts";
import { applyEvents } from "../core/timeline.ts";
import { orderKeys } from "../core/validate.ts";
import { mermaidGantt } from "./mermaid.ts";
import { visible } from "./printable.ts";
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

export function renderArchive(state: ArchivedSession): string {
  const frontmatter = renderYaml(state as unknown as JsonObject);
  return `---\n${frontmatter}---\n\n${renderReport(state)}`;
}

function renderReport(state: ArchivedSession): string {
  const duration = formatDuration(Date.parse(state.ended_at) - Date.parse(state.started_at));
  const marks = stepMarks(state as Session);
  const entered = state.steps.length;
  const lines = [
    `# ${state.workflow}`,
    "",
    `${capitalize(state.status)} on ${state.ended_at.slice(0, 10)} after ${duration}: ` +
      `${plural(entered, "step")} entered${state.errors?.length ? `, ${plural(state.errors.length, "error")}` : ""}.`,
    "",
    "| | |",
    "| --- | --- |",
    `| Status | ${state.status} |`,
    `| ID | \`${state.id}\` |`,
    `| Type | ${state.type} |`,
    `| Started | ${state.started_at} |`,
    `| Ended | ${state.ended_at} |`,
    `| Duration | ${duration} |`,
    ...(state.continued_from ? [`| Continued from | \`${state.continued_from}\` |`] : []),
    "",
    "## Steps",
    "",
    ...marks.map(
      ({ step, mark, error }, i) =>
        `${i + 1}. ${STEP_SYMBOLS[mark]} ${escapeInline(step)}${mark === "todo" ? " (not reached)" : ""}` +
        `${error ? ` — ${escapeInline(error)}` : ""}`,
    ),
    "",
    "## Context",
    "",
    fenced("json", JSON.stringify(state.context, null, 2)),
  ];
  if (state.usage && Object.keys(state.usage).length > 0) {
    lines.push("", "## Usage", "", ...Object.entries(state.usage).map(([k, v]) => `- ${escapeInline(k)}: ${v}`));
  }
  if (state.errors?.length) {
    lines.push(
      "",
      "## Errors",
      "",
      ...state.errors.map((e) => `- **${escapeInline(e.step)}** (${e.at}): ${escapeInline(e.message)}`),
    );
  }
  if (state.artifacts?.length) {
    lines.push(
      "",
      "## Artifacts",
      "",
      ...state.artifacts.map((path) => `- [${escapeInline(path)}](<${linkTo(path)}>)`),
    );
  }
  const log = (state.events ?? []).filter((e) => e.kind === "log");
  if (log.length > 0)
    lines.push(
      "",
      "## Log",
      "",
      ...log.map((e) => `- ${e.at}${e.step ? ` (${escapeInline(e.step)})` : ""}: ${escapeInline(e.note ?? "")}`),
    );
  const merges = mergeResolutions(state);
  if (merges.length > 0) lines.push("", "## Merges", "", ...merges.map((m) => `- ${m.at}: ${escapeInline(m.text)}`));
  const chart = mermaidGantt(state as Session);
  if (chart) lines.push("", "## Timeline", "", chart);
  if (state.notes) lines.push("", "## Notes", "", fenced("text", visible(state.notes.replace(/\r\n?/g, "\n"))));
  return `${lines.join("\n")}\n`;
}

/**
 * A link to an artifact, from the archive: paths are relative to the project
 * root, three folders up; Windows paths become `/`-paths (a drive, a file://
 * URL). Percent-encoded past what encodeURI does, so `)`, `#`, `?`, `<` never
 * end or split the link in any markdown reader.
 */
function linkTo(path: string): string {
  const slashed = path.replaceAll("\\", "/");
  const target = /^[A-Za-z]:\//.test(slashed)
    ? `file:///${slashed}`
    : slashed.startsWith("/")
      ? slashed
      : `../../../../${slashed}`;
  return encodeURI(target).replace(/[()#?<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function fenced(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/**
 * A user's string inside a line of the report: line breaks become spaces; the
 * characters markdown (CommonMark, and pandoc's: `$` math, `^` `~` scripts, `@`
 * citations) reads as structure anywhere are backslash-escaped, and so is a
 * list or heading marker at its start (`- x`, `1. y`, `: z`). No step name, key
 * or message can become a heading, a list, a link, a comment or a second frontmatter.
 */
function escapeInline(text: string): string {
  return visible(text.replace(/[\r\n\u0085\u2028\u2029]+/g, " "))
    .replace(/([\\`*_{}[\]()#!|<>~&$^@])/g, "\\$1")
    .replace(
      /^(\s*)([-+:=]|\d+[.)])/,
      (_, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
    );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
