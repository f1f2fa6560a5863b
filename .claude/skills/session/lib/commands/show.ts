/** The `session show` command: one session, active or archived, in full. */
import { defineCommand } from "../cli/command.ts";
import { durationInWords } from "../core/duration.ts";
import { UsageError } from "../core/errors.ts";
import { gateAnswers } from "../core/gates.ts";
import { mergeResolutions } from "../core/merge.ts";
import type { Session } from "../core/schema.ts";
import { mermaidGantt } from "../format/mermaid.ts";
import { visible } from "../format/printable.ts";
import { snapshotText } from "../git/spec-file.ts";
import { targetSession } from "../store/target-session.ts";
import { painter } from "../views/painter.ts";
import { logLines, renderStatus, renderSteps } from "../views/views.ts";

export default defineCommand({
  name: "show",
  summary: "show one session, active or archived, in full",
  args: { ref: { type: "positional", value: "NAME|ID" } },
  options: {
    json: { type: "boolean", help: "print the whole state (timeline included) and its archive path as JSON" },
    chart: { type: "boolean", help: "add the run as a Mermaid gantt chart (what the archive's report shows)" },
    spec: { type: "boolean", help: "print the spec's snapshot, as the session took it (`> FILE` restores it)" },
  },
  description: `NAME is a workflow name (an active session, else its latest archive), an id, or
a unique prefix of 4+ characters of an id. Shows the steps with ✓/✗, the context,
usage, errors, the files the steps created, the log, and the archive's path.
Steps are marked ✓ done, ✗ failed, ↷ skipped, … current, · not reached; the
files a step created read "Created: PATH"; the vars and notes follow, and a
Next: line as \`session status\` prints it.
A Spec: line names the spec the session follows and how its snapshot is kept.
--spec prints the snapshot of the spec the session follows (\`start --spec\`, or
the last \`resume --accept-spec\`): its copy, or its git blob; exactly, when
stdout is not a terminal (control characters shown as pictures on one). Exit 2
when the session has no spec or no snapshot of it.`,
  footer: "Exit codes: 0 ok, 2 no such session, 4 corrupt state file.",
  async run(ctx) {
    const { session, archive } = await targetSession(ctx.store, ctx.args.ref);
    if (ctx.values.spec) {
      const text = specSnapshot(session, ctx.paths.root);
      // print adds the newline a text file ends with.
      const body = text.endsWith("\n") ? text.slice(0, -1) : text;
      ctx.print(ctx.stdoutIsTerminal() ? visible(body) : body);
      return;
    }
    if (ctx.values.json) {
      ctx.printJson({ ...session, archive: archive ?? null });
      return;
    }
    const paint = painter(ctx.color());
    const lines = [
      renderStatus({ session, now: ctx.nowDate(), paint, bar: false, archive, command: ctx.command }),
      "",
      paint.bold("Steps"),
      ...renderSteps(session, paint),
    ];
    const context = JSON.stringify(session.context, null, 2);
    lines.push("", paint.bold("Context"), ...context.split("\n").map((line) => `  ${line}`));
    if (session.usage && Object.keys(session.usage).length > 0) {
      lines.push("", paint.bold("Usage"), ...Object.entries(session.usage).map(([key, value]) => `  ${key}: ${value}`));
    }
    if (session.errors?.length)
      lines.push(
        "",
        paint.bold("Errors"),
        ...session.errors.map((e) => `  ${e.at}  [${visible(e.step)}]  ${visible(e.message)}`),
      );
    if (session.artifacts?.length)
      lines.push("", paint.bold("Artifacts"), ...session.artifacts.map((path) => `  Created: ${visible(path)}`));
    const log = logLines(session);
    if (log.length) lines.push("", paint.bold("Log"), ...log);
    const answers = gateAnswers(session.events ?? []);
    if (answers.length)
      lines.push(
        "",
        paint.bold("Approvals"),
        ...answers.map(
          (a) =>
            `  ${a.at}  [${visible(a.step)}]  ${a.answer}${a.by === undefined ? "" : ` by ${visible(a.by)}`}: ` +
            `${JSON.stringify(visible(a.question))}${a.waitedMs === undefined ? "" : ` (waited ${durationInWords(a.waitedMs)})`}` +
            `${a.note === undefined ? "" : ` — ${visible(a.note)}`}`,
        ),
      );
    const merges = mergeResolutions(session);
    if (merges.length) lines.push("", paint.bold("Merges"), ...merges.map((m) => `  ${m.at}  ${visible(m.text)}`));
    if (session.vars && Object.keys(session.vars).length > 0)
      lines.push(
        "",
        paint.bold("Vars"),
        ...Object.entries(session.vars).map(([k, value]) => `  ${visible(k)}=${visible(value)}`),
      );
    if (session.spec) lines.push("", specLine(session, ctx.command));
    if (session.continued_from) lines.push("", `Continued from: ${session.continued_from}`);
    const notes = (session as { notes?: string }).notes;
    if (notes)
      lines.push(
        "",
        paint.bold("Notes"),
        ...visible(notes)
          .split("\n")
          .map((line) => `  ${line}`),
      );
    if (ctx.values.chart) lines.push("", mermaidGantt(session));
    lines.push("", archive ? `Archive: ${archive}` : `State: ia/state/sessions (active)`);
    ctx.print(lines.join("\n"));
  },
});

/** Which spec the session follows, and how its snapshot is kept. */
function specLine(session: Session, command: (text: string) => string): string {
  const spec = session.spec as NonNullable<Session["spec"]>;
  const kept =
    spec.blob !== undefined
      ? `git blob ${spec.blob.slice(0, 12)}`
      : spec.copy !== undefined
        ? `a copy, ${spec.copy.split("\n").length - (spec.copy.endsWith("\n") ? 1 : 0)} lines`
        : "no snapshot";
  const print = kept === "no snapshot" ? "" : `; \`${command(`show ${session.workflow} --spec`)}\` prints it`;
  return `Spec: ${visible(spec.path)} (${kept}${print})`;
}

/** The text of the spec snapshot SESSION keeps, or a usage error saying why there is none. */
function specSnapshot(session: Session, root: string): string {
  const spec = session.spec;
  if (!spec)
    throw new UsageError(
      `${session.workflow} has no spec`,
      "A session keeps one with `session start NAME --spec FILE`.",
    );
  const text = snapshotText(root, spec);
  if (text !== undefined) return text;
  throw new UsageError(
    spec.blob === undefined
      ? `${session.workflow} keeps no snapshot of its spec ${visible(spec.path)} (it started before snapshots)`
      : `the snapshot of ${visible(spec.path)}, git blob ${spec.blob}, is not in this clone's git objects`,
    spec.blob === undefined ? undefined : "Fetch the commit that holds it, then run this again.",
  );
}
