/**
 * One session as `list` shows it (and the index stores it), active or archived, readable or not. Apart from
 * listing.ts so that the index's writer, which every write loads, builds its rows without the listing's readers.
 */
import { nameFromFile } from "../core/names.ts";
import type { ArchivedSession, Session } from "../core/schema.ts";

export interface ListEntry {
  workflow: string;
  id: string | null;
  type: string | null;
  status: string;
  step: string | null;
  started_at: string | null;
  updated_at: string | null;
  ended_at: string | null;
  /** The archive's path (relative to the project root), or null for an active session. */
  archive: string | null;
  /** A corrupt file: which, and why it could not be read. */
  file?: string;
  error?: string;
  /** `list --branches`: the local branch this active session is committed on (not the one checked out). */
  branch?: string;
}

/**
 * A file that could not be read, as `list` and the index show it: status "corrupt", named from FILE (relative to the
 * project root) unless WORKFLOW says better, and the reason without the path it begins with (FILE says which).
 */
export function corruptEntry(file: string, error: string, workflow = nameFromFile(file)): ListEntry {
  const colon = error.indexOf(": ");
  return {
    workflow,
    id: null,
    type: null,
    status: "corrupt",
    step: null,
    started_at: null,
    updated_at: null,
    ended_at: null,
    archive: file.endsWith(".md") ? file : null,
    file,
    error: colon === -1 ? error : error.slice(colon + 2),
  };
}

/** A readable session as `list` shows it: active (ARCHIVE null), or archived at ARCHIVE (relative to the project root). */
export function sessionEntry(s: Session | ArchivedSession, archive: string | null = null): ListEntry {
  return {
    workflow: s.workflow,
    id: s.id,
    type: s.type,
    status: s.status,
    step: s.step ?? null,
    started_at: s.started_at,
    updated_at: s.updated_at,
    ended_at: archive === null ? null : ((s as ArchivedSession).ended_at ?? null),
    archive,
  };
}
