/** Reading finished sessions back in full (gray-matter parses the frontmatter): for cleanup, doctor and views. */

import type { ArchivedSession } from "../core/schema.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { readFile } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { archiveFiles, type Unreadable } from "./read.ts";
import type { Store } from "./store.ts";

export interface StoredArchive {
  path: string;
  state: ArchivedSession;
}

/** Every archive; a broken one is reported, never the end of the scan. */
export async function listArchives(store: Store): Promise<{ archives: StoredArchive[]; unreadable: Unreadable[] }> {
  const archives: StoredArchive[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of archiveFiles(store)) {
    const path = join(store.paths.archives, file);
    try {
      const text = await readFile(path);
      if (text !== undefined) archives.push({ path, state: parseArchive(text, path) });
    } catch (error) {
      unreadable.push({ path, reason: (error as Error).message });
    }
  }
  return { archives, unreadable };
}
