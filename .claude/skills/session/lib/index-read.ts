/**
 * The index, reading side: opened current (rebuilt from the files when missing,
 * corrupt, of another version or stale), rebuilt in full on demand, searched.
 */
import type { Database } from "bun:sqlite";
import { parseArchive } from "./archive-parse.ts";
import { UsageError } from "./errors.ts";
import { nodeFs } from "./files.ts";
import { listEntries } from "./folders.ts";
import { fingerprint, indexPath, open, rowForArchive, rowForState, safeRead, SCHEMA_VERSION, setMeta, upsert } from "./index-write.ts";
import type { ListFilter } from "./filter.ts";
import type { ListEntry } from "./listing.ts";
import { join } from "./path.ts";
import type { StatePaths } from "./paths.ts";

/** The index, opened and current: rebuilt first if missing, unreadable, of another version, or stale. */
export function currentIndex(paths: StatePaths, onProgress?: (done: number, total: number) => void): Database {
  const { db, current } = openIndex(paths);
  if (!current) rebuild(paths, db, onProgress);
  return db;
}

/** The index opened, and whether it reflects the files; a corrupt one is deleted (it is derived) and made anew, empty. */
export function openIndex(paths: StatePaths): { db: Database; current: boolean } {
  const path = indexPath(paths);
  let db: Database | undefined;
  try {
    db = open(path);
    const meta = (key: string) => (db?.query("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | null)?.value;
    return { db, current: meta("version") === SCHEMA_VERSION && meta("fingerprint") === fingerprint(paths) };
  } catch {
    db?.close();
    for (const suffix of ["", "-wal", "-shm"]) nodeFs().rmSync(`${path}${suffix}`, { force: true });
    return { db: open(path), current: false };
  }
}

/** Indexes every file from scratch, in one transaction. */
export function rebuild(paths: StatePaths, db: Database, onProgress?: (done: number, total: number) => void): number {
  const { readFileSync } = nodeFs();
  let done = 0;
  let total = 0;
  // IMMEDIATE: the write lock is taken before the folders are listed, so a writer's own index
  // update lands either before the listing (its file is in it) or after this rebuild, never lost in between.
  db.transaction(() => {
    const active = listEntries(paths.sessions, "*.json").filter((e) => e.kind === "file");
    const archives = listEntries(paths.archives, "*.md").filter((e) => e.kind === "file");
    total = active.length + archives.length;
    db.exec("DELETE FROM sessions; DELETE FROM search;");
    for (const { name } of active) {
      const path = join(paths.sessions, name);
      upsert(db, rowForState(paths, path, safeRead(readFileSync, path)), true);
      if (++done % 500 === 0) onProgress?.(done, total);
    }
    for (const { name } of archives) {
      const path = join(paths.archives, name);
      upsert(db, rowForArchive(paths, path, safeRead(readFileSync, path), parseArchive), true);
      if (++done % 500 === 0) onProgress?.(done, total);
    }
    setMeta(db, paths);
  }).immediate();
  onProgress?.(total, total);
  return total;
}

function where(filter: ListFilter): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
  if (filter.status !== undefined) clauses.push("s.status = ?"), params.push(filter.status);
  if (filter.workflow !== undefined) clauses.push("(s.workflow = ? OR s.workflow GLOB ?)"), params.push(filter.workflow, filter.workflow);
  if (filter.type !== undefined) clauses.push("s.type = ?"), params.push(filter.type);
  // A corrupt file has no date: date filters keep it in view, as `list` does.
  if (filter.since !== undefined) clauses.push("(s.updated_at IS NULL OR s.updated_at >= ?)"), params.push(iso(filter.since));
  if (filter.until !== undefined) clauses.push("(s.updated_at IS NULL OR s.updated_at <= ?)"), params.push(iso(filter.until));
  return { sql: clauses.length ? ` AND ${clauses.join(" AND ")}` : "", params };
}

function entry(row: Record<string, unknown>): ListEntry {
  const e: ListEntry = {
    workflow: row.workflow as string,
    id: row.id as string | null,
    type: row.type as string | null,
    status: row.status as string,
    step: row.step as string | null,
    started_at: row.started_at as string | null,
    updated_at: row.updated_at as string | null,
    ended_at: row.ended_at as string | null,
    archive: row.archive as string | null,
  };
  if (row.error) Object.assign(e, { file: row.file, error: row.error });
  return e;
}

/** `list` from the index: most recently updated first (ties by name; an undated corrupt file, last: SQLite sorts NULL lowest), filtered, limited, in SQL, along the index on (updated_at, workflow). */
export function listFromIndex(db: Database, filter: ListFilter): ListEntry[] {
  const { sql, params } = where(filter);
  const limit = filter.limit === undefined ? "" : " LIMIT ?";
  const rows = db.query(`SELECT * FROM sessions s WHERE 1 = 1${sql} ORDER BY s.updated_at DESC, s.workflow${limit}`).all(...params, ...(filter.limit === undefined ? [] : [filter.limit]));
  return (rows as Record<string, unknown>[]).map(entry);
}

/** Marks around a match in a snippet; the command turns them into colour or brackets. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/**
 * Full-text search: FTS5 query syntax passed through (words, "phrases", prefix*,
 * AND/OR/NOT, column:term); best match first; each hit with a snippet. A
 * malformed query is a usage error with SQLite's reason, never an SQL error.
 */
export function searchIndex(db: Database, query: string, filter: ListFilter): (ListEntry & { snippet: string })[] {
  const { sql, params } = where(filter);
  const limit = filter.limit === undefined ? "" : " LIMIT ?";
  try {
    const rows = db
      .query(
        `SELECT s.*, snippet(search, 2, '${MATCH_START}', '${MATCH_END}', '…', 12) AS snippet, bm25(search) AS rank
         FROM search JOIN sessions s ON s.rowid = search.rowid
         WHERE search MATCH ?${sql} ORDER BY rank, s.updated_at DESC${limit}`,
      )
      .all(query, ...params, ...(filter.limit === undefined ? [] : [filter.limit]));
    return (rows as Record<string, unknown>[]).map((row) => ({ ...entry(row), snippet: (row.snippet as string).replace(/\s+/g, " ").trim() }));
  } catch (error) {
    const message = (error as Error).message;
    if (/fts5|syntax|no such column|unterminated|unknown special query/i.test(message)) {
      throw new UsageError(`invalid search query ${JSON.stringify(query)}: ${message.replace(/^fts5: /, "")}`, 'Use words, "a phrase", prefix*, AND, OR, NOT, or a column: workflow:NAME.');
    }
    throw error;
  }
}

/**
 * For doctor: does the index disagree with the files where its fingerprint
 * says they agree? A stale fingerprint or another version is not a problem:
 * the next search or list rebuilds it (after every checkout, that is normal).
 */
export function indexDrift(paths: StatePaths): string | undefined {
  const path = indexPath(paths);
  if (!nodeFs().existsSync(path)) return undefined;
  let db: Database | undefined;
  try {
    db = open(path);
    const meta = (key: string) => (db?.query("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | null)?.value;
    if (meta("version") !== SCHEMA_VERSION || meta("fingerprint") !== fingerprint(paths)) return undefined;
    const rows = (db.query("SELECT count(*) AS n FROM sessions").get() as { n: number }).n;
    const files = listEntries(paths.sessions, "*.json").filter((e) => e.kind === "file").length + listEntries(paths.archives, "*.md").filter((e) => e.kind === "file").length;
    if (rows !== files) return `it holds ${rows} sessions, the folders ${files}`;
    return undefined;
  } catch (error) {
    return `it cannot be read (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}
