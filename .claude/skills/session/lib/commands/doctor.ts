/** The `session doctor` command: check the state folder and, with --fix, repair it. */
import { defineCommand } from "../cli.ts";
import { type DoctorReport, doctor } from "../doctor.ts";
import { paint } from "../terminal.ts";

export default defineCommand({
  name: "doctor",
  usage: `session doctor — check the state folder and, with --fix, repair it.
Usage: session doctor [--fix] [--json]

Finds corrupt or invalid state files, git conflict markers, planted symlinks,
broken archives, leftover temporary files and stale locks, sessions both active
and archived (an interrupted save or resume), and stray active-session markers.
--fix repairs what can be repaired without guessing: unreadable state files are
moved to ia/state/sessions/.corrupt/, never deleted; conflict markers and broken
archives are left for a person.

Options:
  --fix       repair what can be repaired, and report each repair
  --json      print the report as JSON
  -h, --help  show this help

Exit codes: 0 nothing left to fix, 1 problems remain, 2 bad input.`,
  options: { fix: { type: "boolean" }, json: { type: "boolean" } },
  args: { min: 0, max: 0 },
  async run(ctx) {
    const report = await doctor(ctx.paths, { fix: Boolean(ctx.values.fix), now: ctx.now() });
    if (ctx.values.json) ctx.print(JSON.stringify(report, null, 2));
    else ctx.print(renderReport(report, Boolean(ctx.values.fix)));
    ctx.setExitCode(report.ok ? 0 : 1);
  },
});

export function renderReport(report: DoctorReport, fixing: boolean): string {
  const { sessions, archives } = report.checked;
  const lines = [`Checked ${sessions} active ${sessions === 1 ? "session" : "sessions"} and ${archives} ${archives === 1 ? "archive" : "archives"} in ${report.root}.`];
  for (const p of report.problems) {
    const [label, color] = p.fixed ? ["fixed", paint.green] : p.repair ? ["fixable", paint.yellow] : ["problem", paint.red];
    lines.push(`${color(label.padEnd(7))}  ${p.kind}  ${p.path}`, `         ${p.message}`);
    if (p.result) lines.push(`         → ${p.result}`);
    else if (p.repair && !fixing) lines.push(`         --fix would ${p.repair}`);
  }
  const left = report.problems.filter((p) => !p.fixed);
  const fixed = report.problems.length - left.length;
  if (report.problems.length === 0) lines.push(paint.green("No problems found."));
  else {
    lines.push("", `${report.problems.length} ${report.problems.length === 1 ? "problem" : "problems"} found${fixed ? `, ${fixed} fixed` : ""}${left.length ? `, ${left.length} left` : ""}.`);
    const fixable = left.filter((p) => p.repair).length;
    if (!fixing && fixable) lines.push(`Run \`session doctor --fix\` to repair ${fixable} of them.`);
  }
  return lines.join("\n");
}
