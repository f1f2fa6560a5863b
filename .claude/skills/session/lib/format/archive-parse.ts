/**
 * Reading an archive back: its YAML frontmatter is the state that was saved,
 * and its timeline block (archive-timeline.ts) the events; an archive in the
 * earlier layout holds its events in the frontmatter.
 * An archive can arrive through git from anyone, so it is read as data only: a
 * front matter that names a language (`---js`, which gray-matter would run) is
 * refused, the YAML is loaded with js-yaml's safe schema (no tags that build
 * code), and anchors, nesting and size are bounded before anything is built on
 * the result. Apart from archive.ts so that writers (save) do not bundle a YAML parser.
 */
import { CorruptStateError, tooLarge } from "../core/errors.ts";
import { ARCHIVE_KEYS } from "../core/generated/keys.js";
import { validateArchivedSession } from "../core/generated/validate-archive.js";
import { isJsonObject, type JsonObject } from "../core/json.ts";
import { MAX_ARCHIVE_BYTES, MAX_FILE_DEPTH } from "../core/limits.ts";
import type { ArchivedSession } from "../core/schema.ts";
import { withoutBom } from "../core/text.ts";
import { check, orderKeys } from "../core/validate.ts";
import { TimelineBlockError, timelineEvents } from "./archive-timeline.ts";
import { CONFLICT_MARKER } from "./conflict.ts";
import { checkStoredDepth } from "./state-file.ts";

/** The frontmatter's YAML text and the body after it, or a CorruptStateError saying why there is none we may read. */
function frontmatterOf(text: string, path: string): { front: string; body: string } {
  if (text.length > MAX_ARCHIVE_BYTES) throw tooLarge(path, MAX_ARCHIVE_BYTES);
  text = withoutBom(text);
  const open = /^---([^\r\n]*)\r?\n/.exec(text);
  if (!open) throw new CorruptStateError(path, "no-frontmatter", "has no frontmatter");
  const language = (open[1] ?? "").trim();
  if (language !== "") {
    throw new CorruptStateError(
      path,
      "front-matter-engine",
      `has a front matter that names a language (${JSON.stringify(language.slice(0, 40))}); archives are data, ` +
        `and no front matter is run as code`,
    );
  }
  const body = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(body);
  if (!close)
    throw new CorruptStateError(path, "broken-frontmatter", "has a frontmatter that never ends (no closing ---)");
  return { front: body.slice(0, close.index), body: body.slice(close.index + close[0].length) };
}

/**
 * Loads YAML as plain data: the safe schema (strings, numbers, maps, lists; no
 * `!!js/function`), no anchors or aliases (a few hundred bytes of aliases can
 * expand to gigabytes: "billion laughs"), at most MAX_FILE_DEPTH levels (checked
 * as the parser descends, so a deep file never reaches the stack's limit).
 */
export function loadYaml(yamlText: string): unknown {
  const yaml = require("js-yaml") as typeof import("js-yaml");
  let depth = 0;
  // js-yaml records an anchor when its node is complete, before any alias can name it: refused there.
  // (`anchorMap` is js-yaml's, left out of its published types.)
  const listener = (event: string, state: import("js-yaml").State & { anchorMap?: object }) => {
    if (event === "open" && ++depth > MAX_FILE_DEPTH)
      throw new YamlBoundError("too-deep", `is nested more than ${MAX_FILE_DEPTH} levels deep`);
    if (event === "close") depth--;
    for (const _ in state.anchorMap)
      throw new YamlBoundError("yaml-anchor", "holds a YAML anchor; archives never use anchors or aliases");
  };
  return yaml.safeLoad(yamlText, { schema: yaml.DEFAULT_SAFE_SCHEMA, listener });
}

/** YAML past a bound: refused as the parser reaches it, before anything is built from it. */
export class YamlBoundError extends Error {
  constructor(
    readonly reason: "too-deep" | "yaml-anchor",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses an archive back into the state: the frontmatter, with the events of
 * its timeline block; the report between them is derived, and ignored.
 */
export function parseArchive(text: string, path = "archive"): ArchivedSession {
  const { front, body } = frontmatterOf(text, path);
  let data: unknown;
  try {
    data = loadYaml(front);
  } catch (error) {
    if (error instanceof YamlBoundError) throw new CorruptStateError(path, error.reason, error.message);
    if (CONFLICT_MARKER.test(text)) throw conflicted(path);
    throw new CorruptStateError(
      path,
      "broken-frontmatter",
      `has broken frontmatter (${(error as Error).message.split("\n")[0]})`,
    );
  }
  if (!isJsonObject(data)) throw new CorruptStateError(path, "broken-frontmatter", "has broken frontmatter");
  let events: unknown[] | undefined;
  try {
    events = timelineEvents(body);
  } catch (error) {
    if (!(error instanceof TimelineBlockError)) throw error;
    if (error.reason === "broken-timeline" && CONFLICT_MARKER.test(text)) throw conflicted(path);
    throw new CorruptStateError(path, error.reason, error.message);
  }
  if (events !== undefined) {
    // Both layouts at once is no archive we wrote: which timeline is the truth cannot be told.
    if (Object.hasOwn(data, "events"))
      throw new CorruptStateError(
        path,
        "broken-timeline",
        "holds its timeline twice: as `events` in the frontmatter and in the timeline block",
      );
    data.events = events as JsonObject[string];
  }
  checkStoredDepth(data, path);
  const checked = check<ArchivedSession>(validateArchivedSession, data);
  if (!checked.ok)
    throw new CorruptStateError(path, "invalid-state", `is not a valid archived session: ${checked.problem}`);
  return orderKeys(checked.value, ARCHIVE_KEYS);
}

function conflicted(path: string): CorruptStateError {
  return new CorruptStateError(
    path,
    "conflict-markers",
    "holds git conflict markers",
    "Resolve the merge conflict in that file, then run `session doctor`.",
  );
}
