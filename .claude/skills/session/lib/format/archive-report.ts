/**
 * The archive's body: a report a person reads, derived from the state and its
 * timeline (story.ts): what happened, step by step and in time order, with the
 * failures, retries, stops and hand-offs. Every user string goes through
 * markdown.ts, so none becomes structure or a link. Pure.
 */
import { formatDuration } from "../core/duration.ts";
import { gateAnswers } from "../core/gates.ts";
import type { History } from "../core/history.ts";
import { sameStep } from "../core/names.ts";
import { STEP_SYMBOLS, stepMarks } from "../core/progress.ts";
import type { ArchivedSession, Session, SessionEvent } from "../core/schema.ts";
import { type Attempt, activePieces, type Stop, type Story, storyOf } from "../core/story.ts";
import { plural } from "../core/text.ts";
import { cellText, fenced, inlineText, linkText } from "./markdown.ts";
import { mermaidGantt } from "./mermaid.ts";
import { visible } from "./printable.ts";

const ms = (at: string) => Date.parse(at);
const lasted = (from: string, to: string) => formatDuration(ms(to) - ms(from));

export function renderReport(state: ArchivedSession): string {
  const story = storyOf(state as Session);
  const duration = lasted(state.started_at, state.ended_at);
  const entered = state.steps.length;
  const lines = [
    `# ${inlineText(state.workflow)}`,
    "",
    `${capitalize(state.status)} on ${state.ended_at.slice(0, 10)} after ${duration}: ` +
      `${plural(entered, "step")} entered${state.errors?.length ? `, ${plural(state.errors.length, "error")}` : ""}.`,
    ...summary(story),
    "",
    "| | |",
    "| --- | --- |",
    `| Status | ${state.status} |`,
    `| ID | \`${state.id}\` |`,
    `| Type | ${state.type} |`,
    `| Started | ${state.started_at} |`,
    `| Ended | ${state.ended_at} |`,
    `| Duration | ${duration} |`,
    ...(story.actors.length > 0 ? [`| By | ${story.actors.map(cellText).join(", ")} |`] : []),
    ...(state.continued_from ? [`| Continued from | \`${state.continued_from}\` |`] : []),
    "",
    "## Steps",
    "",
    ...steps(state, story),
  ];
  const told = storyLines(state, story);
  if (told.length > 0) lines.push("", "## Story", "", ...told);
  const answers = gateAnswers(state.events ?? []);
  if (answers.length > 0) lines.push("", "## Approvals", "", ...answers.map(answerLine));
  lines.push("", "## Context", "", fenced("json", JSON.stringify(state.context, null, 2)));
  if (state.usage && Object.keys(state.usage).length > 0) {
    lines.push("", "## Usage", "", ...Object.entries(state.usage).map(([k, v]) => `- ${inlineText(k, true)}: ${v}`));
  }
  if (state.artifacts?.length) {
    lines.push("", "## Artifacts", "", ...state.artifacts.map((path) => `- [${linkText(path)}](<${linkTo(path)}>)`));
  }
  const chart = mermaidGantt(state as Session);
  if (chart) lines.push("", "## Chart", "", chart);
  if (state.notes) lines.push("", "## Notes", "", fenced("text", visible(state.notes.replace(/\r\n?/g, "\n"))));
  return `${lines.join("\n")}\n`;
}

/** One gate's answer: what was asked, who answered what and when, and how long the wait took. */
function answerLine(answer: ReturnType<typeof gateAnswers>[number]): string {
  const waited = answer.waitedMs === undefined ? "" : ` after waiting ${formatDuration(answer.waitedMs)}`;
  return (
    `- ${inlineText(answer.step)}: ${inlineText(answer.question)} — **${answer.answer}**` +
    `${answer.by === undefined ? "" : ` by ${inlineText(answer.by)}`} at ${answer.at}${waited}` +
    `${answer.note === undefined ? "" : ` (${inlineText(answer.note)})`}`
  );
}

/** The sentences after the first: what was tried again, how long it stood still, and who worked on it. */
function summary(story: Story): string[] {
  const sentences: string[] = [];
  const retried = new Map<string, number>();
  for (const attempt of story.attempts)
    if (attempt.number > 1) retried.set(attempt.step, Math.max(retried.get(attempt.step) ?? 0, attempt.number));
  if (retried.size > 0)
    sentences.push(
      `Tried again: ${[...retried].map(([step, n]) => `${inlineText(step)} (${plural(n, "attempt")})`).join(", ")}.`,
    );
  const stops = story.stops.filter((stop) => ms(stop.to) > ms(stop.from));
  if (stops.length > 0) {
    const total = stops.reduce((sum, stop) => sum + ms(stop.to) - ms(stop.from), 0);
    const kinds = [...new Set(stops.map((stop) => stop.kind))].map((kind) => {
      const these = stops.filter((stop) => stop.kind === kind);
      const time = these.reduce((sum, stop) => sum + ms(stop.to) - ms(stop.from), 0);
      return `${STOP_WORDS[kind]} ${these.length > 1 ? `${these.length} times, ` : ""}${formatDuration(time)}`;
    });
    sentences.push(`Stood still ${formatDuration(total)} in all: ${kinds.join("; ")}.`);
  }
  if (story.actors.length > 0)
    sentences.push(
      `By ${story.actors.map((actor) => inlineText(actor)).join(", ")}` +
        `${story.handoffs > 0 ? `; ${plural(story.handoffs, "hand-off")}` : ""}.`,
    );
  return sentences;
}

const STOP_WORDS: Record<Stop["kind"], string> = {
  failed: "waiting after a failure",
  paused: "paused",
  interrupted: "interrupted",
  idle: "idle",
  archived: "archived",
  waiting: "waiting for approval",
};

const MAX_ATTEMPTS_SHOWN = 8;

/** The steps, numbered; a step tried more than once lists its attempts under it, each with who, when and how. */
function steps(state: ArchivedSession, story: Story): string[] {
  return stepMarks(state as Session).flatMap(({ step, mark, error }, i) => {
    const attempts = story.attempts.filter((a) => sameStep(a.step, step) && a.outcome !== "rewound");
    const head = `${i + 1}. ${STEP_SYMBOLS[mark]} ${inlineText(step)}${mark === "todo" ? " (not reached)" : ""}`;
    if (attempts.length < 2) return [`${head}${error ? ` — ${inlineText(error)}` : ""}`];
    const indent = " ".repeat(String(i + 1).length + 2);
    const line = (a: Attempt) => `${indent}- ${attemptLine(a, story, state)}`;
    // A long loop (test, fix, test…) shows its first and last attempts here; the story tells every one.
    const shown =
      attempts.length <= MAX_ATTEMPTS_SHOWN
        ? attempts.map(line)
        : [
            ...attempts.slice(0, 2).map(line),
            `${indent}- … ${attempts.length - (MAX_ATTEMPTS_SHOWN - 1)} more`,
            ...attempts.slice(-(MAX_ATTEMPTS_SHOWN - 3)).map(line),
          ];
    return [`${head} — ${plural(attempts.length, "attempt")}`, ...shown];
  });
}

const OUTCOME_SYMBOLS: Record<Attempt["outcome"], string> = {
  done: STEP_SYMBOLS.done,
  failed: STEP_SYMBOLS.failed,
  skipped: STEP_SYMBOLS.skipped,
  rewound: "↺",
  open: STEP_SYMBOLS.open,
};

function attemptLine(attempt: Attempt, story: Story, state: ArchivedSession): string {
  const worked = activePieces(attempt, story.stops).reduce((sum, p) => sum + ms(p.to) - ms(p.from), 0);
  const who = attempt.actor !== undefined ? `, ${inlineText(attempt.actor)}` : "";
  const errors = attempt.errors.length > 0 ? `: ${attempt.errors.map((e) => inlineText(e)).join("; ")}` : "";
  return (
    `${OUTCOME_SYMBOLS[attempt.outcome]} attempt ${attempt.number}${who}, from ${clock(attempt.from, state)}, ` +
    `${formatDuration(worked)}${errors}`
  );
}

/** `15:03:00` on the day the run started, `2025-01-30 09:00:00` on another. */
function clock(at: string, state: ArchivedSession): string {
  const time = at.slice(11, 19);
  return at.slice(0, 10) === state.started_at.slice(0, 10) ? time : `${at.slice(0, 10)} ${time}`;
}

/**
 * What happened, in time order: one line per write (its events share a rev and
 * a writer), who made it (named when the writer changes, with whom they took
 * over from); the stops between, and every log note, error and merge as it came.
 */
function storyLines(state: ArchivedSession, story: Story): string[] {
  const events = state.events ?? [];
  const lines: string[] = [];
  const history = state.history as History | undefined;
  if (history)
    lines.push(
      `- Before these: ${plural(history.events, "earlier event")}, compacted into \`history/${state.id}/\` ` +
        "(`session show` reads them).",
    );
  let previous: string | undefined;
  let i = 0;
  while (i < events.length) {
    const first = events[i] as SessionEvent;
    let j = i + 1;
    while (
      j < events.length &&
      events[j]?.rev === first.rev &&
      first.rev !== undefined &&
      events[j]?.actor === first.actor
    )
      j++;
    const stop = [...Array(j - i).keys()].map((k) => story.ended.get(i + k)).find((s) => s !== undefined);
    if (stop?.kind === "idle")
      lines.push(
        `- ${clock(stop.from, state)}–${clock(stop.to, state)}: nothing recorded for ${lasted(stop.from, stop.to)}`,
      );
    const group = events.slice(i, j);
    const phrases = group.flatMap((event, k) => phrase(event, i + k, group, story, state));
    if (phrases.length > 0) {
      if (stop && stop.kind !== "idle" && ms(stop.to) > ms(stop.from)) phrases[0] += `, ${stopPhrase(stop)}`;
      const actor = first.actor;
      const handoff =
        actor !== undefined && previous !== undefined && actor !== previous
          ? ` (taking over from ${inlineText(previous)})`
          : "";
      // The writer is named where it changes: a run of lines by one writer reads as theirs.
      const who = actor !== undefined && actor !== previous ? `${inlineText(actor)}: ` : "";
      lines.push(`- ${clock(first.at, state)} ${who}${phrases.join("; ")}${handoff}`);
    }
    for (const event of group) if (event.actor !== undefined) previous = event.actor;
    i = j;
  }
  return lines;
}

function stopPhrase(stop: Stop): string {
  const time = lasted(stop.from, stop.to);
  switch (stop.kind) {
    case "failed":
      return `${time} after the failure`;
    case "paused":
      return `after ${time} paused`;
    case "interrupted":
      return `after ${time} with nothing recorded (interrupted)`;
    case "archived":
      return `${time} after it was saved`;
    case "waiting":
      return `after ${time} waiting for approval`;
    default:
      return `after ${time} idle`;
  }
}

/** What one event says, in a few words (none for the context updates and counters the other sections show). */
function phrase(event: SessionEvent, i: number, group: SessionEvent[], story: Story, state: ArchivedSession): string[] {
  const step = event.step !== undefined ? inlineText(event.step) : "";
  const attempt = story.began.get(i);
  const again = attempt && attempt.number > 1 ? ` (attempt ${attempt.number})` : "";
  const json = (value: unknown) => inlineText(JSON.stringify(value) ?? "null");
  switch (event.kind) {
    case "start":
      return [`started${event.continued_from ? ` (continuing \`${event.continued_from}\`)` : ""}`];
    case "fork":
      return [`copied that session${step ? ` as it stood at ${step}` : ""}`];
    case "plan": {
      const plan = (event.plan ?? []).map((s) => inlineText(s)).join(" → ");
      return [group.some((e) => e.kind === "start") ? `planned ${plan}` : `plan changed to ${plan}`];
    }
    case "enter":
      return [`entered ${step}${attempt && attempt.number > 1 ? ` again${again}` : ""}`];
    case "done":
      return [group.some((e) => e.kind === "enter" && e.step === event.step) ? "done" : `${step} done${again}`];
    case "error":
      return [`${step} failed: ${inlineText(event.note ?? "")}`];
    case "status":
      return [
        event.status === "paused" ? "paused" : event.status === "running" ? "running again" : `marked ${event.status}`,
      ];
    case "artifacts":
      return [`recorded ${(event.artifacts ?? []).map((path) => inlineText(path)).join(", ")}`];
    case "save":
      return [`saved as ${event.status}${state.notes && event.note === state.notes ? ", with the notes below" : ""}`];
    case "log":
      return [`logged: ${inlineText(event.note ?? "")}`];
    case "resume":
      // `resume --skip-failed` and `resume --from` write a skip or a replay too, which say what happened.
      if (group.some((e) => e.kind === "skip" || e.kind === "replay")) return [];
      return [`resumed${step ? ` ${step}` : ""}${again}`];
    case "replay":
      return [`went back to ${step}${again}; the steps after it are rewound`];
    case "skip":
      return [`gave up on ${step} (skipped)`];
    case "var":
      return [
        `set ${Object.entries(event.vars ?? {})
          .map(([k, v]) => inlineText(`${k}=${v}`))
          .join(", ")}`,
      ];
    case "merge":
      return [
        `merged two branches' timelines${(event.resolved ?? [])
          .map(
            (r) => `; ${inlineText(r.key)}: ${r.values.map(json).join(" or ")} on two branches, kept ${json(r.kept)}`,
          )
          .join("")}`,
      ];
    case "await":
      return [`${step} waits for a person: ${inlineText(event.note ?? "")}`];
    case "approve":
    case "reject": {
      const by = event.by === undefined ? "" : ` by ${inlineText(event.by)}`;
      const note = event.note === undefined ? "" : `${event.kind === "reject" ? ": " : " ("}${inlineText(event.note)}`;
      return [
        `${event.kind === "approve" ? "approved" : "rejected"} ${step}${by}${note}${note && event.kind === "approve" ? ")" : ""}`,
      ];
    }
    case "spec":
      return [`accepted the changed spec ${inlineText(event.spec?.path ?? "")} as the one to follow`];
    case "rename":
      return [`renamed to ${inlineText(event.workflow ?? "")}`];
    case "edit": {
      const keys = [...Object.keys(event.state ?? {}), ...(event.removed ?? [])].map((k) => inlineText(k));
      return [`edited by hand${keys.length ? ` (${keys.join(", ")})` : ""}`];
    }
    default:
      // update (the context: its section), usage (its section): nothing to tell here; a retry they begin is told.
      return attempt && attempt.number > 1 ? [`went on with ${step}${again}`] : [];
  }
}

/**
 * A link to an artifact, from the archive: paths are relative to the project
 * root, three folders up; Windows paths become `/`-paths (a drive, a file://
 * URL). Percent-encoded past what encodeURI does, so `)`, `#`, `?`, `<` never
 * end or split the link in any markdown reader.
 */
function linkTo(path: string): string {
  const slashed = path.replaceAll("\\", "/");
  const target = /^[A-Za-z]:\//.test(slashed)
    ? `file:///${slashed}`
    : slashed.startsWith("/")
      ? slashed
      : `../../../../${slashed}`;
  return encodeURI(target).replace(/[()#?<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
