/**
 * Every session command the README, docs/ and the skills show in a sh block runs, as
 * written, in a fresh project: in document order, each exiting 0 with nothing on
 * stderr. Lines for other tools (git push, gh) are left out. What a doc says a
 * command prints is a `console` block, run in the same order: each `$ COMMAND`
 * line is followed by its output (stdout, then stderr) exactly, where `...`
 * stands for any text and a last line `[exit N]` for an exit code other than 0
 * (a transcript of another tool is shown, not run). A section about
 * resuming runs against the project as it stood before the doc's first `save`
 * (an interrupted workflow), and a doc that starts no session of its own runs
 * after an interrupted pull-request workflow, which is the situation it is for.
 */
import { describe, expect, test } from "bun:test";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { NOW } from "./helpers.ts";

const ROOT = join(import.meta.dir, "..");
const SKILLS = join(ROOT, ".claude/skills");
const SESSION_COMMAND = /^bun run \.claude\/skills\/session\/scripts\/[a-z-]+\.ts\b/;

interface Example {
  section: string;
  line: string;
  /** From a `console` block: what it prints (stdout then stderr; `...` is any text) and its exit code. */
  expect?: { output: string; code: number };
}

/** The session commands of a markdown file's sh and console blocks, each with the `##` section it is in. */
function examples(path: string): Example[] {
  const found: Example[] = [];
  let section = "";
  let block: "sh" | "console" | undefined;
  let shown: { example: Example; lines: string[] } | undefined;
  let indent = ""; // a block in a list item is indented: its output lines are too
  const finish = () => {
    if (!shown) return;
    const lines = [...shown.lines];
    const exit = /^\[exit (\d+)\]$/.exec(lines.at(-1) ?? "");
    if (exit) lines.pop();
    shown.example.expect = { output: lines.join("\n"), code: exit ? Number(exit[1]) : 0 };
    shown = undefined;
  };
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (!block && raw.startsWith("## ")) section = raw.slice(3);
    else if (!block && /^```(sh|bash)$/.test(line)) block = "sh";
    else if (!block && line === "```console") {
      block = "console";
      indent = raw.slice(0, raw.indexOf("`"));
    } else if (block && line === "```") {
      finish();
      block = undefined;
    } else if (block === "sh" && SESSION_COMMAND.test(line)) found.push({ section, line });
    else if (block === "console" && line.startsWith("$ ")) {
      finish();
      const example = { section, line: line.slice(2) };
      // Another tool's transcript (git, gh) is shown, not run.
      if (!SESSION_COMMAND.test(example.line)) continue;
      found.push(example);
      shown = { example, lines: [] };
    } else if (block === "console") shown?.lines.push(raw.startsWith(indent) ? raw.slice(indent.length) : raw);
  }
  return found;
}

/** OUTPUT as a doc shows it: each `...` any text, the rest exactly. */
function shownAs(output: string): RegExp {
  const parts = output.split("...").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*?")}$`);
}

const DOCS = [
  join(ROOT, "README.md"),
  ...readdirSync(join(ROOT, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => join(ROOT, "docs", file)),
  ...readdirSync(SKILLS).flatMap((skill) =>
    readdirSync(join(SKILLS, skill))
      .filter((file) => file.endsWith(".md"))
      .map((file) => join(SKILLS, skill, file)),
  ),
];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "session-docs-"));
  Bun.spawnSync(["git", "init", "-q"], { cwd: dir });
  mkdirSync(join(dir, ".claude/skills"), { recursive: true });
  cpSync(join(SKILLS, "session"), join(dir, ".claude/skills/session"), { recursive: true });
  return dir;
}

function sh(cwd: string, line: string) {
  for (const [, target] of line.matchAll(/>\s*(\S+)/g))
    mkdirSync(join(cwd, dirname(target as string)), { recursive: true });
  const proc = Bun.spawnSync(["bash", "-c", line], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, SESSION_NOW: NOW },
  });
  return { line, code: proc.exitCode, stderr: proc.stderr.toString(), stdout: proc.stdout.toString() };
}

/** Runs EXAMPLE in DIR and checks it: exit 0 and a quiet stderr, or exactly what its console block shows. */
function check(dir: string, example: Example) {
  const r = sh(dir, example.line);
  if (!example.expect) {
    expect({ line: r.line, code: r.code, stderr: r.stderr }).toEqual(ok(example.line));
    return;
  }
  const output = `${r.stdout}${r.stderr}`.trimEnd();
  const shown = example.expect;
  expect({ line: r.line, code: r.code, output }).toEqual({
    line: example.line,
    code: shown.code,
    output: shownAs(shown.output).test(output) ? output : shown.output,
  });
}

const RESUMING = /resum|interrupt/i;
const ok = (line: string) => ({ line, code: 0, stderr: "" });

describe("the documented commands run as written", () => {
  for (const doc of DOCS) {
    const shown = examples(doc);
    if (shown.length === 0) continue;
    test(doc.slice(ROOT.length + 1), () => {
      const dir = project();
      if (!shown.some(({ line }) => /\/(start|set)\.ts /.test(line))) {
        for (const example of examples(join(SKILLS, "workflow-pr/SKILL.md")))
          if (["init", "pr:find"].includes(example.section)) check(dir, example);
      }
      let beforeSave: string | undefined;
      const later: Example[] = [];
      for (const example of shown) {
        if (RESUMING.test(example.section)) {
          later.push(example);
          continue;
        }
        if (beforeSave === undefined && /\/save\.ts /.test(example.line)) {
          beforeSave = mkdtempSync(join(tmpdir(), "session-docs-"));
          cpSync(dir, beforeSave, { recursive: true });
        }
        check(dir, example);
      }
      for (const example of later) check(beforeSave ?? dir, example);
    });
  }
});
