/**
 * The skill bundle, installed into another repository: it runs there offline
 * with nothing but Bun, re-installing changes nothing, uninstalling takes out
 * what was added and never the state; the SessionStart hook reports interrupted
 * workflows; the skills' check catches a broken SKILL.md.
 */
import { describe, expect, test } from "bun:test";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkSkills } from "../scripts/check-skills.ts";
import { HOOK_COMMAND } from "../scripts/claude-settings.ts";
import { NOW, snapshot, tempProject } from "./helpers.ts";

const ROOT = join(import.meta.dir, "..");
/** A home of its own, so no global git config or Bun cache leaks in or out (never the checkout). */
const HOME = mkdtempSync(join(tmpdir(), "session-home-"));

function sh(cwd: string, command: string, env: Record<string, string> = {}) {
  const proc = Bun.spawnSync(["bash", "-c", command], { cwd, env: { PATH: process.env.PATH ?? "", HOME, SESSION_NOW: NOW, ...env }, stdout: "pipe", stderr: "pipe" });
  return { code: proc.exitCode, out: proc.stdout.toString(), err: proc.stderr.toString() };
}

/** A fresh git repository with some files of its own, settings included. */
function target(): string {
  const repo = tempProject();
  Bun.spawnSync(["rm", "-rf", join(repo, ".git")]);
  Bun.spawnSync(["git", "init", "-q"], { cwd: repo });
  mkdirSync(join(repo, ".claude"), { recursive: true });
  writeFileSync(join(repo, ".claude/settings.json"), JSON.stringify({ permissions: { allow: ["Bash(make test:*)"] }, model: "x" }, null, 2));
  writeFileSync(join(repo, "README.md"), "mine\n");
  return repo;
}

const install = (repo: string, ...flags: string[]) => sh(ROOT, `bun run scripts/install.ts ${repo} ${flags.join(" ")}`);

describe("install into another repository", () => {
  test("installs the skills, prepares the state folder, merges settings, registers the merge driver; runs offline", () => {
    const repo = target();
    const r = install(repo);
    expect(r.code).toBe(0);
    expect(r.out).toContain("add .claude/skills/session/SKILL.md");
    expect(readdirSync(join(repo, ".claude/skills")).sort()).toEqual(expect.arrayContaining(["session", "workflow-pr", "workflow-rules"]));
    expect(existsSync(join(repo, ".claude/skills/session/lib"))).toBe(false); // the bundles are self-contained
    expect(readdirSync(join(repo, "ia/state/sessions")).sort()).toEqual([".gitattributes", ".gitignore"]);
    const settings = JSON.parse(readFileSync(join(repo, ".claude/settings.json"), "utf8"));
    expect(settings.model).toBe("x");
    expect(settings.permissions.allow).toContain("Bash(make test:*)");
    expect(settings.permissions.allow).toContain("Bash(bun run .claude/skills/session/scripts/set.ts:*)");
    expect(settings.hooks.SessionStart[0].hooks[0].command).toBe(HOOK_COMMAND);
    expect(sh(repo, "git config --get merge.session.driver").out).toContain("merge-driver.ts %O %A %B %P");
    // A workflow there, offline, with nothing but Bun.
    const s = "bun --no-install run .claude/skills/session/scripts";
    expect(sh(repo, `${s}/start.ts pr:feat --steps init,build && ${s}/set.ts pr:feat init '{"branch":"feat"}' && ${s}/save.ts pr:feat`).code).toBe(0);
    expect(sh(repo, `${s}/doctor.ts`).code).toBe(0);
  });

  test("installing twice changes nothing; --dry-run writes nothing; the target's own files are left alone", () => {
    const repo = target();
    expect(install(repo).code).toBe(0);
    const before = snapshot(repo);
    const again = install(repo);
    expect([again.code, again.out]).toEqual([0, "already up to date\n"]);
    expect(snapshot(repo)).toEqual(before);
    const fresh = target();
    const dry = install(fresh, "--dry-run");
    expect(dry.out).toContain("would add .claude/skills/session/SKILL.md");
    expect(readdirSync(fresh).sort()).toEqual([".claude", ".git", "README.md"]);
  });

  test("--uninstall takes out what it added and keeps the state", () => {
    const repo = target();
    install(repo);
    const s = "bun --no-install run .claude/skills/session/scripts";
    sh(repo, `${s}/set.ts w s`);
    const state = readFileSync(join(repo, "ia/state/sessions/w.json"), "utf8");
    expect(install(repo, "--uninstall").code).toBe(0);
    expect(existsSync(join(repo, ".claude/skills/session"))).toBe(false);
    expect(JSON.parse(readFileSync(join(repo, ".claude/settings.json"), "utf8"))).toEqual({ permissions: { allow: ["Bash(make test:*)"] }, model: "x" });
    expect(sh(repo, "git config --get merge.session.driver").code).not.toBe(0);
    expect(readFileSync(join(repo, "ia/state/sessions/w.json"), "utf8")).toBe(state);
  });
});

describe("the SessionStart hook", () => {
  test("prints nothing on a clean repository, and the interrupted workflows with how to resume them", () => {
    const repo = target();
    install(repo);
    expect(sh(repo, HOOK_COMMAND)).toEqual({ code: 0, out: "", err: "" });
    const s = "bun --no-install run .claude/skills/session/scripts";
    sh(repo, `${s}/set.ts pr:feat pr:monitor --plan init,pr:monitor,pr:merge --error "CI red"`, { SESSION_NOW: "2025-01-29T12:00:00Z" });
    const report = sh(repo, HOOK_COMMAND);
    expect(report.code).toBe(0);
    expect(report.out).toBe(
      [
        "Interrupted workflows in this repository (1):",
        '- pr:feat — step 2/3 "pr:monitor", failed: CI red, 3h ago; next: "init"',
        "  resume: bun run .claude/skills/session/scripts/resume.ts pr:feat",
        "",
      ].join("\n"),
    );
  });

  test("never fails the agent's start, whatever the state holds", () => {
    const repo = target();
    install(repo);
    mkdirSync(join(repo, "ia/state/sessions"), { recursive: true });
    writeFileSync(join(repo, "ia/state/sessions/bad.json"), "{");
    const r = sh(repo, HOOK_COMMAND);
    expect(r.code).toBe(0);
    expect(r.out).toContain("1 unreadable state file(s)");
  });
});

/** The session commands of a skill's section (`## HEADING`), in order, exactly as written in its sh blocks. */
function commandsOf(skill: string, heading: string): string[] {
  const text = readFileSync(join(ROOT, ".claude/skills", skill, "SKILL.md"), "utf8");
  const section = text.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (section === undefined) throw new Error(`${skill}: no section "## ${heading}"`);
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
  return blocks.flatMap((block) => block.split("\n")).filter((line) => line.startsWith("bun run .claude/skills/session/scripts/"));
}

describe("an agent following the skills", () => {
  test("the PR workflow, interrupted after step 2, is found by the start skill and resumed at step 3 with its context", () => {
    const repo = target();
    install(repo);
    const transcript: string[] = [];
    const follow = (commands: string[], now: string) =>
      commands.map((command) => {
        const r = sh(repo, command, { SESSION_NOW: now });
        transcript.push(`$ ${command}`, r.out.trimEnd());
        expect({ command, code: r.code, err: r.err }).toEqual({ command, code: 0, err: "" });
        return r.out;
      });
    follow(commandsOf("workflow-pr", "init"), "2025-01-29T09:00:00Z");
    follow(commandsOf("workflow-pr", "pr:find"), "2025-01-29T09:05:00Z");
    // The agent's session ends here. The next one starts with the hook, then the start skill.
    const hook = sh(repo, HOOK_COMMAND, { SESSION_NOW: "2025-01-29T11:00:00Z" });
    expect(hook.out).toContain('- pr:feat-login — step 2/5 "pr:find", running, 1h ago; next: "pr:monitor"');
    const [found] = follow(commandsOf("workflow-start", "1. Look for interrupted work").slice(0, 1), "2025-01-29T11:00:00Z");
    expect(JSON.parse(found as string)).toEqual([expect.objectContaining({ workflow: "pr:feat-login", status: "running", position: "2/5", next: "pr:monitor" })]);
    const [resumed, context] = follow(commandsOf("workflow-start", "4. Resume"), "2025-01-29T11:01:00Z");
    expect(JSON.parse(resumed as string)).toMatchObject({ workflow: "pr:feat-login", status: "running", skipped: ["init", "pr:find"], next: "pr:monitor" });
    expect(JSON.parse(context as string)).toEqual({ branch: "feat/login", base: "main", pr_number: 8, pr_url: "https://github.com/OWNER/REPO/pull/8" });
    // Step 3, as the PR skill writes it.
    follow(commandsOf("workflow-pr", "pr:monitor").slice(0, 1), "2025-01-29T11:02:00Z");
    const state = JSON.parse(readFileSync(join(repo, "ia/state/sessions/pr+feat-login.json"), "utf8"));
    expect([state.step, state.steps, state.context.pr_number, state.context.checks]).toEqual(["pr:monitor", ["init", "pr:find", "pr:monitor"], 8, { state: "pending" }]);
    expect(transcript.join("\n")).not.toContain("error:");
  });
});

describe("the skills' check", () => {
  test("passes on the shipped skills, fails on a broken SKILL.md", () => {
    expect(checkSkills(join(ROOT, ".claude/skills"), [join(ROOT, "README.md")])).toEqual([]);
    const dir = tempProject();
    cpSync(join(ROOT, ".claude/skills"), dir, { recursive: true });
    writeFileSync(join(dir, "session/SKILL.md"), "---\nname: Session\ndescription: ''\n---\nRun `bun run .claude/skills/session/scripts/nope.ts` then `bun run .claude/skills/session/scripts/set.ts w s --bogus`.\n");
    expect(checkSkills(dir)).toEqual([
      expect.stringContaining('name is "Session", not the folder\'s name "session"'),
      expect.stringContaining("is not kebab-case"),
      expect.stringContaining("no description"),
      expect.stringContaining("names scripts/nope.ts, which does not exist"),
      expect.stringContaining("scripts/set.ts has no option --bogus"),
    ]);
  });
});
