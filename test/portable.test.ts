/**
 * The skill runs where nothing is installed: `.claude/skills/session/` alone,
 * copied into a fresh git repository with no package.json and no node_modules,
 * every command under `bun --no-install run`, from the committed bundles
 * (without their git-ignored bytecode, which must only ever be an accelerator).
 */
import { describe, expect, test } from "bun:test";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../.claude/skills/session/lib/cli/registry.ts";
import { NOW, tempProject } from "./helpers.ts";

const SKILL = join(import.meta.dir, "../.claude/skills/session");

/** A fresh repository holding a copy of the skill folder, bytecode left out. */
function copiedSkill(): string {
  const repo = tempProject();
  const skill = join(repo, ".claude/skills/session");
  cpSync(SKILL, skill, { recursive: true });
  for (const file of readdirSync(join(skill, "dist"))) if (file.endsWith(".jsc")) rmSync(join(skill, "dist", file));
  return repo;
}

function bunRun(repo: string, script: string, args: string[]) {
  const proc = Bun.spawnSync(["bun", "--no-install", "run", `.claude/skills/session/scripts/${script}.ts`, ...args], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? "", HOME: repo, SESSION_NOW: NOW },
  });
  return { code: proc.exitCode, stdout: proc.stdout.toString(), stderr: proc.stderr.toString() };
}

describe("a copied skill folder", () => {
  test("every command works under bun --no-install run, with no package.json and no bytecode", () => {
    const repo = copiedSkill();
    expect(readdirSync(repo).sort()).toEqual([".claude", ".git"]);
    const steps: [string, string[]][] = [
      ["start", ["workflow:pr", "--steps", "init,review"]],
      ["set", ["workflow:pr", "init", '{"branch":"feat/x"}']],
      ["get", ["workflow:pr", "--field", "context.branch"]],
      ["status", []],
      ["log", ["workflow:pr", "a note"]],
      ["pause", ["workflow:pr"]],
      ["resume", ["workflow:pr"]],
      ["activate", ["workflow:pr"]],
      ["list", []],
      ["show", ["workflow:pr"]],
      ["save", ["workflow:pr"]],
      ["set", ["other", "s"]],
      ["rename", ["other", "other:renamed"]],
      ["reset", ["other:renamed"]],
      ["set", ["gone", "s"]],
      ["set", ["gone", "s", "--await", "Go on?"]],
      ["approve", ["gone", "--by", "Ada"]],
      ["set", ["gone", "s", "--await", "Again?"]],
      ["reject", ["gone", "--reason", "no"]],
      ["delete", ["gone", "--force"]],
      ["search", ["feat"]],
      ["reindex", []],
      ["cleanup", ["--older-than", "1d", "--dry-run"]],
      ["doctor", []],
      ["pending", []],
      ["set", ["m", "s"]],
      ["merge-driver", ["base.json", "ours.json", "theirs.json"]],
    ];
    expect(new Set(steps.map(([cmd]) => cmd))).toEqual(new Set(COMMANDS));
    for (const [cmd, args] of steps) {
      if (cmd === "merge-driver")
        for (const side of args) Bun.spawnSync(["cp", join(repo, "ia/state/sessions/m.json"), join(repo, side)]);
      const r = bunRun(repo, cmd, args);
      expect({ cmd, code: r.code, stderr: r.stderr }).toEqual({ cmd, code: 0, stderr: "" });
    }
    expect(JSON.parse(bunRun(repo, "session", ["get", "--all"]).stdout).map((s: any) => s.workflow)).toEqual(["m"]);
    expect(readdirSync(join(repo, "ia/state/sessions/archives"))).toEqual([
      expect.stringMatching(/^2025-01-29-workflow-pr-feat-x-[0-9a-z]{6}\.md$/),
    ]);
  });

  test("hints name the next command as the user typed it, so it runs as printed", () => {
    const repo = copiedSkill();
    expect(bunRun(repo, "save", ["ghost"]).stderr).toBe(
      "error: Session not found: ghost\nhint: Run `bun run .claude/skills/session/scripts/get.ts --all` to see " +
        "the active sessions.\n",
    );
    expect(bunRun(repo, "session", ["save", "ghost"]).stderr).toBe(
      "error: Session not found: ghost\nhint: Run `bun run .claude/skills/session/scripts/session.ts get " +
        "--all` to see the active sessions.\n",
    );
  });

  test("a bundle that cannot load is one error line and exit 1, never a raw dump", () => {
    const repo = copiedSkill();
    rmSync(join(repo, ".claude/skills/session/dist/get.js"));
    for (const [script, args] of [
      ["get", ["w"]],
      ["session", ["get", "w"]],
    ] as const) {
      const r = bunRun(repo, script, [...args]);
      expect([r.code, r.stdout]).toEqual([1, ""]);
      expect(r.stderr.trimEnd().split("\n")).toEqual([
        expect.stringMatching(
          /^error: cannot load the get command \(Cannot find module '..\/dist\/get\.js'\); reinstall the skill$/,
        ),
      ]);
    }
  });
});
