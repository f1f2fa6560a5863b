/**
 * The index, reading side: opened current (rebuilt from the files when missing,
 * corrupt, wrongly typed, of another version or stale), rebuilt in full on
 * demand, searched, and judged for doctor. Where the project's own index cannot
 * be trusted (a link) or written (a read-only checkout), a read is answered from
 * an index built in memory from the files: a refused index never fails a read.
 */
import type { Database } from "bun:sqlite";
import { CorruptStateError, SessionError, UsageError } from "../core/errors.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { errorCode, nodeFs } from "../fs/files.ts";
import { dirname, join } from "../fs/path.ts";
import { checkFolders, listEntries } from "../fs/safe-read.ts";
import type { StatePaths } from "../fs/state-paths.ts";
import { ALL_FOLDERS } from "../store/store.ts";
import type { ListEntry } from "./entry.ts";
import type { ListFilter } from "./filter.ts";
import {
  discardIndex,
  fingerprint,
  indexPath,
  inspectIndex,
  open,
  openExisting,
  removeWrongType,
  rowForArchive,
  rowForState,
  SCHEMA_VERSION,
  safeRead,
  setMeta,
  upsert,
} from "./write.ts";

export interface IndexOptions {
  onProgress?: (done: number, total: number) => void;
  /** Told when the project's index is refused (a link where it belongs) and the files are read instead. */
  warn?: (text: string) => void;
}

/**
 * QUERY on an index that reflects the files: the project's own, brought up to
 * date first; or, when that one cannot be used (a link, a read-only checkout, a
 * corrupt one that cannot be replaced), one built in memory from the files.
 * Refused (exit 4) only when a state folder is a link or a file: then the files
 * themselves are not read either.
 */
export function withIndex<T>(paths: StatePaths, query: (db: Database) => T, options: IndexOptions = {}): T {
  checkFolders(paths.root, ALL_FOLDERS);
  const site = inspectIndex(paths);
  if (site.kind === "refused") {
    options.warn?.(
      `${site.at}: ${site.detail}; the index is never used through it, so the files were read instead. Run ` +
        `\`session doctor\`.`,
    );
  } else if (site.kind !== "no-folder") {
    try {
      const current = (db: Database) => {
        if (!isCurrent(db, paths)) rebuildWhole(paths, db, options.onProgress);
        return query(db);
      };
      return retryOnce(paths, () => onDisk(paths, current));
    } catch (error) {
      // A bad query, an unreadable state folder: no index answers better.
      if (error instanceof SessionError) throw error;
    }
  }
  const db = open();
  try {
    rebuild(paths, db, options.onProgress);
    return query(db);
  } finally {
    db.close();
  }
}

/** Does the project have an index of its own that a read may use (a regular file in a real folder)? */
export function hasIndex(paths: StatePaths): boolean {
  const site = inspectIndex(paths);
  return site.kind === "usable" && site.exists;
}

/** What `pending` needs of the active sessions: how many, how many unreadable, and the most recent still open. */
export interface ActiveDigest {
  /** Active state files indexed, the unreadable ones included. */
  total: number;
  unreadable: number;
  /** Active sessions not completed. */
  open: number;
  /** The first LIMIT of those, most recently updated first, ties by name (`byMostRecent`). */
  recent: { workflow: string; status: string; updated_at: string }[];
}

/**
 * The active sessions as the project's index has them, when that index is current; undefined when there is none
 * or it is stale, refused or unreadable (then read the files). Never rebuilt here: the SessionStart hook writes
 * nothing, and 10,000 sessions cost it what 20 do.
 */
export function activeFromIndex(paths: StatePaths, limit: number): ActiveDigest | undefined {
  if (!hasIndex(paths)) return undefined;
  let db: Database | undefined;
  try {
    db = openExisting(paths);
    if (!isCurrent(db, paths)) return undefined;
    const counts = db
      .query(
        `SELECT count(*) AS total, coalesce(sum(status = 'corrupt'), 0) AS unreadable,
           coalesce(sum(status NOT IN ('completed', 'corrupt')), 0) AS open
         FROM sessions WHERE archive IS NULL`,
      )
      .get() as { total: number; unreadable: number; open: number };
    const recent = db
      .query(
        `SELECT workflow, status, updated_at FROM sessions
         WHERE archive IS NULL AND status NOT IN ('completed', 'corrupt') ORDER BY updated_at DESC, workflow LIMIT ?`,
      )
      .all(limit) as ActiveDigest["recent"];
    return { ...counts, recent };
  } catch {
    return undefined; // the files answer
  } finally {
    db?.close();
  }
}

/**
 * `reindex`: the project's index rebuilt in full from the files; the number of
 * sessions, or undefined when there is no state folder (nothing to index, and
 * nothing is created). A link where the index belongs is refused (exit 4) and
 * nothing is written; a wrongly typed or corrupt index is replaced.
 */
export function reindex(paths: StatePaths, onProgress?: (done: number, total: number) => void): number | undefined {
  checkFolders(paths.root, ALL_FOLDERS);
  const site = inspectIndex(paths);
  if (site.kind === "no-folder") return undefined;
  if (site.kind === "refused") {
    throw new CorruptStateError(
      site.at,
      site.link ? "symlink" : "not-a-file",
      `${site.detail}; the index is never written through it`,
      "Nothing was written; search and list read the files meanwhile. Run `session doctor --fix` to remove the link.",
    );
  }
  try {
    return retryOnce(paths, () => onDisk(paths, (db) => rebuildWhole(paths, db, onProgress)));
  } catch (error) {
    if (error instanceof SessionError) throw error;
    throw new SessionError(
      `the index ${indexPath(paths)} could not be written: ${(error as Error).message}`,
      "Search and list still answer, from the files.",
    );
  }
}

/**
 * USE on the project's own index, closed after: a wrongly typed entry where it
 * belongs is removed first, its folder made where missing. Throws where the site
 * is not usable, and SQLite refuses a link that appeared since the check.
 */
function onDisk<T>(paths: StatePaths, use: (db: Database) => T): T {
  const site = inspectIndex(paths);
  if (site.kind === "wrong-type") removeWrongType(paths, site.at);
  else if (site.kind !== "usable")
    throw new Error(site.kind === "refused" ? `${site.at}: ${site.detail}` : "there is no state folder");
  try {
    nodeFs().mkdirSync(dirname(indexPath(paths)));
  } catch (error) {
    if (errorCode(error) !== "EEXIST") throw error;
  }
  const db = open(paths);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/**
 * FN, and when it fails for the index's sake (corrupt, unreadable, of another
 * shape), FN again on an index made anew: it is derived, so it is discarded.
 * Usage and data errors are not the index's; a busy one is another process's, kept.
 */
function retryOnce<T>(paths: StatePaths, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SessionError || /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code)))
      throw error;
    discardIndex(paths);
    return fn();
  }
}

/**
 * `rebuild`, once the file is known whole: a read finds damage only in the pages
 * it reads, and a rebuild in place rewrites only some, so a rebuild (which costs
 * a pass over every file anyway) first checks every page; a damaged index is
 * thrown out and made anew by `retryOnce`.
 */
function rebuildWhole(paths: StatePaths, db: Database, onProgress?: (done: number, total: number) => void): number {
  const problem = damage(db);
  if (problem !== undefined) throw new Error(`the index is damaged: ${problem}`);
  return rebuild(paths, db, onProgress);
}

/** What SQLite's integrity check (without the slow index cross-checks) finds wrong, or undefined. */
function damage(db: Database): string | undefined {
  const answer = (db.query("PRAGMA quick_check(1)").get() as { quick_check?: string } | null)?.quick_check;
  return answer === "ok" ? undefined : (answer ?? "no answer to an integrity check");
}

function meta(db: Database, key: string): string | undefined {
  return (db.query("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | null)?.value;
}

function isCurrent(db: Database, paths: StatePaths): boolean {
  return meta(db, "version") === SCHEMA_VERSION && meta(db, "fingerprint") === fingerprint(paths);
}

/** Indexes every file from scratch, in one transaction. */
export function rebuild(paths: StatePaths, db: Database, onProgress?: (done: number, total: number) => void): number {
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
      upsert(db, rowForState(paths, path, safeRead(path)), true);
      if (++done % 500 === 0) onProgress?.(done, total);
    }
    for (const { name } of archives) {
      const path = join(paths.archives, name);
      upsert(db, rowForArchive(paths, path, safeRead(path), parseArchive), true);
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
  if (filter.workflow !== undefined)
    clauses.push("(s.workflow = ? OR s.workflow GLOB ?)"), params.push(filter.workflow, filter.workflow);
  if (filter.type !== undefined) clauses.push("s.type = ?"), params.push(filter.type);
  // A corrupt file has no date: date filters keep it in view, as `list` does.
  if (filter.since !== undefined)
    clauses.push("(s.updated_at IS NULL OR s.updated_at >= ?)"), params.push(iso(filter.since));
  if (filter.until !== undefined)
    clauses.push("(s.updated_at IS NULL OR s.updated_at <= ?)"), params.push(iso(filter.until));
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

/**
 * `list` from the index: most recently updated first (ties by name; an undated corrupt file, last: SQLite sorts NULL
 * lowest), filtered, limited, in SQL, along the index on (updated_at, workflow).
 */
export function listFromIndex(db: Database, filter: ListFilter): ListEntry[] {
  const { sql, params } = where(filter);
  const limit = filter.limit === undefined ? "" : " LIMIT ?";
  const rows = db
    .query(`SELECT * FROM sessions s WHERE 1 = 1${sql} ORDER BY s.updated_at DESC, s.workflow${limit}`)
    .all(...params, ...(filter.limit === undefined ? [] : [filter.limit]));
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
    return (rows as Record<string, unknown>[]).map((row) => ({
      ...entry(row),
      snippet: (row.snippet as string).replace(/\s+/g, " ").trim(),
    }));
  } catch (error) {
    const message = (error as Error).message;
    if (/fts5|syntax|no such column|unterminated|unknown special query/i.test(message)) {
      throw new UsageError(
        `invalid search query ${JSON.stringify(query)}: ${message.replace(/^fts5: /, "")}`,
        'Use words, "a phrase", prefix*, AND, OR, NOT, or a column: workflow:NAME.',
      );
    }
    throw error;
  }
}

export interface IndexProblem {
  kind: "index-refused" | "index-corrupt" | "index-drift";
  /** Where, absolute. */
  path: string;
  message: string;
  /** A link where the index belongs, which doctor --fix may remove (the link, never its target). */
  link?: boolean;
}

/**
 * For doctor: is the index refused (a link), corrupt, unreadable or wrongly
 * typed, or does it disagree with the files where its fingerprint says they
 * agree? A stale fingerprint or another version is not a problem: the next
 * search or list rebuilds it (after every checkout, that is normal). Looks only:
 * nothing is created or changed.
 */
export function indexProblem(paths: StatePaths): IndexProblem | undefined {
  const site = inspectIndex(paths);
  if (site.kind === "refused")
    return {
      kind: "index-refused",
      path: site.at,
      link: site.link,
      message:
        `${site.detail}: the index is never opened, written or removed through it, so search and list read the ` +
        `files instead`,
    };
  if (site.kind === "wrong-type")
    return {
      kind: "index-corrupt",
      path: site.at,
      message: `${site.detail}: search and reindex remove it and build the index anew`,
    };
  if (site.kind !== "usable" || !site.exists) return undefined;
  const path = site.path;
  let db: Database | undefined;
  try {
    db = openExisting(paths);
    const problem = damage(db);
    if (problem !== undefined) return corruptIndex(path, problem);
    if (meta(db, "version") !== SCHEMA_VERSION || meta(db, "fingerprint") !== fingerprint(paths)) return undefined;
    const rows = (db.query("SELECT count(*) AS n FROM sessions").get() as { n: number }).n;
    const files =
      listEntries(paths.sessions, "*.json").filter((e) => e.kind === "file").length +
      listEntries(paths.archives, "*.md").filter((e) => e.kind === "file").length;
    if (rows !== files)
      return {
        kind: "index-drift",
        path,
        message:
          `the search index is out of step with the files: it holds ${rows} sessions, the folders ${files} ` +
          `(search and list bring it up to date by themselves)`,
      };
    return undefined;
  } catch (error) {
    if (error instanceof SessionError) throw error;
    return corruptIndex(path, (error as Error).message);
  } finally {
    db?.close();
  }
}

function corruptIndex(path: string, reason: string): IndexProblem {
  return {
    kind: "index-corrupt",
    path,
    message: `the search index is corrupt or unreadable (${reason}): search and list rebuild it from the files`,
  };
}

/**
 * doctor --fix for a refused index: removes the link itself, if it is still one where the index belongs; what it points
 * to is untouched.
 */
export function removeIndexLink(paths: StatePaths, at: string): string {
  const site = inspectIndex(paths);
  if (site.kind !== "refused" || site.at !== at || !site.link) return "nothing to do: it changed since the check";
  nodeFs().unlinkSync(at);
  return "removed the link (what it pointed to is untouched); the next search makes the index anew";
}
