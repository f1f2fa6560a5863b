/**
 * Reading an archive back: its YAML frontmatter, parsed by gray-matter, is the
 * state that was saved. Apart from archive.ts so that writers (save) do not
 * bundle a YAML parser they never run.
 */
import { CorruptStateError } from "./errors.ts";
import { ARCHIVE_KEYS } from "./generated/keys.js";
import { validateArchivedSession } from "./generated/validate-archive.js";
import { isJsonObject } from "./json.ts";
import type { ArchivedSession } from "./schema.ts";
import { check, orderKeys } from "./validate.ts";

/** Parses an archive's frontmatter back into the state; the body is ignored. */
export function parseArchive(text: string, path = "archive"): ArchivedSession {
  // gray-matter costs ~30 ms to load, so only readers of archives pay for it.
  const matter = require("gray-matter") as typeof import("gray-matter");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM some editors add: accepted, never written
  if (!text.startsWith("---")) throw new CorruptStateError(path, "no-frontmatter", "has no frontmatter");
  let data: unknown;
  try {
    // Options disable gray-matter's cache, which is keyed by the text alone.
    data = matter(text, { excerpt: false }).data;
  } catch (error) {
    if (/^(<{7} |={7}$|>{7} )/m.test(text)) {
      throw new CorruptStateError(path, "conflict-markers", "holds git conflict markers", "Resolve the merge conflict in that file, then run `session doctor`.");
    }
    throw new CorruptStateError(path, "broken-frontmatter", `has broken frontmatter (${(error as Error).message.split("\n")[0]})`);
  }
  if (!isJsonObject(data)) throw new CorruptStateError(path, "broken-frontmatter", "has broken frontmatter");
  const checked = check<ArchivedSession>(validateArchivedSession, data);
  if (!checked.ok) throw new CorruptStateError(path, "invalid-state", `is not a valid archived session: ${checked.problem}`);
  return orderKeys(checked.value, ARCHIVE_KEYS);
}

