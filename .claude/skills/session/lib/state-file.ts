/**
 * The active state file's format: pretty JSON, keys in schema order, trailing
 * newline, so `git diff` shows only what changed. Pure: text <-> value, no disk.
 */
import { CorruptStateError, SessionError, UsageError } from "./errors.ts";
import { byteLength } from "./json.ts";
import type { Session } from "./schema.ts";
import { checkSession, orderKeys } from "./validate.ts";

export const MAX_STATE_BYTES = 1024 * 1024;

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

const CONFLICT_MARKER = /^(<{7} |={7}$|>{7} )/m;

/** Parses a state file's text; anything unreadable is a CorruptStateError naming the file. */
export function parseSession(text: string, path: string): Session {
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
  const checked = checkSession(value);
  if (!checked.ok) throw new CorruptStateError(path, "invalid-state", `is not a valid session: ${checked.problem}`);
  return checked.value;
}
