/**
 * Reading history segments from disk (history.ts has their format): from the
 * state folder, never through a link, and for the merge driver, from git's
 * objects when the other branch's segment is not in the working tree yet.
 */
import { CorruptStateError } from "../core/errors.ts";
import { fullTimeline, type SegmentRef } from "../core/history.ts";
import type { Session, SessionEvent } from "../core/schema.ts";
import { join } from "../fs/path.ts";
import { readText } from "../fs/safe-read.ts";

/**
 * Every event of SESSION (its state folder: SESSIONS), its compacted history first; a segment missing or altered is
 * exit 4, naming it.
 */
export function wholeTimeline(sessions: string, session: Session): SessionEvent[] {
  if (!session.history) return session.events ?? [];
  try {
    return fullTimeline(session, segmentReader(sessions));
  } catch (error) {
    throw new CorruptStateError(join(sessions, session.history.last.file), "broken-history", (error as Error).message);
  }
}

/**
 * A reader of segments under SESSIONS (the state folder); with `git`, falling back to `git cat-file` by the segment's
 * blob id.
 */
export function segmentReader(
  sessions: string,
  { git = false }: { git?: boolean } = {},
): (ref: SegmentRef) => string | undefined {
  return (ref) => {
    let text: string | undefined;
    try {
      text = readText(join(sessions, ref.file));
    } catch {} // a link or a folder in its place: not a segment of ours
    return text ?? (git ? gitBlob(ref.oid) : undefined);
  };
}

function gitBlob(oid: string): string | undefined {
  if (!/^[0-9a-f]{40}$/.test(oid)) return undefined;
  try {
    const proc = Bun.spawnSync(["git", "cat-file", "blob", oid], { stdout: "pipe", stderr: "ignore" });
    return proc.exitCode === 0 ? proc.stdout.toString() : undefined;
  } catch {
    return undefined; // no git
  }
}
