/**
 * The active state file's format: pretty JSON, keys in schema order, trailing
 * newline, so `git diff` shows only what changed. Pure: text <-> value, no disk.
 */

import { CorruptStateError, SessionError, tooLarge, UsageError } from "../core/errors.ts";
import { byteLength, isJsonObject } from "../core/json.ts";
import { jsonTextDepth, valueDeeperThan } from "../core/json-input.ts";
import { MAX_DEPTH, MAX_FILE_DEPTH, MAX_STATE_BYTES, MAX_STATE_READ_BYTES } from "../core/limits.ts";
import type { Session } from "../core/schema.ts";
import { withoutBom } from "../core/text.ts";
import { checkSession, orderKeys } from "../core/validate.ts";
import { CONFLICT_MARKER, conflictSides } from "./conflict.ts";

export function serializeSession(session: Session): string {
  return checkStateSize(renderSession(session), session.workflow);
}

/** The state file's text, validated, whatever its size. */
export function renderSession(session: Session): string {
  return renderOrdered(orderKeys(session));
}

/** `renderSession` for a state whose keys are already in order (the store orders once per write). */
export function renderOrdered(ordered: Session): string {
  const checked = checkSession(ordered);
  if (!checked.ok)
    throw new SessionError(`refusing to write an invalid state for ${ordered.workflow}: ${checked.problem}`);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * TEXT, if a state file may be that large: MAX_STATE_BYTES, or up to the read
 * bound for a write that only records what happened (an error, a pause, a
 * note), so that a session at its limit can still say it failed and be saved.
 */
export function checkStateSize(text: string, workflow: string, recording = false): string {
  const size = byteLength(text);
  const limit = recording ? MAX_STATE_READ_BYTES : MAX_STATE_BYTES;
  if (size > limit) {
    throw new UsageError(
      `the state of ${workflow} would be ${size} bytes, over the ${limit / 1024 / 1024} MiB limit (older ` +
        `events are compacted: what remains is its context, steps, errors and artifacts)`,
      `State is committed to git: keep large data in files (--artifact PATH) and drop large keys with ` +
        `\`session set ${workflow} STEP '{"KEY":null}'\`, or archive it as it is with \`session save ` +
        `${workflow}\`.`,
    );
  }
  return text;
}

/**
 * Parses a state file's text; anything unreadable is a CorruptStateError naming
 * the file. A file from git is input from a stranger: its size and nesting are
 * bounded before JSON.parse or any recursion, so no file costs more than a fixed time and memory.
 */
export function parseSession(text: string, path: string): Session {
  if (text.length > MAX_STATE_READ_BYTES) throw tooLarge(path, MAX_STATE_READ_BYTES);
  const depth = jsonTextDepth(text, MAX_FILE_DEPTH);
  if (depth > MAX_FILE_DEPTH) throw tooDeep(path);
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch (error) {
    // A file with conflict markers is never valid JSON, so only a failed parse needs the look.
    if (CONFLICT_MARKER.test(text)) {
      const twins = conflictingSessions(text, path);
      if (twins && twins.ours.id !== twins.theirs.id) {
        const { ours, theirs } = twins;
        throw new CorruptStateError(
          path,
          "conflict-markers",
          `holds two different sessions started under the name ${ours.workflow} on two branches (ids ` +
            `${ours.id} and ${theirs.id}), between git conflict markers`,
          `Keep both: \`session rename ${ours.workflow} NEW_NAME --id ${theirs.id}\` moves that one to ` +
            `NEW_NAME and leaves the other as ${ours.workflow}; then commit both files.`,
        );
      }
      throw new CorruptStateError(
        path,
        "conflict-markers",
        "holds git conflict markers",
        "Resolve the conflict by hand, or register the session merge driver (`session doctor --fix`) and merge " +
          "again; then run `session doctor`.",
      );
    }
    throw new CorruptStateError(path, "invalid-json", `is not valid JSON (${(error as Error).message})`);
  }
  // A context starts at the file's second level: a file no deeper than MAX_DEPTH + 1 holds none too deep (no walk).
  if (depth > MAX_DEPTH + 1) checkStoredDepth(value, path);
  const checked = checkSession(value);
  if (!checked.ok) throw new CorruptStateError(path, "invalid-state", `is not a valid session: ${checked.problem}`);
  return checked.value;
}

/**
 * The two sessions a state file with conflict markers holds, when each side is
 * a readable session (two started under one name on two branches, or one the
 * driver did not merge); undefined otherwise.
 */
export function conflictingSessions(text: string, path: string): { ours: Session; theirs: Session } | undefined {
  const sides = conflictSides(text);
  if (!sides || CONFLICT_MARKER.test(sides.ours) || CONFLICT_MARKER.test(sides.theirs)) return undefined;
  try {
    return { ours: parseSession(sides.ours, `${path} (ours)`), theirs: parseSession(sides.theirs, `${path} (theirs)`) };
  } catch {
    return undefined;
  }
}

/**
 * A stored context (the state's, an event's patch or copied state) nested over 64 levels makes the file corrupt, as it
 * would be refused as input.
 */
export function checkStoredDepth(value: unknown, path: string): void {
  if (!isJsonObject(value)) return;
  const contexts: unknown[] = [value.context, value.vars];
  if (Array.isArray(value.events)) {
    for (const event of value.events)
      if (isJsonObject(event))
        contexts.push(event.patch, event.context, isJsonObject(event.state) ? event.state.context : undefined);
  }
  if (contexts.some((context) => valueDeeperThan(context, MAX_DEPTH))) throw tooDeep(path);
}

function tooDeep(path: string): CorruptStateError {
  return new CorruptStateError(
    path,
    "too-deep",
    `is nested more than ${MAX_DEPTH} levels deep, more than this tool ever writes`,
  );
}
