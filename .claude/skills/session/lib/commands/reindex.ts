/** The `session reindex` command: rebuild the search index from the files. */
import { defineCommand } from "../cli/command.ts";
import { relativePath } from "../fs/state-paths.ts";
import { reindex } from "../index/read.ts";
import { indexPath } from "../index/write.ts";

import { progressBar } from "../views/views.ts";

export default defineCommand({
  name: "reindex",
  summary: "rebuild the search index from the files",
  args: {},
  options: {},
  description: `The index (ia/state/sessions/.index/, git-ignored) is derived from the
files and kept current by every write; search rebuilds it by itself when files
changed behind its back. This rebuilds it now, in full, with a progress bar on a
terminal. Prints {"index", "sessions", "ms"} ("index" is null when there is no
state folder yet: nothing to index). A link where the index belongs is refused.`,
  footer: "Exit codes: 0 ok, 1 the index could not be written, 4 a state folder or the index is a link.",
  json: true,
  run(ctx) {
    const started = performance.now();
    const terminal = ctx.stdoutIsTerminal();
    const sessions = reindex(
      ctx.store.paths,
      terminal ? (done, total) => ctx.progress(`\r${progressBar(done, total, 30)}`) : undefined,
    );
    if (terminal) ctx.progress("\n");
    const index = sessions === undefined ? null : relativePath(ctx.store.paths, indexPath(ctx.store.paths));
    return { index, sessions: sessions ?? 0, ms: Math.round(performance.now() - started) };
  },
});
