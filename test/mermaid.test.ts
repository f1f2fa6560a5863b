/**
 * The archive's and `show --chart`'s timeline is a Mermaid gantt chart that
 * GitHub renders: checked here with Mermaid's own grammar and its gantt db
 * (dates parsed with the chart's dateFormat), for step names that are syntax to Mermaid.
 */
import { describe, expect, test } from "bun:test";
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat.js";
import { JSDOM } from "jsdom";
import type { Session, SessionEvent } from "../.claude/skills/session/lib/core/schema.ts";
import { mermaidGantt } from "../.claude/skills/session/lib/format/mermaid.ts";

dayjs.extend(customParseFormat);
// Mermaid needs a DOM (DOMPurify) before it is imported.
const dom = new JSDOM("<!doctype html><html><body></body></html>");
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false, logLevel: "fatal" });

/** Parses CHART and returns its tasks as Mermaid's gantt db holds them. */
async function tasksOf(chart: string) {
  const text = chart.replace(/^```mermaid\n/, "").replace(/\n```$/, "");
  await mermaid.parse(text);
  const { db } = (await mermaid.mermaidAPI.getDiagramFromText(text)) as unknown as { db: any };
  const format = db.getDateFormat().trim();
  return db.getTasks().map((t: any) => ({
    name: t.task.trim(),
    start: dayjs(t.raw.startTime?.startData, format, true).isValid(),
    end: dayjs(t.raw.endTime?.data, format, true).isValid(),
    ordered: t.endTime >= t.startTime,
    done: Boolean(t.done),
    crit: Boolean(t.crit),
  }));
}

function session(steps: string[], failed: boolean): Session {
  const at = (i: number) => `2025-01-29T15:${String(i * 3).padStart(2, "0")}:00Z`;
  const events: SessionEvent[] = steps.map((step, i) => ({ rev: i + 1, at: at(i), kind: "enter", step }));
  return {
    workflow: "pr:weekly#3;x",
    id: "k3v9q2m8ab",
    type: "workflow",
    status: failed ? "failed" : "completed",
    started_at: at(0),
    updated_at: at(steps.length),
    step: steps.at(-1),
    steps,
    context: {},
    events,
    rev: steps.length,
  } as Session;
}

describe("the Mermaid timeline", () => {
  test("step names that are syntax to Mermaid stay tasks, with valid dates, the failed one marked", async () => {
    const steps = [
      "init",
      "git:pr:find",
      "issue #42; fixed",
      "section review",
      "click me",
      "title x",
      "2025-01-29 deploy",
      "%% note",
      "publish (rewound) 🚀",
    ];
    const tasks = await tasksOf(mermaidGantt(session(steps, true)));
    expect(tasks.map((t: any) => t.name.replace("\u200b", ""))).toEqual(
      steps.map((s) => s.replaceAll(":", "∶").replaceAll(";", "⁏").replaceAll("#", "＃").replaceAll("%%", "％％")),
    );
    expect(tasks.every((t: any) => t.start && t.end && t.ordered)).toBe(true);
    expect(tasks.at(-1).crit).toBe(true);
    expect(tasks.slice(0, -1).every((t: any) => t.done)).toBe(true);
  });

  test("thirty steps, all at one instant (a clock fixed by SESSION_NOW): every bar has a positive length", async () => {
    const s = session(
      Array.from({ length: 30 }, (_, i) => `step ${i}`),
      false,
    );
    for (const e of s.events ?? []) e.at = "2025-01-29T15:00:00Z";
    const tasks = await tasksOf(mermaidGantt({ ...s, updated_at: "2025-01-29T15:00:00Z" }));
    expect(tasks).toHaveLength(30);
    expect(tasks.every((t: any) => t.start && t.end && t.ordered)).toBe(true);
  });

  test("a retried step and the time the run stood still: separate bars, every one valid", async () => {
    const s = session(["build", "test"], false);
    s.events = [
      { rev: 1, at: "2025-01-29T15:00:00Z", kind: "enter", step: "build" },
      { rev: 2, at: "2025-01-29T15:05:00Z", kind: "error", step: "build", note: "red" },
      { rev: 3, at: "2025-01-29T15:20:00Z", kind: "resume", step: "build" },
      { rev: 4, at: "2025-01-29T15:22:00Z", kind: "status", step: "build", status: "paused" },
      { rev: 5, at: "2025-01-29T15:40:00Z", kind: "resume", step: "build" },
      { rev: 6, at: "2025-01-29T15:41:00Z", kind: "enter", step: "test" },
    ];
    const tasks = await tasksOf(mermaidGantt({ ...s, updated_at: "2025-01-29T15:45:00Z" }));
    expect(tasks.map((t: any) => [t.name, t.crit, t.done])).toEqual([
      ["build", true, false],
      ["build (attempt 2)", false, true],
      ["build (attempt 2)", false, true],
      ["test", false, true],
      ["failed, waiting", false, false],
      ["paused", false, false],
    ]);
    expect(tasks.every((t: any) => t.start && t.end && t.ordered)).toBe(true);
  });
});
