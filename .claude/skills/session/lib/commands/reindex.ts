/** The `session reindex` command: rebuild the search index from the files. */
import { defineCommand } from "../command.ts";
import { openIndex, rebuild } from "../index-read.ts";
import { indexPath } from "../index-write.ts";
import { relativePath } from "../store.ts";
import { progressBar } from "../views.ts";

export default defineCommand({
  name: "reindex",
  summary: "rebuild the search index from the files",
  args: [],
  options: {},
  description: `The index (ia/state/sessions/.index/, git-ignored) is derived from the
files and kept current by every write; search rebuilds it by itself when files
changed behind its back. This rebuilds it now, in full, with a progress bar on a
terminal. Prints {"index", "sessions", "ms"}.`,
  footer: "Exit codes: 0 ok, 1 the index could not be written.",
  json: true,
  run(ctx) {
    const started = performance.now();
    const terminal = ctx.stdoutIsTerminal();
    const { db } = openIndex(ctx.store.paths);
    const sessions = rebuild(ctx.store.paths, db, terminal ? (done, total) => ctx.progress(`\r${progressBar(done, total, 30)}`) : undefined);
    db.close();
    if (terminal) ctx.progress("\n");
    return { index: relativePath(ctx.store, indexPath(ctx.store.paths)), sessions, ms: Math.round(performance.now() - started) };
  },
});
