/**
 * The one storage API, reads: finding sessions by name, id or unique id prefix
 * (active and archived, ids compared field to field, never searched for in the
 * text), and listing them; an unreadable file is reported, never the end of a scan.
 */

import { UsageError } from "../core/errors.ts";
import { checkName, ID_PATTERN, isIdPrefix, nameFromStem, nameProblem } from "../core/names.ts";
import type { Session } from "../core/schema.ts";
import { type ArchiveHead, readArchiveHead } from "../format/archive-head.ts";
import { parseSession } from "../format/state-file.ts";
import { failpoint } from "../fs/failpoints.ts";
import { exists, readFile } from "../fs/files.ts";
import { listEntries, listFiles, notRegular, readText, symlinked } from "../fs/safe-read.ts";
import { ACTIVE_FOLDERS, checkStoreFolders, ownSession, type Store, sessionPath } from "./store.ts";

export interface Unreadable {
  path: string;
  reason: string;
}

export type Found =
  | { where: "active"; session: Session; path: string }
  | { where: "archived"; head: ArchiveHead & { workflow: string; id: string }; path: string };

export interface ResolveOptions {
  /** Look in the archives too (default: active sessions only). */
  archived?: boolean;
  /** Accept a unique id prefix of 4+ characters (default), or only a full id (`set`). */
  prefix?: boolean;
}

/** The active session named NAME, or undefined. */
export async function readSession(store: Store, name: string): Promise<Session | undefined> {
  const path = sessionPath(store, checkName(name));
  checkStoreFolders(store, ACTIVE_FOLDERS);
  const text = readText(path);
  const session = text === undefined ? undefined : ownSession(parseSession(text, path), name, path);
  return session?.workflow === name ? session : undefined;
}

/**
 * The session REF names: an active session of that name (the name wins), else
 * (with `archived`) the latest archive of that name, else the one session whose
 * id is REF or starts with it. Ids are compared field to field, never searched for in the text.
 */
export async function resolveSession(
  store: Store,
  ref: string,
  options: ResolveOptions = {},
): Promise<Found | undefined> {
  const found = await lookUp(store, ref, options);
  // Between finding a session and writing it, another process may save, reset or replace it: writers check its id under
  // the lock.
  failpoint("after-resolve");
  return found;
}

async function lookUp(
  store: Store,
  ref: string,
  { archived = false, prefix = true }: ResolveOptions,
): Promise<Found | undefined> {
  if (nameProblem(ref) === undefined) {
    const session = await readSession(store, ref);
    if (session) return { where: "active", session, path: sessionPath(store, ref) };
  } else if (!isIdPrefix(ref)) checkName(ref); // neither a name nor an id: say why
  if (archived && nameProblem(ref) === undefined) {
    // An archive's file name holds its workflow's slug: read only the archives that can be of REF.
    const words = ref.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const named = (await archiveHeads(store, (file) => words.every((word) => file.includes(word)))).filter(
      ({ head }) => head.workflow === ref,
    );
    const latest = named.sort((a, b) => ((a.head.ended_at ?? "") < (b.head.ended_at ?? "") ? 1 : -1))[0];
    if (latest) return { where: "archived", ...latest };
  }
  // Could REF be an id at all? Asked before the archives are read for one, so a mistyped name costs what a hit does.
  if (!(prefix ? isIdPrefix(ref) : ID_PATTERN.test(ref))) return undefined;
  // An archive's file name ends with the first 6 characters of its id: look there first, and
  // read every archive only when that finds none (archives named before ids were in names).
  let heads = archived ? await archiveHeads(store, (file) => file.includes(`-${ref.slice(0, 6)}`)) : [];
  if (archived && !heads.some(({ head }) => head.id.startsWith(ref))) heads = await archiveHeads(store);
  const matches = (id: string) => id === ref || (prefix && id.startsWith(ref));
  const { sessions } = await listSessions(store);
  const found: Found[] = sessions
    .filter((s) => matches(s.id))
    .map((session) => ({ where: "active", session, path: sessionPath(store, session.workflow) }));
  // A session both active and archived (an interrupted save) is one match: the active state.
  const activeIds = new Set(sessions.filter((s) => matches(s.id)).map((s) => s.id));
  for (const entry of heads)
    if (matches(entry.head.id) && !activeIds.has(entry.head.id)) found.push({ where: "archived", ...entry });
  const ids = new Set(found.map((f) => (f.where === "active" ? f.session.id : f.head.id)));
  if (ids.size > 1) {
    const names = found.map((f) =>
      f.where === "active" ? `${f.session.workflow} (${f.session.id})` : `${f.head.workflow} (${f.head.id}, archived)`,
    );
    throw new UsageError(
      `id prefix ${JSON.stringify(ref)} matches ${ids.size} sessions: ${names.join(", ")}`,
      "Give more characters of the id.",
    );
  }
  return found[0];
}

/**
 * For writers, which read the state under the lock anyway: is REF the name of
 * an active session? (The name wins over an id.) A look at the folder, not a read.
 */
export function isActiveName(store: Store, ref: string): boolean {
  return nameProblem(ref) === undefined && exists(sessionPath(store, ref));
}

/** Every active session; an unreadable file is reported, never the end of the scan. */
export async function listSessions(store: Store): Promise<{ sessions: Session[]; unreadable: Unreadable[] }> {
  const sessions: Session[] = [];
  const unreadable: Unreadable[] = [];
  checkStoreFolders(store, ACTIVE_FOLDERS);
  const files = stateFiles(store);
  // Symlinks, folders and FIFOs named *.json are listed as unreadable, never opened.
  for (const { name, kind } of listEntries(store.paths.sessions, "*.json")) {
    if (kind === "file") continue;
    const path = `${store.paths.sessions}/${name}`;
    unreadable.push({ path, reason: (kind === "symlink" ? symlinked(path) : notRegular(path)).message });
  }
  // Plain concatenation: the folder is already normal, and this loop may run 10,000 times.
  const paths = files.map((file) => `${store.paths.sessions}/${file}`);
  const texts = await Promise.all(paths.map((path) => readFile(path).catch((error: Error) => error)));
  paths.forEach((path, i) => {
    const text = texts[i];
    try {
      if (text instanceof Error) throw text;
      if (text !== undefined)
        sessions.push(ownSession(parseSession(text, path), nameFromStem((files[i] as string).slice(0, -5)), path));
    } catch (error) {
      unreadable.push({ path, reason: (error as Error).message });
    }
  });
  return { sessions, unreadable };
}

/** The regular state files in the folder (`*.json`), without reading them. */
export function stateFiles(store: Store): string[] {
  return listFiles(store.paths.sessions, "*.json", true);
}

/** The regular archive files (`*.md`); doctor reports anything else found there. */
export function archiveFiles(store: Store): string[] {
  checkStoreFolders(store);
  return listFiles(store.paths.archives, "*.md", true);
}

/** The top-level fields of each archive this tool wrote (others have no readable head and are left out). */
export async function archiveHeads(
  store: Store,
  wanted: (file: string) => boolean = () => true,
): Promise<{ head: ArchiveHead & { workflow: string; id: string }; path: string }[]> {
  const paths = archiveFiles(store)
    .filter(wanted)
    .map((file) => `${store.paths.archives}/${file}`);
  const texts = await Promise.all(paths.map((path) => readFile(path).catch(() => undefined)));
  return paths.flatMap((path, i) => {
    const head = readArchiveHead(texts[i] ?? "");
    return head.workflow !== undefined && head.id !== undefined
      ? [{ head: head as ArchiveHead & { workflow: string; id: string }, path }]
      : [];
  });
}
