/** The `session pending` command: a short report of interrupted workflows, for an agent starting work (the SessionStart hook). */
import { defineCommand } from "../command.ts";
import { nextStep, stepPosition } from "../session.ts";
import { listSessions } from "../store-read.ts";
import { ago, visible } from "../views.ts";

export default defineCommand({
  name: "pending",
  summary: "report interrupted workflows in a few lines (for a SessionStart hook)",
  args: [],
  options: {},
  description: `Prints, for each active session not completed: its name, step, status (and
error), how long ago it was last touched, and the command to resume it; nothing at
all when there is nothing to resume. Made for Claude Code's SessionStart hook
(.claude/settings.json), so an agent starting work learns at once what it left
unfinished. It never fails: any trouble is one line naming \`doctor\`, and exit 0.`,
  footer: "Exit codes: always 0.",
  async run(ctx) {
    try {
      const { sessions, unreadable } = await listSessions(ctx.store);
      const open = sessions.filter((s) => s.status !== "completed").sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1));
      if (open.length === 0 && unreadable.length === 0) return;
      const now = ctx.nowDate();
      const lines = [`Interrupted workflows in this repository (${open.length}):`];
      for (const s of open) {
        const { index, total } = stepPosition(s);
        const where = s.step === undefined ? "no step yet" : `step ${total === undefined ? index : `${index}/${total}`} ${JSON.stringify(visible(s.step))}`;
        const error = s.status === "failed" && s.errors?.length ? `: ${visible(s.errors.at(-1)?.message ?? "").slice(0, 80)}` : "";
        const next = nextStep(s);
        lines.push(`- ${s.workflow} — ${where}, ${s.status}${error}, ${ago(s.updated_at, now)}${next ? `; next: ${JSON.stringify(visible(next))}` : ""}`);
        lines.push(`  resume: ${ctx.command(`resume ${s.workflow}`)}`);
      }
      if (unreadable.length > 0) lines.push(`- ${unreadable.length} unreadable state file(s): ${ctx.command("doctor")}`);
      ctx.print(lines.join("\n"));
    } catch (error) {
      ctx.print(`session: could not read the workflow state (${(error as Error).message.split("\n")[0]}); run ${ctx.command("doctor")}`);
    }
  },
});
