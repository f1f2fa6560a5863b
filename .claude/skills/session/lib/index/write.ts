/**
 * The index, writing side: its schema, its rows, and the store's `onChange`
 * hook that keeps it current (reading and rebuilding: read.ts).
 *
 * The index: an embedded SQLite database (`bun:sqlite`, WAL, FTS5) at
 * `ia/state/sessions/.index/sessions.sqlite`, git-ignored, over active and archived
 * sessions. The files are the truth; the index is derived: kept current by every
 * write through the store's `onChange`, checked for changes made behind its back
 * (a checkout, a merge) by a fingerprint of the folders, and rebuilt from the
 * files whenever it is missing, corrupt, wrongly typed or stale. Losing it loses nothing.
 *
 * Its folder is one git can fill, so it obeys the containment of every other
 * write: each folder on the way, the database and its journals are checked by
 * lstat (`inspectIndex`) and opened with SQLITE_OPEN_NOFOLLOW; nothing is opened,
 * created or removed through a link.
 */
import type { Database } from "bun:sqlite";
import type { ArchivedSession, Session } from "../core/schema.ts";
import { readArchiveHead } from "../format/archive-head.ts";
import { timelineEvents } from "../format/archive-timeline.ts";
import { CONFLICT_MARKER } from "../format/conflict.ts";
import { parseSession } from "../format/state-file.ts";
import { errorCode, nodeFs } from "../fs/files.ts";
import { dirname, join, relative } from "../fs/path.ts";
import { firstNonFolder, isSymlink, readText, realPath } from "../fs/safe-read.ts";
import { relativePath, type StatePaths } from "../fs/state-paths.ts";
import { ACTIVE_FOLDERS, type Change } from "../store/store.ts";
import { corruptEntry, type ListEntry, sessionEntry } from "./entry.ts";

// 3: an archive's rows hold its context keys and its timeline block's log notes (an index of 2 is rebuilt).
export const SCHEMA_VERSION = "3";

/**
 * `ia/state/sessions/.index/sessions.sqlite`: in a folder of its own (not beside
 * the state files, as `.index.sqlite`), so that SQLite's journal files, made and
 * removed as it works, never change the state folder's fingerprint.
 */
export function indexPath(paths: StatePaths): string {
  return join(paths.sessions, ".index", "sessions.sqlite");
}

/** The database and the files SQLite keeps beside it, each of which it opens by name. */
const INDEX_FILES = ["", "-wal", "-shm", "-journal"] as const;

/**
 * What stands where the index belongs, judged by lstat, never followed. Git can
 * carry any of it, so only real folders and regular files inside the project
 * are used: a link (or a FIFO, a device) is refused and left alone; a file where
 * the folder belongs, or a folder where a database file belongs, is ours to remove.
 */
export type IndexSite =
  /** `.index` a real folder or absent, each index file regular or absent; `exists`: the database is there. */
  | { kind: "usable"; path: string; exists: boolean }
  /** No state folder yet: there is nothing to index, and a read creates nothing. */
  | { kind: "no-folder" }
  | { kind: "wrong-type"; at: string; detail: string }
  | { kind: "refused"; at: string; link: boolean; detail: string };

export function inspectIndex(paths: StatePaths): IndexSite {
  const { lstatSync } = nodeFs();
  const folder = firstNonFolder(paths.root, ACTIVE_FOLDERS);
  if (folder !== undefined) return refused(folder, "is not a folder");
  if (!lstatSync(paths.sessions, { throwIfNoEntry: false })) return { kind: "no-folder" };
  const path = indexPath(paths);
  const dir = dirname(path);
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (stat === undefined) return { kind: "usable", path, exists: false };
  if (stat.isFile()) return { kind: "wrong-type", at: dir, detail: "is a file where the index folder belongs" };
  if (!stat.isDirectory()) return refused(dir, "is neither a folder nor a regular file (a FIFO or a device)");
  for (const suffix of INDEX_FILES) {
    const file = `${path}${suffix}`;
    const at = lstatSync(file, { throwIfNoEntry: false });
    if (at === undefined || at.isFile()) continue;
    if (at.isDirectory()) return { kind: "wrong-type", at: file, detail: "is a folder where an index file belongs" };
    return refused(file, "is neither a regular file nor a folder (a FIFO or a device)");
  }
  return { kind: "usable", path, exists: lstatSync(path, { throwIfNoEntry: false }) !== undefined };
}

function refused(at: string, otherwise: string): IndexSite {
  const link = isSymlink(at);
  return { kind: "refused", at, link, detail: link ? "is a symbolic link" : otherwise };
}

/**
 * Removes what a wrong-type site names, once lstat still says it is a regular file or a real folder (rm does not follow
 * the links inside one).
 */
export function removeWrongType(paths: StatePaths, at: string): void {
  const site = inspectIndex(paths);
  if (site.kind !== "wrong-type" || site.at !== at) return;
  nodeFs().rmSync(at, { recursive: true, force: true });
}

/**
 * Removes the database and its journals so that the index is made anew: only
 * where every folder on the way is real and each file regular (unlink removes a
 * name, never what a link points to; the folders were checked just before).
 */
export function discardIndex(paths: StatePaths): void {
  const site = inspectIndex(paths);
  if (site.kind === "wrong-type") {
    removeWrongType(paths, site.at);
    return;
  }
  if (site.kind !== "usable") return;
  for (const suffix of INDEX_FILES) {
    try {
      nodeFs().unlinkSync(`${site.path}${suffix}`);
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
    }
  }
}

/** The fingerprint of what the index reflects: the folders' change times and entry counts (two stats, no reads). */
export function fingerprint(paths: StatePaths): string {
  const { statSync } = nodeFs();
  const stamp = (dir: string) => {
    const stat = statSync(dir, { throwIfNoEntry: false, bigint: true });
    return stat ? `${stat.mtimeNs}:${stat.ctimeNs}:${stat.nlink}:${stat.size}` : "-";
  };
  return `${stamp(paths.sessions)}|${stamp(paths.archives)}`;
}

/**
 * The index's path for SQLite: under the project root's real path (the root may
 * lie behind a link of the user's own), so that SQLITE_OPEN_NOFOLLOW refuses a
 * link anywhere inside the project on the way to the database or its journals.
 * The lstat checks of `inspectIndex` say why a site is refused; this closes the
 * gap between that check and the open.
 */
function sqlitePath(paths: StatePaths): string {
  return join(realPath(paths.root), relative(paths.root, indexPath(paths)));
}

/** Opens (creating it) the project's index, at a `usable` site; with no PATHS, an index in memory. */
export function open(paths?: StatePaths): Database {
  const { Database, constants } = require("bun:sqlite") as typeof import("bun:sqlite");
  const db =
    paths === undefined
      ? new Database(":memory:")
      : new Database(
          sqlitePath(paths),
          constants.SQLITE_OPEN_READWRITE | constants.SQLITE_OPEN_CREATE | constants.SQLITE_OPEN_NOFOLLOW,
        );
  try {
    db.exec("PRAGMA busy_timeout = 5000");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sessions (
        file TEXT PRIMARY KEY, workflow TEXT NOT NULL, id TEXT, type TEXT, status TEXT NOT NULL, step TEXT,
        started_at TEXT, updated_at TEXT, ended_at TEXT, archive TEXT, error TEXT);
      CREATE INDEX IF NOT EXISTS sessions_updated ON sessions (updated_at DESC, workflow);
      CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
        file UNINDEXED, workflow, body, tokenize = 'unicode61 remove_diacritics 2');`);
  } catch (error) {
    db.close();
    throw error;
  }
  // Rows of both tables share a rowid; a search joins them by it.
  return db;
}

/**
 * Opens the project's existing index as it is, creating nothing (doctor's look):
 * read-write so that SQLite may read a WAL it finds; where that is refused (a
 * read-only checkout or file system), as an immutable file, read as it stands.
 * An index that cannot be read either way throws.
 */
export function openExisting(paths: StatePaths): Database {
  const { Database, constants } = require("bun:sqlite") as typeof import("bun:sqlite");
  const path = sqlitePath(paths);
  let db: Database | undefined;
  try {
    db = new Database(path, constants.SQLITE_OPEN_READWRITE | constants.SQLITE_OPEN_NOFOLLOW);
    db.exec("PRAGMA busy_timeout = 5000");
    db.query("PRAGMA schema_version").get(); // opens the WAL, which a read-only folder refuses
    return db;
  } catch (error) {
    db?.close();
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(String((error as { code?: unknown }).code))) throw error;
  }
  const uri = `file:${path.replace(/[%?#]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}?immutable=1`;
  return new Database(uri, constants.SQLITE_OPEN_READONLY | constants.SQLITE_OPEN_NOFOLLOW | constants.SQLITE_OPEN_URI);
}

/**
 * A state file's or archive's text; undefined when it is gone; the error when
 * something stands there that may not be read (a link, a FIFO: never followed,
 * never waited on), which the index lists as corrupt, as `list` does.
 */
export function safeRead(path: string): string | Error | undefined {
  try {
    return readText(path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export function setMeta(db: Database, paths: StatePaths): void {
  const set = db.query(
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );
  set.run("version", SCHEMA_VERSION);
  set.run("fingerprint", fingerprint(paths));
}

export interface Row extends ListEntry {
  file: string;
  body: string;
}

export function rowForState(paths: StatePaths, path: string, text: string | Error | undefined): Row | undefined {
  if (text === undefined) return undefined;
  const file = relativePath(paths, path);
  try {
    if (text instanceof Error) throw text;
    const s = parseSession(text, path);
    const body = [
      s.steps.join(" "),
      s.plan?.join(" "),
      textOf(s.context),
      s.errors?.map((e) => e.message).join(" "),
      logText(s),
    ]
      .filter(Boolean)
      .join("\n");
    return { file, ...sessionEntry(s), body };
  } catch (error) {
    return { ...corruptEntry(file, (error as Error).message), file, body: "" };
  }
}

/**
 * The tool's own words in a frontmatter (the session's and, in the earlier
 * layout, its events' kind, type, status: top level and four deep), which would
 * make `search save` find every archive. Never taken out of the context.
 */
const VOCABULARY_LINES = /^(?:| {4})(?:kind|type|status): "[a-z-]*"\r?$/gm;
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/;
/** In the context's lines: a key our YAML writer left plain (`checks:`), and a value it left bare (`8`, `true`). */
const PLAIN_KEY_LINE = /^ *(?:- )*([A-Za-z_][A-Za-z0-9_]*):/;
const BARE_VALUE = /(?:^ *(?:- )+|: )(-?\d[\d.eE+-]*|true|false)\r?$/;

/**
 * The words of one of our archives, read without a YAML parser: every value is
 * a quoted JSON string, so the frontmatter's words are those strings, decoded;
 * in the context, its keys and its numbers and booleans too (as a state file's
 * are searched); and the log notes of its timeline block (or, in the earlier
 * layout, of the events in its frontmatter, which are among the strings).
 */
function archiveWords(front: string, events: unknown[] | undefined): string {
  const lines = front.split("\n");
  const start = lines.findIndex((line) => /^context:\r?$/.test(line));
  let end = start + 1;
  while (start !== -1 && end < lines.length && (lines[end] as string).startsWith(" ")) end++;
  const context = start === -1 ? [] : lines.slice(start + 1, end);
  const rest = (start === -1 ? lines : [...lines.slice(0, start), ...lines.slice(end)]).join("\n");
  const words: string[] = [];
  for (const m of rest.replace(VOCABULARY_LINES, "").matchAll(QUOTED)) {
    const word = decode(m[0]);
    if (!TIMESTAMP.test(word)) words.push(word); // timestamps are no words to search for
  }
  for (const line of context) {
    const key = PLAIN_KEY_LINE.exec(line)?.[1];
    if (key !== undefined) words.push(key);
    for (const m of line.matchAll(QUOTED)) words.push(decode(m[0]));
    const bare = BARE_VALUE.exec(line)?.[1];
    if (bare !== undefined) words.push(bare);
  }
  for (const event of events ?? []) {
    const { kind, note } = (event ?? {}) as { kind?: unknown; note?: unknown };
    if (kind === "log" && typeof note === "string") words.push(note);
  }
  // A note is in the timeline and in `notes`: once is enough.
  return [...new Set(words)].join(" ");
}

export function rowForArchive(
  paths: StatePaths,
  path: string,
  text: string | Error | undefined,
  full?: (text: string, path: string) => ArchivedSession,
): Row | undefined {
  if (text === undefined) return undefined;
  const file = relativePath(paths, path);
  if (text instanceof Error) return { ...corruptEntry(file, text.message), file, body: "" };
  const head = readArchiveHead(text);
  if (head.conflicted) return { ...corruptEntry(file, "holds git conflict markers", head.workflow), file, body: "" };
  if (head.workflow !== undefined && head.id !== undefined) {
    const end = text.indexOf("\n---", 3);
    let events: unknown[] | undefined;
    try {
      events = end === -1 ? undefined : timelineEvents(text.slice(end + 4));
    } catch (error) {
      const why = CONFLICT_MARKER.test(text) ? "holds git conflict markers" : (error as Error).message;
      return { ...corruptEntry(file, why, head.workflow), file, body: "" };
    }
    const body = archiveWords(text.slice(0, end === -1 ? undefined : end), events);
    return {
      file,
      workflow: head.workflow,
      id: head.id,
      type: head.type ?? null,
      status: head.status ?? "unknown",
      step: head.step ?? null,
      started_at: head.started_at ?? null,
      updated_at: head.updated_at ?? null,
      ended_at: head.ended_at ?? null,
      archive: file,
      body,
    };
  }
  if (!full) return undefined; // not our one-line form: left to a rebuild, which reads it in full
  try {
    // Written by another tool (reordered, re-quoted): read in full.
    const s = full(text, path);
    const body = [s.steps.join(" "), textOf(s.context), s.errors?.map((e) => e.message).join(" "), s.notes, logText(s)]
      .filter(Boolean)
      .join("\n");
    return { file, ...sessionEntry(s, file), body };
  } catch (error) {
    return { ...corruptEntry(file, (error as Error).message), file, body: "" };
  }
}

function decode(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}

/** Keys and values of a JSON value, as words. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(" ");
  return Object.entries(value)
    .map(([k, v]) => `${k} ${textOf(v)}`)
    .join(" ");
}

function logText(s: Session): string {
  return (s.events ?? [])
    .filter((e) => e.kind === "log")
    .map((e) => e.note ?? "")
    .join(" ");
}

/** Puts ROW in both tables under one rowid (the FTS table is found by it, not scanned by file). */
export function upsert(db: Database, row: Row | undefined, fresh = false): void {
  if (!row) return;
  if (!fresh) remove(db, row.file);
  const { lastInsertRowid } = db
    .query(
      `INSERT INTO sessions (file, workflow, id, type, status, step, started_at, updated_at, ended_at, archive, error)
       VALUES ($file, $workflow, $id, $type, $status, $step, $started_at, $updated_at, $ended_at, $archive, $error)`,
    )
    .run({
      $file: row.file,
      $workflow: row.workflow,
      $id: row.id,
      $type: row.type,
      $status: row.status,
      $step: row.step,
      $started_at: row.started_at,
      $updated_at: row.updated_at,
      $ended_at: row.ended_at,
      $archive: row.archive,
      $error: row.error ?? null,
    });
  db.query("INSERT INTO search (rowid, file, workflow, body) VALUES (?, ?, ?, ?)").run(
    lastInsertRowid,
    row.file,
    row.workflow,
    row.body,
  );
}

export function remove(db: Database, file: string): void {
  const found = db.query("SELECT rowid FROM sessions WHERE file = ?").get(file) as { rowid: number } | null;
  if (!found) return;
  db.query("DELETE FROM search WHERE rowid = ?").run(found.rowid);
  db.query("DELETE FROM sessions WHERE rowid = ?").run(found.rowid);
}

/**
 * The store's `onChange` hook: when an index exists, the change goes into it in
 * the same call, with the new fingerprint. A failure here never fails the write:
 * the index is marked stale, and the next read rebuilds it. No index, no cost.
 */
export function indexUpdater(paths: StatePaths): (change: Change) => void {
  let db: Database | undefined;
  let refreshing = false;
  // The fingerprint is taken once the write's lock is gone (its file, too, changes the folder):
  // store calls are synchronous, so a microtask runs right after the lock is released.
  const refresh = () => {
    if (refreshing) return;
    refreshing = true;
    queueMicrotask(() => {
      refreshing = false;
      try {
        if (db) setMeta(db, paths);
      } catch {}
    });
  };
  return (change) => {
    if (db === undefined) {
      const site = inspectIndex(paths);
      if (site.kind !== "usable" || !site.exists) return; // none, or none to trust: the next read sees to it
    }
    try {
      db ??= open(paths);
      db.transaction(() => {
        for (const file of touched(paths, change)) {
          const abs = join(paths.root, file);
          // The state a write just wrote comes with its change: no second read of the file.
          const text =
            change.op === "write" && change.text !== undefined && change.path === abs ? change.text : safeRead(abs);
          const row =
            text === undefined
              ? undefined
              : file.endsWith(".md")
                ? rowForArchive(paths, abs, text)
                : rowForState(paths, abs, text);
          if (text !== undefined && row === undefined) throw new Error("an archive to read in full: rebuild");
          if (row) upsert(db as Database, row);
          else remove(db as Database, file);
        }
      }).immediate();
      refresh();
    } catch {
      try {
        db?.query("DELETE FROM meta WHERE key = 'fingerprint'").run();
      } catch {
        // Even that failed (a corrupt index): it is removed, never through a link, and rebuilt from the files next
        // time.
        db?.close();
        db = undefined;
        try {
          discardIndex(paths);
        } catch {}
      }
    }
  };
}

/** The files a change touched, relative to the root (state and archive files only). */
function touched(paths: StatePaths, change: Change): string[] {
  const changed =
    "archive" in change ? [change.path, change.archive] : "to" in change ? [change.path, change.to] : [change.path];
  const inside = (p: string) =>
    (p.startsWith(`${paths.sessions}/`) && !p.slice(paths.sessions.length + 1).includes("/")) ||
    (p.startsWith(`${paths.archives}/`) && !p.slice(paths.archives.length + 1).includes("/"));
  return changed
    .filter((p) => (p.endsWith(".json") || p.endsWith(".md")) && inside(p))
    .map((p) => relativePath(paths, p));
}
