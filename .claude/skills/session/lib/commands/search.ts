/** The `session search` command: full-text search over active and archived sessions, through the index. */
import { defineCommand } from "../cli/command.ts";
import { parseWholeNumber } from "../core/parse.ts";
import { plural } from "../core/text.ts";
import { visible } from "../format/printable.ts";
import { FILTER_OPTIONS, parseFilter } from "../index/filter.ts";
import { MATCH_END, MATCH_START, searchIndex, withIndex } from "../index/read.ts";
import { painter } from "../views/painter.ts";
import { statusColor } from "../views/views.ts";

export default defineCommand({
  name: "search",
  summary: "search sessions, active and archived, by any word they hold",
  args: { query: { type: "positional", value: "QUERY" } },
  options: {
    ...FILTER_OPTIONS,
    limit: { type: "string", value: "N", help: "at most N hits (default 20)" },
    json: { type: "boolean", help: "print the hits as JSON: list's summaries, each with a snippet" },
  },
  description: `Searches names, steps, context keys and values, errors, notes and log text,
best match first, through the index (ia/state/sessions/.index/, git-ignored),
which is built or brought up to date first when files changed behind its back
(or built in memory, when the project's own cannot be used or written).
QUERY is FTS5 syntax: words (all must match), "a phrase", prefix*, OR, NOT,
workflow:NAME. Hits show a snippet, the match highlighted on a terminal and in
[brackets] elsewhere. An archive's context is searched too, after save and after
reindex.`,
  footer: "Exit codes: 0 ok (also when nothing matches), 2 bad input or a malformed query, 4 a state folder is a link.",
  async run(ctx) {
    const v = ctx.values;
    const now = ctx.nowDate();
    const filter = { ...parseFilter(v, now), limit: v.limit === undefined ? 20 : parseWholeNumber(v.limit, "--limit") };
    const hits = withIndex(ctx.store.paths, (db) => searchIndex(db, ctx.args.query, filter), { warn: ctx.warn });
    if (v.json) {
      ctx.printJson(
        hits.map((hit) => ({ ...hit, snippet: hit.snippet.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "") })),
      );
      return;
    }
    if (hits.length === 0) {
      ctx.print(`No session matches ${JSON.stringify(ctx.args.query)}.`);
      return;
    }
    const paint = painter(ctx.color());
    // Matches highlighted (bold on a terminal, [brackets] elsewhere); the rest made safe to print.
    const mark = (text: string) =>
      text
        .split(MATCH_START)
        .map((part, i) => {
          const [word, rest = ""] = i === 0 ? ["", part] : part.split(MATCH_END);
          if (i === 0) return visible(rest);
          const found = visible(word as string);
          return `${ctx.color() ? paint.bold(paint.yellow(found)) : `[${found}]`}${visible(rest)}`;
        })
        .join("");
    for (const hit of hits) {
      ctx.print(
        `${paint.bold(hit.workflow)}  ${paint.dim(hit.id ?? "-")}  ${statusColor(hit.status, paint)}  ` +
          `${hit.archive ?? "active"}`,
      );
      ctx.print(`  ${mark(hit.snippet)}`);
    }
    ctx.print(paint.dim(`\n${plural(hits.length, "hit")}. Details: ${ctx.command("show ID")}`));
  },
});
