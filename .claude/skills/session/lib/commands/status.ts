/** The `session status` command: where a session stands, in a few readable lines. */
import { defineCommand } from "../cli/command.ts";
import { branchSummary, nextAction } from "../core/progress.ts";
import { quoted } from "../format/printable.ts";
import { relativePath } from "../fs/state-paths.ts";
import { describeMark, gitMarks } from "../git/status.ts";
import { sessionPath } from "../store/store.ts";
import { targetSession } from "../store/target-session.ts";
import { painter } from "../views/painter.ts";
import { renderStatus } from "../views/views.ts";

export default defineCommand({
  name: "status",
  summary: "show where a session stands: step, status, error, time",
  args: { ref: { type: "positional", value: "NAME|ID", required: false } },
  options: { json: { type: "boolean", help: "print the session's summary as JSON" } },
  description: `Prints Workflow:, Status:, Step: 3/5 "STEP" (with - FAILED and an Error: line
when it failed), Started:, Elapsed: in words, then Next: the step to run (the
first planned step not done; without a plan, the current step unless it is
done) and the command that carries on: resume, or save once no step is left;
for an archive, resume ID, and nothing once it completed. show, pending and
get --all name the same next step. A plan that branches adds Ready:, Running:,
Done:, Failed: and Blocked: lines, and Step: counts the steps done; a step tried
again says (attempt N). --json prints the state with next (the
step, or null) and archive.
Without NAME: the active session (\`session activate\`), else the most recently
updated one. Archived sessions are found by name or id too. A progress bar of the
plan is drawn on a terminal. In a git repository, a Git: line says when the
session's file has changes not committed (since which commit) or is unmerged;
--json adds git ("uncommitted" or "unmerged") and committed ({commit, subject},
or null: never committed).`,
  footer: "Exit codes: 0 ok, 2 no such session, 4 corrupt state file.",
  async run(ctx) {
    const { session, archive } = await targetSession(ctx.store, ctx.args.ref);
    // Changes not committed (or a merge left unresolved) are what a stash or a fresh clone loses: said here.
    const file = archive ?? relativePath(ctx.store.paths, sessionPath(ctx.store, session.workflow));
    const mark = (
      await gitMarks(ctx.store.paths.root, relativePath(ctx.store.paths, ctx.store.paths.sessions), [file])
    ).get(file);
    if (ctx.values.json) {
      const { events: _timeline, ...state } = session;
      ctx.printJson({
        ...state,
        next: nextAction(session, archive !== undefined).step,
        ...branchSummary(session),
        archive: archive ?? null,
        ...mark,
      });
      return;
    }
    const git = mark && describeMark(mark, quoted, ctx.command("doctor"));
    ctx.print(
      renderStatus({
        session,
        now: ctx.nowDate(),
        paint: painter(ctx.color()),
        bar: ctx.stdoutIsTerminal(),
        command: ctx.command,
        archive,
        git,
      }),
    );
  },
});
