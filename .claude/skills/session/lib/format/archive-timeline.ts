/**
 * The archive's machine block: its whole timeline, last in the file, as a
 * fenced JSON Lines block under its own heading, one event a line, which the
 * tool and any JSON parser read. Pure, and without a YAML parser, so that the
 * index reads it as cheaply as the head.
 */
import { jsonTextDeeperThan } from "../core/json-input.ts";
import { MAX_FILE_DEPTH } from "../core/limits.ts";
import type { SessionEvent } from "../core/schema.ts";

export const TIMELINE_HEADING = "## Timeline (machine-readable)";
/** The fence's info string: `jsonl` for highlighters, `session-events` so that no other block is taken for it. */
export const TIMELINE_INFO = "jsonl session-events";

// Valid JSON either way; escaped so that no line separator, BOM or C1 control splits or hides a line for any reader.
const UNSAFE_IN_LINE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** The block, from its heading to its closing fence, with a trailing newline. */
export function renderTimelineBlock(events: readonly SessionEvent[]): string {
  const lines = events.map((event) =>
    JSON.stringify(event).replace(UNSAFE_IN_LINE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
  // Every line is a JSON object, so it starts with `{` and none can close a fence of three backticks.
  return [
    TIMELINE_HEADING,
    "",
    "Every event of the session, one JSON object a line: with the frontmatter, what `session` reads back.",
    "",
    `\`\`\`${TIMELINE_INFO}`,
    ...lines,
    "```",
    "",
  ].join("\n");
}

/** The machine block was found but cannot be read: why (too deep: past a bound, as any stored file can be). */
export class TimelineBlockError extends Error {
  constructor(
    message: string,
    readonly reason: "broken-timeline" | "too-deep" = "broken-timeline",
  ) {
    super(message);
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The lines of the timeline block in BODY (the text after the frontmatter), or
 * undefined when it has none (an archive in the earlier layout). Fences are
 * followed as markdown does, so a block quoted inside another fenced block (a
 * note that holds an archive) is never taken for it; a second block, or one
 * that never closes (a file cut short), is an error, never a shorter timeline.
 */
export function timelineLines(body: string): string[] | undefined {
  let open: { char: string; length: number; ours: boolean } | undefined;
  let lines: string[] | undefined;
  let closed = false;
  for (const raw of body.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const fence = FENCE.exec(line);
    if (open) {
      if (fence && fence[1]?.[0] === open.char && (fence[1]?.length ?? 0) >= open.length && !fence[2]?.trim()) {
        if (open.ours) closed = true;
        open = undefined;
      } else if (open.ours) lines?.push(line);
      continue;
    }
    if (!fence) continue;
    const marker = fence[1] as string;
    const info = (fence[2] ?? "").trim();
    if (marker[0] === "`" && info.includes("`")) continue; // not a fence to CommonMark
    const ours = info === TIMELINE_INFO;
    if (ours) {
      if (lines) throw new TimelineBlockError("holds two timeline blocks");
      lines = [];
    }
    open = { char: marker[0] as string, length: marker.length, ours };
  }
  if (lines && !closed) throw new TimelineBlockError("has a timeline block that never ends (the file is cut short)");
  return lines?.filter((line) => line.trim() !== "");
}

/**
 * The events of the timeline block in BODY, as JSON values (the schema checks
 * them with the rest of the state), or undefined when it has none. Each line's
 * nesting is bounded before JSON.parse, as a state file's is.
 */
export function timelineEvents(body: string): unknown[] | undefined {
  return timelineLines(body)?.map((line, i) => {
    if (jsonTextDeeperThan(line, MAX_FILE_DEPTH))
      throw new TimelineBlockError(
        `has timeline event ${i + 1} nested more than ${MAX_FILE_DEPTH} levels deep`,
        "too-deep",
      );
    try {
      return JSON.parse(line);
    } catch {
      throw new TimelineBlockError(`has a timeline block whose line ${i + 1} is not JSON`);
    }
  });
}
