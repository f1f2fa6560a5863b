/**
 * The active state file's format: pretty JSON, keys in schema order, trailing
 * newline, so `git diff` shows only what changed. Pure: text <-> value, no disk.
 */
import { CorruptStateError, SessionError, tooLarge, UsageError } from "./errors.ts";
import { byteLength, isJsonObject } from "./json.ts";
import { jsonTextDeeperThan, valueDeeperThan } from "./json-input.ts";
import { MAX_DEPTH, MAX_FILE_DEPTH, MAX_STATE_BYTES } from "./limits.ts";
import type { Session } from "./schema.ts";
import { checkSession, orderKeys } from "./validate.ts";

export function serializeSession(session: Session): string {
  const ordered = orderKeys(session);
  const checked = checkSession(ordered);
  if (!checked.ok) throw new SessionError(`refusing to write an invalid state for ${session.workflow}: ${checked.problem}`);
  const text = `${JSON.stringify(ordered, null, 2)}\n`;
  const size = byteLength(text);
  if (size > MAX_STATE_BYTES) {
    throw new UsageError(
      `the state of ${session.workflow} would be ${size} bytes, over the 1 MiB limit`,
      "State is committed to git: keep large data in files and record their paths with --artifact.",
    );
  }
  return text;
}

export const CONFLICT_MARKER = /^(<{7} |={7}$|>{7} )/m;

/**
 * Parses a state file's text; anything unreadable is a CorruptStateError naming
 * the file. A file from git is input from a stranger: its size and nesting are
 * bounded before JSON.parse or any recursion, so no file costs more than a fixed time and memory.
 */
export function parseSession(text: string, path: string): Session {
  if (text.length > MAX_STATE_BYTES) throw tooLarge(path, MAX_STATE_BYTES);
  if (jsonTextDeeperThan(text, MAX_FILE_DEPTH)) throw tooDeep(path);
  let value: unknown;
  try {
    // A leading BOM (some Windows editors add one) is accepted, and never written back.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // A file with conflict markers is never valid JSON, so only a failed parse needs the look.
    if (CONFLICT_MARKER.test(text)) {
      throw new CorruptStateError(
        path,
        "conflict-markers",
        "holds git conflict markers",
        "Resolve the conflict by hand, or register the session merge driver (`session doctor --fix`) and merge again; then run `session doctor`.",
      );
    }
    throw new CorruptStateError(path, "invalid-json", `is not valid JSON (${(error as Error).message})`);
  }
  checkStoredDepth(value, path);
  const checked = checkSession(value);
  if (!checked.ok) throw new CorruptStateError(path, "invalid-state", `is not a valid session: ${checked.problem}`);
  return checked.value;
}

/** A stored context (the state's, an event's patch or copied state) nested over 64 levels makes the file corrupt, as it would be refused as input. */
export function checkStoredDepth(value: unknown, path: string): void {
  if (!isJsonObject(value)) return;
  const contexts: unknown[] = [value.context, value.vars];
  if (Array.isArray(value.events)) {
    for (const event of value.events) if (isJsonObject(event)) contexts.push(event.patch, event.context, isJsonObject(event.state) ? event.state.context : undefined);
  }
  if (contexts.some((context) => valueDeeperThan(context, MAX_DEPTH))) throw tooDeep(path);
}

function tooDeep(path: string): CorruptStateError {
  return new CorruptStateError(path, "too-deep", `is nested more than ${MAX_DEPTH} levels deep, more than this tool ever writes`);
}
