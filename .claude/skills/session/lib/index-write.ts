/**
 * The index, writing side: its schema, its rows, and the store's `onChange`
 * hook that keeps it current (reading and rebuilding: index-read.ts).
 *
 * The index: an embedded SQLite database (`bun:sqlite`, WAL, FTS5) at
 * `ia/state/sessions/.index/sessions.sqlite`, git-ignored, over active and archived
 * sessions. The files are the truth; the index is derived: kept current by every
 * write through the store's `onChange`, checked for changes made behind its back
 * (a checkout, a merge) by a fingerprint of the folders, and rebuilt from the
 * files whenever it is missing, corrupt or stale. Losing it loses nothing.
 */
import type { Database } from "bun:sqlite";
import { readArchiveHead } from "./archive-head.ts";
import { nodeFs } from "./files.ts";
import type { ListEntry } from "./listing.ts";
import { nameFromStem } from "./names.ts";
import { basename, dirname, join } from "./path.ts";
import type { ArchivedSession, Session } from "./schema.ts";
import { parseSession } from "./state-file.ts";
import type { StatePaths } from "./paths.ts";
import type { Change } from "./store.ts";

export const SCHEMA_VERSION = "2";

/**
 * `ia/state/sessions/.index/sessions.sqlite`: in a folder of its own (not beside
 * the state files, as `.index.sqlite`), so that SQLite's journal files, made and
 * removed as it works, never change the state folder's fingerprint.
 */
export function indexPath(paths: StatePaths): string {
  return join(paths.sessions, ".index", "sessions.sqlite");
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

export function open(path: string): Database {
  const { Database } = require("bun:sqlite") as typeof import("bun:sqlite");
  nodeFs().mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { create: true });
  db.exec("PRAGMA busy_timeout = 5000");
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS sessions (
      file TEXT PRIMARY KEY, workflow TEXT NOT NULL, id TEXT, type TEXT, status TEXT NOT NULL, step TEXT,
      started_at TEXT, updated_at TEXT, ended_at TEXT, archive TEXT, error TEXT);
    CREATE INDEX IF NOT EXISTS sessions_updated ON sessions (updated_at DESC, workflow);
    CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(file UNINDEXED, workflow, body, tokenize = 'unicode61 remove_diacritics 2');`);
  // Rows of both tables share a rowid; a search joins them by it.
  return db;
}

export function safeRead(read: typeof import("node:fs").readFileSync, path: string): string | undefined {
  try {
    return read(path, "utf8");
  } catch {
    return undefined;
  }
}

export function setMeta(db: Database, paths: StatePaths): void {
  const set = db.query("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  set.run("version", SCHEMA_VERSION);
  set.run("fingerprint", fingerprint(paths));
}

export interface Row extends ListEntry {
  file: string;
  body: string;
}

export function rowForState(paths: StatePaths, path: string, text: string | undefined): Row | undefined {
  if (text === undefined) return undefined;
  const file = relativePath(paths, path);
  try {
    const s = parseSession(text, path);
    const body = [s.steps.join(" "), s.plan?.join(" "), textOf(s.context), s.errors?.map((e) => e.message).join(" "), logText(s)].filter(Boolean).join("\n");
    return { file, workflow: s.workflow, id: s.id, type: s.type, status: s.status, step: s.step ?? null, started_at: s.started_at, updated_at: s.updated_at, ended_at: null, archive: null, body };
  } catch (error) {
    return { file, workflow: nameFromStem(basename(path).replace(/\.json$/, "")), id: null, type: null, status: "corrupt", step: null, started_at: null, updated_at: null, ended_at: null, archive: null, error: reason(error), body: "" };
  }
}

/**
 * The tool's own words in a frontmatter (the session's and its events' kind,
 * type, status: top level and four deep), which would make `search save` find
 * every archive. Context sits two deep; a deeper context value comes back
 * through its event's patch.
 */
const VOCABULARY_LINES = /^(?:|    )(?:kind|type|status): "[a-z-]*"$/gm;

export function rowForArchive(paths: StatePaths, path: string, text: string | undefined, full?: (text: string, path: string) => ArchivedSession): Row | undefined {
  if (text === undefined) return undefined;
  const file = relativePath(paths, path);
  const head = readArchiveHead(text);
  if (head.conflicted) {
    return { file, workflow: head.workflow ?? basename(path).replace(/\.md$/, ""), id: null, type: null, status: "corrupt", step: null, started_at: null, updated_at: null, ended_at: null, archive: file, error: "holds git conflict markers", body: "" };
  }
  if (head.workflow !== undefined && head.id !== undefined) {
    // Our own frontmatter: every value is a quoted JSON string, so its words are those strings, decoded.
    const end = text.indexOf("\n---", 3);
    const front = text.slice(0, end === -1 ? undefined : end).replace(VOCABULARY_LINES, "");
    const strings = [...front.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => decode(m[0]));
    // Timestamps are no words to search for, and a note is in the timeline and in `notes`: once is enough.
    const body = [...new Set(strings.filter((s) => !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(s)))].join(" ");
    return { file, workflow: head.workflow, id: head.id, type: head.type ?? null, status: head.status ?? "unknown", step: head.step ?? null, started_at: head.started_at ?? null, updated_at: head.updated_at ?? null, ended_at: head.ended_at ?? null, archive: file, body };
  }
  if (!full) return undefined; // not our one-line form: left to a rebuild, which reads it in full
  try {
    // Written by another tool (reordered, re-quoted): read in full.
    const s = full(text, path);
    const body = [s.steps.join(" "), textOf(s.context), s.errors?.map((e) => e.message).join(" "), s.notes, logText(s)].filter(Boolean).join("\n");
    return { file, workflow: s.workflow, id: s.id, type: s.type, status: s.status, step: s.step ?? null, started_at: s.started_at, updated_at: s.updated_at, ended_at: s.ended_at, archive: file, body };
  } catch (error) {
    return { file, workflow: basename(path).replace(/\.md$/, ""), id: null, type: null, status: "corrupt", step: null, started_at: null, updated_at: null, ended_at: null, archive: file, error: reason(error), body: "" };
  }
}

function decode(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}

function reason(error: unknown): string {
  const message = (error as Error).message;
  return message.slice(message.indexOf(": ") + 2);
}

/** Keys and values of a JSON value, as words. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(" ");
  return Object.entries(value).map(([k, v]) => `${k} ${textOf(v)}`).join(" ");
}

function logText(s: Session): string {
  return (s.events ?? []).filter((e) => e.kind === "log").map((e) => e.note ?? "").join(" ");
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
  db.query("INSERT INTO search (rowid, file, workflow, body) VALUES (?, ?, ?, ?)").run(lastInsertRowid, row.file, row.workflow, row.body);
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
  const path = indexPath(paths);
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
    if (db === undefined && !nodeFs().existsSync(path)) return;
    try {
      db ??= open(path);
      const { readFileSync } = nodeFs();
      db.transaction(() => {
        for (const file of touched(paths, change)) {
          const abs = join(paths.root, file);
          const text = safeRead(readFileSync, abs);
          const row = text === undefined ? undefined : file.endsWith(".md") ? rowForArchive(paths, abs, text) : rowForState(paths, abs, text);
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
        nodeFs().rmSync(path, { force: true }); // even that failed: it is rebuilt from the files next time
      }
    }
  };
}

/** The files a change touched, relative to the root (state and archive files only). */
function touched(paths: StatePaths, change: Change): string[] {
  const changed = "archive" in change ? [change.path, change.archive] : "to" in change ? [change.path, change.to] : [change.path];
  const inside = (p: string) => (p.startsWith(`${paths.sessions}/`) && !p.slice(paths.sessions.length + 1).includes("/")) || (p.startsWith(`${paths.archives}/`) && !p.slice(paths.archives.length + 1).includes("/"));
  return changed.filter((p) => (p.endsWith(".json") || p.endsWith(".md")) && inside(p)).map((p) => relativePath(paths, p));
}

/** A path relative to the project root. */
function relativePath(paths: StatePaths, path: string): string {
  return path.slice(paths.root.length + 1);
}
