/**
 * Every session command the README and the skills show in a sh block runs, as
 * written, in a fresh project: in document order, each exiting 0 with nothing on
 * stderr. Lines for other tools (git push, gh) are left out. A section about
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
}

/** The session commands of a markdown file's sh blocks, each with the `##` section it is in. */
function examples(path: string): Example[] {
  const found: Example[] = [];
  let section = "";
  let inBlock = false;
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (!inBlock && raw.startsWith("## ")) section = raw.slice(3);
    else if (!inBlock && /^```(sh|bash)$/.test(line)) inBlock = true;
    else if (inBlock && line === "```") inBlock = false;
    else if (inBlock && SESSION_COMMAND.test(line)) found.push({ section, line });
  }
  return found;
}

const DOCS = [
  join(ROOT, "README.md"),
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
  return { line, code: proc.exitCode, stderr: proc.stderr.toString() };
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
        for (const { section, line } of examples(join(SKILLS, "workflow-pr/SKILL.md")))
          if (["init", "pr:find"].includes(section)) expect(sh(dir, line)).toEqual(ok(line));
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
        expect(sh(dir, example.line)).toEqual(ok(example.line));
      }
      for (const { line } of later) expect(sh(beforeSave ?? dir, line)).toEqual(ok(line));
    });
  }
});
