/** The `session list` command: active and archived sessions, filtered, most recent first. */
import { defineCommand } from "../cli/command.ts";
import { fileStem } from "../core/names.ts";
import { parseWholeNumber } from "../core/parse.ts";
import { plural } from "../core/text.ts";
import { quoted } from "../format/printable.ts";
import { relativePath } from "../fs/state-paths.ts";
import { describeMark, type GitMark, gitMarks } from "../git/status.ts";
import type { ListEntry } from "../index/entry.ts";
import { FILTER_OPTIONS, type ListFilter, parseFilter } from "../index/filter.ts";
import { filterEntries, listAll, listOnBranches, strayEntries } from "../index/listing.ts";
import { hasIndex, listFromIndex, withIndex } from "../index/read.ts";
import { readSession } from "../store/read.ts";
import type { Store } from "../store/store.ts";
import { painter } from "../views/painter.ts";
import { ago, statusColor, table } from "../views/views.ts";

export default defineCommand({
  name: "list",
  summary: "list sessions, active and archived, most recently updated first",
  args: {},
  options: {
    ...FILTER_OPTIONS,
    limit: { type: "string", value: "N", help: "at most N sessions" },
    branches: {
      type: "boolean",
      help:
        "add the active sessions committed on other branches, local and remote-tracking (read through git, never " +
        "fetched)",
    },
    json: { type: "boolean", help: "print an array of summaries as JSON" },
  },
  description: `A table: ID, WORKFLOW, STATUS, STEP, UPDATED, WHERE (active, archived, or
on BRANCH with --branches). Unreadable files are listed too,
with status "corrupt". --json prints {workflow, id, type, status, step,
started_at, updated_at, ended_at, archive} for each, and branch with --branches.
In a git repository, a file with changes not committed, or left unmerged, says so
in WHERE and in a line under the table; --json adds git ("uncommitted" or
"unmerged") and committed ({commit, subject} of the last commit that recorded it,
or null: never committed) to its entry. A session waiting for approval gets a line
under the table: the question, and the approve and reject commands that answer it.`,
  footer: "Exit codes: 0 ok (also when nothing matches), 2 bad input.",
  async run(ctx) {
    const v = ctx.values;
    const now = ctx.nowDate();
    const filter = {
      ...parseFilter(v, now),
      limit: v.limit === undefined ? undefined : parseWholeNumber(v.limit, "--limit"),
    };
    // Through the index when there is one to trust (filtered and limited in SQL); by reading the files when there is
    // not.
    const indexed = !v.branches && hasIndex(ctx.store.paths);
    const listed = indexed
      ? withStray(
          withIndex(ctx.store.paths, (db) => listFromIndex(db, filter)),
          strayEntries(ctx.store),
          filter,
        )
      : await (async () => {
          const local = await listAll(ctx.store);
          return filterEntries([...local, ...(v.branches ? listOnBranches(ctx.store, local) : [])], filter);
        })();
    const entries = await withGitMarks(ctx.store, listed);
    if (v.json) {
      ctx.printJson(entries);
      return;
    }
    if (entries.length === 0) {
      ctx.print(
        `No sessions${Object.values(v).some((x) => x !== undefined) ? " match" : " yet"}. Start one with ` +
          `\`${ctx.command("start NAME")}\`.`,
      );
      return;
    }
    const paint = painter(ctx.color());
    const rows = entries.map((e) => [
      e.id ?? "-",
      e.workflow,
      e.status,
      e.step ?? "-",
      e.updated_at ? `${e.updated_at.slice(0, 16).replace("T", " ")} (${ago(e.updated_at, now)})` : (e.error ?? ""),
      `${e.branch ? `on ${e.branch}` : e.archive ? "archived" : "active"}${e.git ? `, ${e.git}` : ""}`,
    ]);
    const [head, ...lines] = table(
      ["ID", "WORKFLOW", "STATUS", "STEP", "UPDATED", "WHERE"],
      rows,
      (_row, column, text) => (column === 2 ? statusColor(text, paint) : text),
    );
    ctx.print(paint.bold(head as string));
    for (const line of lines) ctx.print(line);
    ctx.print(paint.dim(`\n${plural(entries.length, "session")}. Details: ${ctx.command("show ID")}`));
    // What a waiting session waits for, and who may unblock it: a person, with approve or reject.
    const waiting = entries.filter((e) => e.status === "waiting" && e.archive === null && e.branch === undefined);
    for (const e of waiting.slice(0, MARKS_SHOWN)) {
      const question = (await readSession(ctx.store, e.workflow).catch(() => undefined))?.waiting?.question;
      if (question !== undefined)
        ctx.print(
          `${e.workflow} waits for a person's answer to ${quoted(question)}: ${ctx.command(`approve ${e.workflow}`)} ` +
            `or ${ctx.command(`reject ${e.workflow} --reason TEXT`)}`,
        );
    }
    const marked = entries.filter((e) => e.git !== undefined);
    for (const e of marked.slice(0, MARKS_SHOWN))
      ctx.print(paint.yellow(`${e.workflow}: ${describeMark(e as GitMark, quoted, ctx.command("doctor"))}`));
    if (marked.length > MARKS_SHOWN)
      ctx.print(
        paint.yellow(
          `and ${marked.length - MARKS_SHOWN} more not committed or unmerged: \`git status ` +
            `${relativePath(ctx.store.paths, ctx.store.paths.sessions)}\``,
        ),
      );
  },
});

/** The most files whose git state `list` spells out under its table (each row says it anyway). */
const MARKS_SHOWN = 10;

/**
 * The listed files git has something to say about, marked (`git`: uncommitted
 * or unmerged, and `committed`: since which commit): one `git status` over the
 * state folder. Sessions read from other branches are committed by definition.
 */
async function withGitMarks(
  store: Store,
  entries: ListEntry[],
): Promise<(ListEntry & Partial<GitMark> & { committed?: unknown })[]> {
  if (!entries.some((e) => e.branch === undefined)) return entries;
  const folder = relativePath(store.paths, store.paths.sessions);
  const marks = await gitMarks(store.paths.root, folder, [folder]);
  if (marks.size === 0) return entries;
  return entries.map((e) => {
    const mark =
      e.branch === undefined ? marks.get(e.file ?? e.archive ?? `${folder}/${fileStem(e.workflow)}.json`) : undefined;
    return mark ? { ...e, ...mark } : e;
  });
}

/**
 * The index holds regular files only: anything else named like a session is listed as corrupt, as it is without the
 * index (one listing, one answer).
 */
function withStray(indexed: ListEntry[], stray: ListEntry[], filter: ListFilter): ListEntry[] {
  return stray.length === 0 ? indexed : filterEntries([...indexed, ...stray], filter);
}
