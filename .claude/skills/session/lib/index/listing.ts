/**
 * `list`: one summary per session, active and archived together, corrupt files
 * among them; filters and order are pure functions of the summaries.
 */

import { parseArchive } from "../format/archive-parse.ts";
import { parseSession } from "../format/state-file.ts";
import { readFile } from "../fs/files.ts";
import { irregularEntries, listEntries, notRegular, symlinked } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import { readBlobs, stateFilesOnBranches } from "../git/git.ts";
import { archiveHeads, listSessions } from "../store/read.ts";
import type { Store } from "../store/store.ts";
import { corruptEntry, type ListEntry, sessionEntry } from "./entry.ts";
import type { ListFilter } from "./filter.ts";

export async function listAll(store: Store): Promise<ListEntry[]> {
  const { sessions, unreadable } = await listSessions(store);
  const entries: ListEntry[] = sessions.map((s) => sessionEntry(s));
  for (const { path, reason } of unreadable) entries.push(corruptEntry(relativePath(store.paths, path), reason));
  const heads = await archiveHeads(store);
  const known = new Set(heads.map((h) => h.path));
  for (const { head, path } of heads) {
    if (head.conflicted) {
      entries.push(corruptEntry(relativePath(store.paths, path), "holds git conflict markers", head.workflow));
      continue;
    }
    entries.push({
      workflow: head.workflow,
      id: head.id,
      type: head.type ?? null,
      status: head.status ?? "unknown",
      step: head.step ?? null,
      started_at: head.started_at ?? null,
      updated_at: head.updated_at ?? null,
      ended_at: head.ended_at ?? null,
      archive: relativePath(store.paths, path),
    });
  }
  // Archives whose head is not in our one-line form (edited, or written by another tool): read in full.
  for (const { name, kind } of listEntries(store.paths.archives, "*.md")) {
    const path = `${store.paths.archives}/${name}`;
    if (known.has(path) || kind !== "file") continue;
    try {
      const state = parseArchive((await readFile(path)) ?? "", path);
      entries.push(sessionEntry(state, relativePath(store.paths, path)));
    } catch (error) {
      entries.push(corruptEntry(relativePath(store.paths, path), (error as Error).message));
    }
  }
  return [...entries, ...strayArchives(store)];
}

/**
 * Symlinks, folders and FIFOs named like a state file or an archive, listed as
 * corrupt (never opened): the index holds regular files only, so `list` adds
 * these to what it reads there, and answers as it does without the index.
 */
export function strayEntries(store: Store): ListEntry[] {
  return [...stray(store, store.paths.sessions, ".json"), ...strayArchives(store)];
}

function strayArchives(store: Store): ListEntry[] {
  return stray(store, store.paths.archives, ".md");
}

function stray(store: Store, dir: string, ext: ".json" | ".md"): ListEntry[] {
  return irregularEntries(dir, `*${ext}`).map(({ name, kind }) => {
    const path = `${dir}/${name}`;
    // The same reason listSessions gives (and get --all shows) for a state file.
    return corruptEntry(
      relativePath(store.paths, path),
      (kind === "symlink" ? symlinked(path) : notRegular(path)).message,
    );
  });
}

/**
 * The active sessions committed on the other local branches, read through git
 * (never checked out): one `git ls-tree` a branch and one `git cat-file --batch`.
 */
export function listOnBranches(store: Store, local: ListEntry[]): ListEntry[] {
  const root = store.paths.root;
  const files = stateFilesOnBranches(root, relativePath(store.paths, store.paths.sessions));
  const texts = readBlobs(
    root,
    files.map(({ branch, path }) => `${branch}:${path}`),
  );
  // A session as it is here, or as another branch already showed it, is listed once: branches named together.
  const seen = new Map<string, ListEntry>(local.filter((e) => e.id).map((e) => [`${e.id}@${e.updated_at}`, e]));
  return files.flatMap(({ branch, path }, i): ListEntry[] => {
    const entry = branchEntry(branch, path, texts[i]);
    if (!entry) return [];
    const key = `${entry.id}@${entry.updated_at}`;
    const same = entry.id ? seen.get(key) : undefined;
    if (same) {
      if (same.branch) same.branch = `${same.branch}, ${branch}`;
      return [];
    }
    if (entry.id) seen.set(key, entry);
    return [entry];
  });
}

function branchEntry(branch: string, path: string, text: string | undefined): ListEntry | undefined {
  if (text === undefined) return undefined;
  try {
    const s = parseSession(text, `${branch}:${path}`);
    return { ...sessionEntry(s), branch };
  } catch (error) {
    return { ...corruptEntry(path, (error as Error).message), branch };
  }
}

/**
 * Filters (a workflow glob such as `pr:*`), most recently updated first (ties
 * by name), then the limit. A corrupt file has no date: date filters keep it
 * in view, since it needs a person whatever its age.
 */
export function filterEntries(entries: ListEntry[], filter: ListFilter): ListEntry[] {
  const glob = filter.workflow === undefined ? undefined : new Bun.Glob(filter.workflow);
  const time = (e: ListEntry) => Date.parse(e.updated_at ?? e.ended_at ?? "") || 0;
  const kept = entries.filter(
    (e) =>
      (filter.status === undefined || e.status === filter.status) &&
      (glob === undefined || e.workflow === filter.workflow || glob.match(e.workflow)) &&
      (filter.type === undefined || e.type === filter.type) &&
      (filter.since === undefined || !e.updated_at || time(e) >= filter.since) &&
      (filter.until === undefined || !e.updated_at || time(e) <= filter.until),
  );
  kept.sort((a, b) => time(b) - time(a) || (a.workflow < b.workflow ? -1 : a.workflow > b.workflow ? 1 : 0));
  return filter.limit === undefined ? kept : kept.slice(0, filter.limit);
}
