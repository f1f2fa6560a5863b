/** The `session doctor` command: check the state folder and, with --fix, repair it. */
import { defineCommand } from "../cli/command.ts";
import { plural } from "../core/text.ts";
import { type DoctorReport, doctor } from "../doctor/doctor.ts";
import { type Painter, painter } from "../views/painter.ts";

export default defineCommand({
  name: "doctor",
  summary: "check the state folder and, with --fix, repair it",
  args: {},
  options: {
    fix: { type: "boolean", help: "repair what can be repaired, and report each repair" },
    json: { type: "boolean", help: "print the report as JSON" },
  },
  description: `Finds corrupt or invalid state files, git conflict markers, planted symlinks,
broken archives, leftover temporary files and stale locks, sessions both active
and archived (an interrupted save or resume, told apart by their timelines),
state files edited by hand (the state differs from its timeline), stray
active-session markers, two archives of one session (saved on two branches), and
two sessions started under one name on two branches. --fix repairs what can be
repaired without guessing: unreadable state files are moved to
ia/state/sessions/.corrupt/, never deleted; a hand edit is recorded as an edit
event; two archives of one session, or a session saved on one branch and advanced
on another, are folded into one archive when the union of their timelines loses
nothing; conflict markers, broken archives and the rest are left for a person,
with the command that resolves them (\`session rename\` for two sessions under one
name). The report has one block per problem: a tag (fixable, or problem when it
needs a person), its kind, its path and what --fix would do; --fix re-checks
each under the session's lock and says what it did. --json prints {root,
checked, problems: [{kind, path, message, repair, fixed}], ok}.`,
  footer: "Exit codes: 0 nothing left to fix, 1 problems remain, 2 bad input.",
  async run(ctx) {
    const fix = Boolean(ctx.values.fix);
    const report = await doctor(ctx.store, { fix, now: ctx.now(), scriptsDir: ctx.scriptsDir });
    if (ctx.values.json) ctx.printJson(report);
    else ctx.print(renderReport(report, fix, painter(ctx.color()), ctx.command("doctor --fix")));
    ctx.setExitCode(report.ok ? 0 : 1);
  },
});

export function renderReport(report: DoctorReport, fixing: boolean, paint: Painter, fixCommand: string): string {
  const { sessions, archives } = report.checked;
  const lines = [`Checked ${plural(sessions, "active session")} and ${plural(archives, "archive")} in ${report.root}.`];
  for (const p of report.problems) {
    const [label, color] = p.fixed
      ? ["fixed", paint.green]
      : p.repair
        ? ["fixable", paint.yellow]
        : ["problem", paint.red];
    lines.push(`${color(label.padEnd(7))}  ${p.kind}  ${p.path}`, `         ${p.message}`);
    if (p.result) lines.push(`         → ${p.result}`);
    else if (p.repair && !fixing) lines.push(`         --fix would ${p.repair}`);
  }
  const left = report.problems.filter((p) => !p.fixed);
  const fixed = report.problems.length - left.length;
  if (report.problems.length === 0) lines.push(paint.green("No problems found."));
  else {
    lines.push(
      "",
      `${plural(report.problems.length, "problem")} ` +
        `found${fixed ? `, ${fixed} fixed` : ""}${left.length ? `, ${left.length} left` : ""}.`,
    );
    const fixable = left.filter((p) => p.repair).length;
    if (!fixing && fixable) lines.push(`Run \`${fixCommand}\` to repair ${fixable} of them.`);
  }
  return lines.join("\n");
}
