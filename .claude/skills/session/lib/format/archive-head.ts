/** The few top-level fields of an archive that finding a session needs, read without a YAML parser. */
import { withoutBom } from "../core/text.ts";
import { CONFLICT_MARKER } from "./conflict.ts";

export interface ArchiveHead {
  /** The frontmatter holds git conflict markers: the fields may be either side's. */
  conflicted?: boolean;
  workflow?: string;
  id?: string;
  type?: string;
  status?: string;
  step?: string;
  started_at?: string;
  updated_at?: string;
  ended_at?: string;
}

const HEAD_LINE = /^(workflow|id|type|status|step|started_at|updated_at|ended_at): ("(?:[^"\\]|\\.)*")$/;

/**
 * Reads the top-level scalar fields of the frontmatter: our writer puts each on
 * one unindented line as a JSON string, so this is an exact field match (a nested
 * `id` in the context is indented), at a fraction of a YAML parse's cost.
 */
export function readArchiveHead(text: string): ArchiveHead {
  const head: Record<string, string> & { conflicted?: boolean } = {};
  text = withoutBom(text);
  // CRLF too: git with core.autocrlf (and no .gitattributes yet) checks archives out so.
  const open = text.startsWith("---\n") ? 4 : text.startsWith("---\r\n") ? 5 : 0;
  if (open === 0) return head;
  const end = text.indexOf("\n---", 3);
  const front = text.slice(open, end === -1 ? undefined : end);
  // A merge left conflict markers: the fields are found (so the archive is), but flagged.
  if (CONFLICT_MARKER.test(front)) head.conflicted = true;
  for (const row of front.split("\n")) {
    const line = row.endsWith("\r") ? row.slice(0, -1) : row;
    const match = HEAD_LINE.exec(line);
    if (match) head[match[1] as string] = JSON.parse(match[2] as string);
  }
  return head;
}
