/**
 * Active sessions on disk: one pretty JSON file each under `ia/state/sessions/`.
 * Every function takes the paths from its caller; nothing here reads the cwd.
 * Readers are async and load no node:fs; writers work under the session's lock.
 */
import { join } from "./path.ts";
import { CorruptStateError, SessionError, UsageError } from "./errors.ts";
import { ensureDir, exists, listFiles, readFile, readText, removeFile, writeFileAtomic } from "./files.ts";
import { byteLength } from "./json.ts";
import { withLock } from "./lock.ts";
import { caseKey, checkName, fileStem, isIdPrefix, nameFromStem } from "./names.ts";
import type { StatePaths } from "./paths.ts";
import type { Session } from "./schema.ts";
import { byMostRecent, type SessionSummary, summarize } from "./session.ts";
import { checkSession, orderKeys } from "./validate.ts";

export const MAX_STATE_BYTES = 1024 * 1024;

export const GITIGNORE = `# Derived, local files: never committed.
*.lock
*.broken
*.tmp
.index.sqlite*
.active-*
`;

export function sessionPath(paths: StatePaths, name: string): string {
  return join(paths.sessions, `${fileStem(name)}.json`);
}

/** Pretty JSON, keys in schema order, trailing newline: `git diff` shows only what changed. */
export function serializeSession(session: Session): string {
  return renderOrdered(orderKeys(session));
}

/** serializeSession for a state whose keys are already in order. */
function renderOrdered(session: Session): string {
  const checked = checkSession(session);
  if (!checked.ok) throw new SessionError(`refusing to write an invalid state for ${session.workflow}: ${checked.problem}`);
  const text = `${JSON.stringify(session, null, 2)}\n`;
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
export function parseSessionText(path: string, text: string): Session {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A file with conflict markers is never valid JSON, so only a failed parse needs the look.
    if (CONFLICT_MARKER.test(text)) {
      throw new CorruptStateError(
        path,
        "holds git conflict markers",
        "Resolve the merge conflict in that file (keep one side's JSON), then run `session doctor`.",
      );
    }
    throw new CorruptStateError(path, `is not valid JSON (${(error as Error).message})`);
  }
  const checked = checkSession(value);
  if (!checked.ok) throw new CorruptStateError(path, `is not a valid session: ${checked.problem}`);
  return checked.value;
}

/** The session in NAME's file, which on a case-insensitive file system may carry a name differing in case. */
function parseSessionFile(paths: StatePaths, name: string, text: string | undefined): Session | undefined {
  if (text === undefined) return undefined;
  const path = sessionPath(paths, name);
  const session = parseSessionText(path, text);
  if (caseKey(session.workflow) !== caseKey(name)) {
    throw new CorruptStateError(path, `carries the name ${JSON.stringify(session.workflow)}, not ${JSON.stringify(name)}`);
  }
  return session;
}

/** The active session named NAME, or undefined. */
export async function readSession(paths: StatePaths, name: string): Promise<Session | undefined> {
  const session = parseSessionFile(paths, name, await readFile(sessionPath(paths, checkName(name))));
  return session?.workflow === name ? session : undefined;
}

/** The same, for writers holding the lock: synchronous, refusing a symlink. */
export function readSessionLocked(paths: StatePaths, name: string): Session | undefined {
  const session = parseSessionFile(paths, name, readText(sessionPath(paths, name)));
  return session?.workflow === name ? session : undefined;
}

/**
 * Reads, changes and writes one session under its lock. `change` gets the
 * current state (undefined when absent) and returns the new one; whatever it
 * throws leaves every file as it was.
 */
export function updateSession(paths: StatePaths, name: string, change: (prev: Session | undefined) => Session): Session {
  // The first write creates the folder, with its .gitignore, but refuses a bad request before that.
  if (!exists(paths.sessions)) {
    serializeSession(change(undefined));
    ensureDir(paths.sessions);
    writeFileAtomic(join(paths.sessions, ".gitignore"), GITIGNORE);
  }
  return withLock(paths.sessions, caseKey(name), () => {
    const stored = parseSessionFile(paths, name, readText(sessionPath(paths, name)));
    if (stored && stored.workflow !== name) throw caseCollision(name, stored.workflow);
    if (!stored) {
      const twin = findCaseTwin(paths, name);
      if (twin) throw caseCollision(name, twin);
    }
    const next = orderKeys(change(stored));
    writeFileAtomic(sessionPath(paths, name), renderOrdered(next));
    return next;
  });
}

/** Deletes the active state of NAME; returns what was there. */
export function removeSession(paths: StatePaths, name: string): Session | undefined {
  if (!exists(paths.sessions)) return undefined;
  return withLock(paths.sessions, caseKey(name), () => {
    const session = readSessionLocked(paths, name);
    if (session) removeFile(sessionPath(paths, name));
    return session;
  });
}

function caseCollision(name: string, other: string): UsageError {
  return new UsageError(
    `${JSON.stringify(name)} differs from the active session ${JSON.stringify(other)} only in letter case`,
    "Case-insensitive file systems would merge the two files; use the existing name.",
  );
}

/** The state file names in the folder (`*.json`), without reading them. */
function listStateFiles(paths: StatePaths): string[] {
  return listFiles(paths.sessions, "*.json");
}

function findCaseTwin(paths: StatePaths, name: string): string | undefined {
  const key = caseKey(name);
  const twin = listStateFiles(paths).find((file) => file.slice(0, -5).toLowerCase() === key);
  return twin && nameFromStem(twin.slice(0, -5));
}

export interface Unreadable {
  path: string;
  reason: string;
}

/** Every active session; an unreadable file is reported, never the end of the scan. */
export async function listSessions(paths: StatePaths): Promise<{ sessions: Session[]; unreadable: Unreadable[] }> {
  const sessions: Session[] = [];
  const unreadable: Unreadable[] = [];
  const files = listStateFiles(paths);
  // Plain concatenation: the folder is already normal, and this loop may run 10,000 times.
  const pathOf = (file: string) => `${paths.sessions}/${file}`;
  const texts = await Promise.all(files.map((file) => readFile(pathOf(file)).catch((error: Error) => error)));
  files.forEach((file, i) => {
    const path = pathOf(file);
    const text = texts[i];
    try {
      if (text instanceof Error) throw text;
      if (text !== undefined) sessions.push(parseSessionText(path, text));
    } catch (error) {
      unreadable.push({ path, reason: (error as Error).message });
    }
  });
  return { sessions, unreadable };
}

/**
 * The name of the active session that ARG names: the name itself when such a
 * session exists (the name wins), else the one session whose id starts with ARG.
 */
export async function resolveActiveName(paths: StatePaths, arg: string): Promise<string | undefined> {
  if (await Bun.file(sessionPath(paths, checkName(arg))).exists()) return arg;
  return resolveId(paths, arg);
}

/** The name of the one active session whose id starts with ARG, if ARG can be an id. */
async function resolveId(paths: StatePaths, arg: string): Promise<string | undefined> {
  if (!isIdPrefix(arg)) return undefined;
  const files = listStateFiles(paths);
  // A cheap look at the id line of each file; the chosen session is parsed in full later.
  const texts = await Promise.all(files.map((file) => readFile(join(paths.sessions, file)).catch(() => undefined)));
  const matches = files.filter((_, i) => /"id"\s*:\s*"([0-9a-z]+)"/.exec(texts[i] ?? "")?.[1]?.startsWith(arg));
  if (matches.length > 1) {
    const names = matches.map((file) => nameFromStem(file.slice(0, -5)));
    throw new UsageError(`id prefix ${JSON.stringify(arg)} matches ${matches.length} sessions: ${names.join(", ")}`, "Give more characters of the id.");
  }
  return matches[0] && nameFromStem(matches[0].slice(0, -5));
}

/** The active session NAME or ID names, or undefined. */
export async function findSession(paths: StatePaths, arg: string): Promise<Session | undefined> {
  const byName = await readSession(paths, arg);
  if (byName) return byName;
  const name = await resolveId(paths, arg);
  return name === undefined ? undefined : readSession(paths, name);
}

/** `get --all`: a summary of every readable session, most recently updated first. */
export async function listSummaries(paths: StatePaths, warn: (text: string) => void): Promise<SessionSummary[]> {
  const { sessions, unreadable } = await listSessions(paths);
  for (const { reason } of unreadable) warn(`skipped ${reason}`);
  return sessions.map(summarize).sort(byMostRecent);
}
