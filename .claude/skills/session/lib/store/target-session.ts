/**
 * The session a lifecycle command acts on: the one REF names (name, id or
 * unique id prefix, active or archived), or without REF the marked active
 * session, else the most recently updated active one.
 */

import { NotFoundError, UsageError } from "../core/errors.ts";
import { byMostRecent } from "../core/progress.ts";
import type { ArchivedSession, Session } from "../core/schema.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { failpoint } from "../fs/failpoints.ts";
import { readText } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import { type Found, listSessions, resolveSession } from "./read.ts";
import { markedSession } from "./start.ts";
import { type Store, sessionPath } from "./store.ts";

export interface Target {
  /** The session as stored: the active state, or the archived one (with ended_at, notes). */
  session: Session | ArchivedSession;
  /** The archive's path when the session is archived. */
  archive?: string;
  found: Found;
}

/**
 * The active session REF names (or the default one), for commands that change only active sessions: no archive is read.
 */
export async function activeTarget(store: Store, ref: string | undefined): Promise<Session> {
  const found = ref === undefined ? await defaultSession(store) : await resolveSession(store, ref);
  if (found?.where !== "active")
    throw new NotFoundError(`Session not found: ${ref}`, "Run `session get --all` to see the active sessions.");
  return found.session;
}

export async function targetSession(store: Store, ref: string | undefined, { archived = true } = {}): Promise<Target> {
  const found = ref === undefined ? await defaultSession(store) : await resolveSession(store, ref, { archived });
  if (!found) {
    throw new NotFoundError(
      `Session not found: ${ref}`,
      "Run `session list` to see the sessions, active and archived.",
    );
  }
  if (found.where === "active") return { session: found.session, found };
  const text = readText(found.path);
  if (text === undefined) throw new NotFoundError(`Session not found: ${ref} (its archive was removed meanwhile)`);
  return { session: parseArchive(text, found.path), archive: relativePath(store.paths, found.path), found };
}

async function defaultSession(store: Store): Promise<Found> {
  const marked = markedSession(store);
  if (marked) return (await resolveSession(store, marked)) as Found;
  const { sessions } = await listSessions(store);
  const recent =
    sessions.filter((s) => s.status !== "completed").sort(byMostRecent)[0] ?? sessions.sort(byMostRecent)[0];
  if (!recent)
    throw new UsageError(
      "no active session",
      "Name one (`session list` shows them all), or start one with `session start NAME`.",
    );
  failpoint("after-resolve");
  return { where: "active", session: recent, path: sessionPath(store, recent.workflow) };
}
