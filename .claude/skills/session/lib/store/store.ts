/**
 * The one storage API, part one: the store handle, finding sessions (by name,
 * id or unique id prefix, active and archived), and writing active state.
 * Every mutation (here, in save.ts, start.ts, rename.ts and repair.ts) takes the
 * session's lock through `locked`, re-reads what it changes, writes through the
 * atomic primitives of files.ts and reports what changed through `emit` to the
 * one `onChange` hook (where the index plugs in). Free functions rather than a
 * class, so each command's bundle carries only the operations it calls.
 */
import { ConflictError, CorruptStateError, NotFoundError, UsageError } from "../core/errors.ts";
import { checkpointAfter, compact, eventsToKeep } from "../core/history.ts";
import { stampEvents, withIdentities } from "../core/identity.ts";
import { caseKey, fileStem, nameFromStem } from "../core/names.ts";
import type { Session, SessionEvent } from "../core/schema.ts";
import { applyEvents, type FoldState } from "../core/timeline.ts";
import { orderKeys } from "../core/validate.ts";
import { checkStateSize, parseSession, renderOrdered } from "../format/state-file.ts";
import { ensureDir, exists, nodeFs, removeFile, removeQuietly, writeFileAtomic, writeFileNew } from "../fs/files.ts";
import { dirname, join } from "../fs/path.ts";
import { checkFolders, listFiles, readText } from "../fs/safe-read.ts";
import type { StatePaths } from "../fs/state-paths.ts";
import { segmentReader } from "./history-segments.ts";
import { DEFAULT_LOCK_STALE_MS, DEFAULT_LOCK_TIMEOUT_MS, type HeldLock, type LockOptions, withLock } from "./lock.ts";

export const GITIGNORE = `# Derived, local files: never committed.
*.lock
*.broken
*.tmp
.index/
.active-*
.corrupt/
`;

/** Beside it: state files merge through the session driver, and every file keeps LF line endings. */
export const GITATTRIBUTES = `# Written by the session tool. State files merge through its driver (registered in
# .git/config by \`session doctor --fix\`); every file keeps LF endings, whatever core.autocrlf says.
* text eol=lf
*.json merge=session
archives/*.md merge=session
`;

/** What a mutation changed; paths are absolute. */
export type Change =
  | {
      op: "write" | "remove";
      workflow: string;
      id: string;
      path: string;
      /** write: the text written (the index takes the new row from it, never reading the file again). */
      text?: string;
    }
  | { op: "archive"; workflow: string; id: string; path: string; archive: string }
  | {
      op: "remove-archive" | "remove-leftover" | "write-gitignore" | "write-gitattributes" | "write-marker";
      path: string;
    }
  | { op: "move-archive" | "move-aside"; path: string; to: string };

/** A project's state folders, and how writers behave there. */
export interface Store {
  readonly paths: StatePaths;
  /** How long a writer waits for a session's lock, and when another host's lock counts as stale. */
  readonly lock: LockOptions;
  readonly onChange?: (change: Change) => void;
  /** Who writes (recorded on each new event); asked only by writers, once. */
  readonly actor?: () => string | undefined;
}

/**
 * The state folders, each inside the one before: a symlink among them (git carries them) is refused, never followed.
 */
export const ACTIVE_FOLDERS = ["ia", "ia/state", "ia/state/sessions"] as const;
export const ALL_FOLDERS = [...ACTIVE_FOLDERS, "ia/state/sessions/archives"] as const;

/** Refuses (exit 4, naming it) a state folder that is a symlink or a file. */
export function checkStoreFolders(store: Store, folders: readonly string[] = ALL_FOLDERS): void {
  checkFolders(store.paths.root, folders);
}

export function openStore(
  paths: StatePaths,
  options: { lock?: Partial<LockOptions>; onChange?: (change: Change) => void; actor?: () => string | undefined } = {},
): Store {
  return {
    paths,
    lock: { timeoutMs: DEFAULT_LOCK_TIMEOUT_MS, staleMs: DEFAULT_LOCK_STALE_MS, ...options.lock },
    onChange: options.onChange,
    actor: options.actor,
  };
}

/**
 * STATE (none: a new session) with EVENTS appended, the one way a write adds to
 * a timeline: each new event gets its identity and its writer here, and events
 * from before identities get theirs (derived from their content).
 */
export function appendEvents(store: Store, state: Session | undefined, events: readonly SessionEvent[]): Session {
  const base = state ? { ...state, events: withIdentities(state.events ?? []) } : {};
  return applyEvents(base, stampEvents(events, store.actor?.())) as Session;
}

export function sessionPath(store: Store, name: string): string {
  return join(store.paths.sessions, `${fileStem(name)}.json`);
}

// ---- active state ----

/**
 * Reads, changes and writes one session under its lock. `change` gets the
 * current state (undefined when absent) and returns the events to append; none
 * means nothing to write. Whatever it throws leaves every file as it was.
 */
export function updateSession(
  store: Store,
  name: string,
  change: (prev: Session | undefined) => SessionEvent[],
  expectId?: string,
): Session {
  return writeActive(store, name, (stored) => {
    checkId(stored, name, expectId);
    const events = change(stored);
    if (events.length === 0 && !stored) throw notActive(name);
    return events.length === 0 ? undefined : appendEvents(store, stored, events);
  });
}

/**
 * `updateSession` for a session the command found first (by name, id or id
 * prefix): it changes FOUND only, as re-read under the lock (see `checkId`).
 */
export function updateFound(
  store: Store,
  found: Pick<Session, "workflow" | "id">,
  change: (stored: Session) => SessionEvent[],
): Session {
  return updateSession(store, found.workflow, (stored) => change(stored as Session), found.id);
}

/**
 * The one way active state is written: under NAME's lock, `next` gets the
 * stored state and returns the state to write (undefined: write nothing).
 * The first write creates the folder with its .gitignore; a refused first write
 * takes them away again. Names differing only in case may not both be active.
 */
export function writeActive(
  store: Store,
  name: string,
  next: (stored: Session | undefined, lock: HeldLock) => Session | undefined,
): Session {
  checkStoreFolders(store);
  const created = exists(store.paths.sessions) ? undefined : createFolder(store);
  try {
    return lockedChecked(store, name, (lock) => {
      const path = sessionPath(store, name);
      const stored = readLocked(store, name);
      if (stored && stored.workflow !== name) throw caseCollision(name, stored.workflow);
      const twin = stored ? undefined : caseTwin(store, name);
      if (twin) throw caseCollision(name, twin);
      const state = next(stored, lock);
      if (state === undefined) return stored as Session;
      // One key ordering, one validation, one rendering per write (twice only when it compacts).
      let ordered = orderKeys(state);
      let text = renderOrdered(ordered);
      const keep = eventsToKeep(ordered, text.length);
      const compacted = keep === undefined ? undefined : compacting(store, ordered, keep);
      if (compacted) {
        ordered = orderKeys(compacted.state);
        text = renderOrdered(ordered);
      }
      checkStateSize(text, name, onlyRecords(stored, ordered));
      // The segment first: a crash in between leaves the old state and a segment nothing names yet.
      if (compacted) writeSegment(store, compacted);
      writeFileAtomic(path, text, lock.verify);
      emit(store, { op: "write", workflow: ordered.workflow, id: ordered.id, path, text });
      return ordered;
    });
  } catch (error) {
    if (created) removeEmptyFolders(created, join(store.paths.sessions, ".gitignore"));
    throw error;
  }
}

/**
 * SESSION compacted, or undefined when its history's newest segment cannot be
 * read (a checkout that left it out): the write goes on uncompacted, so a
 * session can still record an error or be paused, and `doctor` names the segment.
 */
function compacting(store: Store, session: Session, keep: number): ReturnType<typeof compact> | undefined {
  let before: FoldState;
  try {
    before = checkpointAfter(session, segmentReader(store.paths.sessions));
  } catch {
    return undefined;
  }
  return compact(session, keep, before);
}

/**
 * Writes a compacted session's new history segment: a new file, named by its
 * content (one already there with that content was written by a write that was
 * cut off before its state).
 */
function writeSegment(store: Store, { segment, text }: ReturnType<typeof compact>): void {
  const path = join(store.paths.sessions, segment.file);
  checkStoreFolders(store, [
    ...ACTIVE_FOLDERS,
    "ia/state/sessions/history",
    `ia/state/sessions/${dirname(segment.file)}`,
  ]);
  ensureDir(dirname(path));
  try {
    writeFileNew([path], text, undefined, "after-segment-write");
  } catch (error) {
    if (readText(path) !== text) throw error;
  }
}

/** Does NEXT differ from STORED only by events that record what happened (no context, plan or artifacts added)? */
function onlyRecords(stored: Session | undefined, next: Session): boolean {
  if (!stored) return false;
  const added = (next.events ?? []).filter((e) => e.rev !== undefined && e.rev > stored.rev);
  return added.every(
    (e) =>
      e.patch === undefined &&
      e.context === undefined &&
      e.state === undefined &&
      e.plan === undefined &&
      e.artifacts === undefined &&
      e.usage === undefined,
  );
}

/** Deletes the active state of NAME (when given, only if it is still session EXPECT_ID); returns what was there. */
export function removeSession(store: Store, name: string, expectId?: string): Session | undefined {
  if (!exists(store.paths.sessions)) return undefined;
  return locked(store, name, (lock) => {
    const session = readLocked(store, name);
    if (session?.workflow !== name) return undefined;
    checkId(session, name, expectId);
    const path = sessionPath(store, name);
    lock.verify();
    removeFile(path);
    emit(store, { op: "remove", workflow: session.workflow, id: session.id, path });
    clearMarker(store, name);
    return session;
  });
}

/** The active-session marker of NAME: `.active-<file stem>`, local and git-ignored. */
export function markerPath(store: Store, name: string): string {
  return join(store.paths.sessions, `.active-${fileStem(name)}`);
}

/** Removes NAME's marker, when a session stops being active (saved, reset, deleted, paused). */
export function clearMarker(store: Store, name: string): boolean {
  const path = markerPath(store, name);
  if (!removeFile(path)) return false;
  emit(store, { op: "remove-leftover", path });
  return true;
}

export function writeGitignore(store: Store): void {
  const path = join(store.paths.sessions, ".gitignore");
  writeFileAtomic(path, GITIGNORE);
  emit(store, { op: "write-gitignore", path });
}

export function writeGitattributes(store: Store): void {
  const path = join(store.paths.sessions, ".gitattributes");
  writeFileAtomic(path, GITATTRIBUTES);
  emit(store, { op: "write-gitattributes", path });
}

// ---- for the other store modules ----

/**
 * Runs `fn` holding the lock of session NAME (names differing only in case
 * share one). Once it has succeeded, the folder gets the .gitignore and
 * .gitattributes it lacks: a folder made by hand or brought by git has none,
 * and without them `git add` would commit locks, markers and the index.
 */
export function locked<T>(store: Store, name: string, fn: (lock: HeldLock) => T): T {
  checkStoreFolders(store);
  return lockedChecked(store, name, fn);
}

/**
 * `locked`, for a caller that has just checked the folders. What the section
 * reports through `emit` reaches `onChange` (the index) once the lock is
 * released, so no other writer waits on SQLite; even when the section fails
 * part-way, what it did is reported.
 */
function lockedChecked<T>(store: Store, name: string, fn: (lock: HeldLock) => T): T {
  const changes: Change[] = [];
  collecting.push(changes);
  try {
    return withLock(store.paths.sessions, caseKey(name), store.lock, (lock) => {
      const result = fn(lock);
      addGitFiles(store);
      return result;
    });
  } finally {
    collecting.pop();
    for (const change of changes) emit(store, change);
  }
}

/** The changes each locked section (innermost last) has reported and not yet passed on. */
const collecting: Change[][] = [];

export function emit(store: Store, change: Change): void {
  const section = collecting.at(-1);
  if (section) section.push(change);
  else store.onChange?.(change);
}

/** For writers holding the lock: synchronous, refusing a symlink. */
export function readLocked(store: Store, name: string): Session | undefined {
  const path = sessionPath(store, name);
  const text = readText(path);
  return text === undefined ? undefined : ownSession(parseSession(text, path), name, path);
}

/**
 * The one check of every write by a command that found its session before
 * taking the lock (by id, id prefix or name; EXPECT_ID): it acts by name under
 * the lock only if the name still holds that session, as re-read there. Gone
 * meanwhile (saved, reset, deleted) is exit 2; another session in its place
 * (reset and started again) is exit 3, safe to retry. Without EXPECT_ID
 * (`set NAME`, `save NAME`), whatever holds the name is meant.
 */
export function checkId(stored: Session | undefined, name: string, expectId: string | undefined): void {
  if (expectId === undefined) return;
  if (stored === undefined) {
    throw new NotFoundError(
      `${name} (id ${expectId}) is no longer active: it was saved, reset or deleted meanwhile`,
      "Run `session list` to see where it went.",
    );
  }
  if (stored.id !== expectId) {
    throw new ConflictError(
      `${name} is now another session (id ${stored.id}, not ${expectId}): it was replaced meanwhile`,
      "Look again with `session get --all`, then retry.",
    );
  }
}

export function notActive(name: string): NotFoundError {
  return new NotFoundError(`Session not found: ${name}`, "Run `session get --all` to see the active sessions.");
}

// ---- internals ----

/** The session in NAME's file, whose name may differ only in letter case (a case-insensitive file system). */
export function ownSession(session: Session, name: string, path: string): Session {
  if (caseKey(session.workflow) !== caseKey(name)) {
    throw new CorruptStateError(
      path,
      "wrong-name",
      `carries the name ${JSON.stringify(session.workflow)}, not ${JSON.stringify(name)}`,
    );
  }
  return session;
}

/**
 * Writes the .gitignore and .gitattributes the state folder lacks; one a person
 * wrote (or a link, or a folder) is never replaced. Best effort, after the
 * command's own write succeeded: one that cannot be written (another writer
 * made it meanwhile, a full disk) fails nothing, and `doctor` reports it missing.
 */
function addGitFiles(store: Store): void {
  const files = [
    [".gitignore", GITIGNORE, "write-gitignore"],
    [".gitattributes", GITATTRIBUTES, "write-gitattributes"],
  ] as const;
  for (const [file, text, op] of files) {
    const path = join(store.paths.sessions, file);
    if (isPresent(path)) continue;
    try {
      writeFileNew([path], text);
    } catch {
      continue;
    }
    emit(store, { op, path });
  }
}

/** Is there anything at PATH, a dangling symlink included? */
function isPresent(path: string): boolean {
  return nodeFs().lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** Creates the state folder and its .gitignore; returns the folders it created, deepest first. */
function createFolder(store: Store): string[] {
  const created: string[] = [];
  for (let dir = store.paths.sessions; !exists(dir) && dir !== store.paths.root; dir = dirname(dir)) created.push(dir);
  ensureDir(store.paths.sessions);
  writeGitignore(store);
  writeGitattributes(store);
  return created;
}

/**
 * Takes away folders a refused first write created, and their .gitignore, only
 * while they hold nothing else: another writer's files (and the .gitignore
 * they need) stay.
 */
function removeEmptyFolders(created: string[], gitignore: string): void {
  const [sessions] = created;
  const ours = [".gitignore", ".gitattributes"];
  if (
    sessions === undefined ||
    listFiles(sessions, "*").length > 0 ||
    listFiles(sessions, ".*").some((name) => !ours.includes(name))
  )
    return;
  removeQuietly(gitignore);
  removeQuietly(join(sessions, ".gitattributes"));
  try {
    for (const dir of created) nodeFs().rmdirSync(dir);
  } catch {} // not empty after all: someone else wrote meanwhile, and it stays
}

function caseTwin(store: Store, name: string): string | undefined {
  const key = caseKey(name);
  const twin = listFiles(store.paths.sessions, "*.json", true).find((file) => file.slice(0, -5).toLowerCase() === key);
  return twin && nameFromStem(twin.slice(0, -5));
}

function caseCollision(name: string, other: string): UsageError {
  return new UsageError(
    `${JSON.stringify(name)} differs from the active session ${JSON.stringify(other)} only in letter case`,
    "Case-insensitive file systems would merge the two files; use the existing name.",
  );
}
