/**
 * Many machines through git: real repositories, two branches, real merges.
 * The state folder merges as cleanly as code does, through the session merge driver.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { handEdits } from "../.claude/skills/session/lib/core/timeline.ts";
import { readState, run, stateDir, tempProject } from "./helpers.ts";

const HAS_GIT = Bun.spawnSync(["git", "--version"], { stdout: "ignore" }).exitCode === 0;
if (!HAS_GIT) console.warn("git is not installed: the git tests are skipped");

function git(repo: string, ...args: string[]) {
  const proc = Bun.spawnSync(
    ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", ...args],
    { cwd: repo, stdout: "pipe", stderr: "pipe" },
  );
  return { code: proc.exitCode, out: proc.stdout.toString(), err: proc.stderr.toString() };
}

/** A real repository, its state folder made by a first write and the merge driver registered by `doctor --fix`. */
function repository(): string {
  const repo = tempProject();
  Bun.spawnSync(["rm", "-rf", join(repo, ".git")]);
  git(repo, "init", "-q");
  run(repo, "set", ["setup", "s"]);
  run(repo, "reset", ["setup"]);
  const doctor = run(repo, "doctor", ["--fix", "--json"]).json;
  expect(doctor.problems.map((p: any) => [p.kind, p.fixed])).toEqual([["merge-driver", true]]);
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "state folder");
  return repo;
}

const at = (minute: number) => `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`;

describe.skipIf(!HAS_GIT)("two branches, one repository", () => {
  test("two branches advancing one session merge with no conflict, keeping both sides' keys and steps", () => {
    const repo = repository();
    run(repo, "set", ["pr:x", "init", '{"base":1}'], { now: at(0) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "start");
    git(repo, "checkout", "-qb", "feature");
    run(repo, "set", ["pr:x", "build", '{"build":"ok"}'], { now: at(5) });
    git(repo, "commit", "-qam", "build on feature");
    git(repo, "checkout", "-q", "main");
    run(repo, "set", ["pr:x", "init", '{"reviewer":"ann"}'], { now: at(3) });
    run(repo, "log", ["pr:x", "asked Ann"], { now: at(4) });
    git(repo, "commit", "-qam", "review on main");
    const ours = readState(repo, "pr+x");
    const merge = git(repo, "merge", "-q", "--no-edit", "feature");
    expect(merge.code).toBe(0);
    const merged = readState(repo, "pr+x");
    expect(readFileSync(join(stateDir(repo), "pr+x.json"), "utf8")).not.toContain("<<<<<<<");
    expect(merged.context).toEqual({ base: 1, reviewer: "ann", build: "ok" });
    expect(merged.steps).toEqual(["init", "build"]);
    expect(merged.rev).toBeGreaterThan(ours.rev);
    expect(merged.events.map((e: any) => e.at)).toEqual([...merged.events.map((e: any) => e.at)].sort());
    expect(handEdits(merged)).toBeUndefined();
    expect(run(repo, "doctor").code).toBe(0);
  });

  test("two different sessions under one name stay a conflict, with the driver's message", () => {
    const repo = repository();
    git(repo, "checkout", "-qb", "feature");
    run(repo, "start", ["pr:x"], { now: at(1) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "one session");
    git(repo, "checkout", "-q", "main");
    run(repo, "start", ["pr:x"], { now: at(2) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "another session, same name");
    const merge = git(repo, "merge", "--no-edit", "feature");
    expect(merge.code).not.toBe(0);
    expect(merge.out + merge.err).toContain("not merged: the two sides are different sessions under one name");
    const text = readFileSync(join(stateDir(repo), "pr+x.json"), "utf8");
    expect(text).toStartWith("<<<<<<< ours\n");
    const doctor = run(repo, "doctor", ["--json"]).json;
    expect(doctor.problems.map((p: any) => p.kind)).toContain("two-sessions");
  });

  test("same-day saves of one workflow on two branches merge without an add/add conflict", () => {
    const repo = repository();
    git(repo, "checkout", "-qb", "feature");
    run(repo, "set", ["release:v1", "s"], { now: at(1) });
    run(repo, "save", ["release:v1"], { now: at(2) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "saved on feature");
    git(repo, "checkout", "-q", "main");
    run(repo, "set", ["release.v1", "s"], { now: at(3) }); // slugs alike: release-v1
    run(repo, "save", ["release.v1"], { now: at(4) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "saved on main");
    expect(git(repo, "merge", "-q", "--no-edit", "feature").code).toBe(0);
    expect(readdirSync(join(stateDir(repo), "archives"))).toHaveLength(2);
    expect(run(repo, "list", ["--json", "--status", "completed"]).json).toHaveLength(2);
  });

  test("saved on one branch, advanced on the other: after the merge doctor keeps both sides' data", () => {
    const repo = repository();
    run(repo, "set", ["pr:x", "init", '{"a":1}'], { now: at(0) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "start");
    git(repo, "checkout", "-qb", "feature");
    run(repo, "save", ["pr:x", "--notes", "done on feature"], { now: at(5) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "saved");
    git(repo, "checkout", "-q", "main");
    run(repo, "set", ["pr:x", "more", '{"b":2}'], { now: at(3) });
    git(repo, "commit", "-qam", "advanced");
    // git itself stops here: feature removed the state file that main changed (no driver runs for that).
    const merge = git(repo, "merge", "--no-edit", "feature");
    expect(merge.out).toContain("CONFLICT (modify/delete)");
    git(repo, "add", "-A"); // the person keeps main's file, as git suggests
    git(repo, "commit", "-qm", "merged");
    // Active (advanced on main) and archived (saved on feature): doctor decides by content, folds both into the
    // archive.
    const fixed = run(repo, "doctor", ["--fix", "--json"]).json;
    expect(fixed.problems.map((p: any) => [p.kind, p.fixed])).toEqual([["diverged", true]]);
    expect(run(repo, "show", ["pr:x", "--json"]).json).toMatchObject({ status: "completed", context: { a: 1, b: 2 } });
    const archive = readdirSync(join(stateDir(repo), "archives"))[0] as string;
    expect(readFileSync(join(stateDir(repo), "archives", archive), "utf8")).toContain("done on feature");
  });

  test("list --branches shows the active sessions committed on other local branches", () => {
    const repo = repository();
    git(repo, "checkout", "-qb", "feature");
    run(repo, "set", ["pr:feat", "build"], { now: at(1) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "work on feature");
    git(repo, "checkout", "-q", "main");
    expect(existsSync(join(stateDir(repo), "pr+feat.json"))).toBe(false);
    expect(run(repo, "list", ["--json"]).json).toEqual([]);
    const listed = run(repo, "list", ["--json", "--branches"]).json;
    expect(listed).toEqual([expect.objectContaining({ workflow: "pr:feat", step: "build", branch: "feature" })]);
    expect(run(repo, "list", ["--branches"]).stdout).toContain("on feature");
  });

  test("core.autocrlf never rewrites state files: .gitattributes pins LF", () => {
    const repo = repository();
    run(repo, "set", ["w", "s"]);
    const add = git(repo, "-c", "core.autocrlf=true", "add", "-A");
    expect(add.err).not.toContain("CRLF");
    git(repo, "-c", "core.autocrlf=true", "commit", "-qm", "w");
    Bun.spawnSync(["rm", join(stateDir(repo), "w.json")]);
    git(repo, "-c", "core.autocrlf=true", "checkout", "--", ".");
    expect(readFileSync(join(stateDir(repo), "w.json"), "utf8")).not.toContain("\r");
  });
});

describe.skipIf(!HAS_GIT)("what a hostile tester found", () => {
  test("one session saved on two branches merges into one archive, both saves in its timeline", () => {
    const repo = repository();
    run(repo, "set", ["w", "a", '{"base":1}'], { now: at(0) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "base");
    git(repo, "checkout", "-qb", "feature");
    run(repo, "save", ["w", "--notes", "from feature"], { now: at(2) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "saved on feature");
    git(repo, "checkout", "-q", "main");
    run(repo, "save", ["w", "--status", "failed", "--notes", "from main"], { now: at(1) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "saved on main");
    expect(git(repo, "merge", "-q", "--no-edit", "feature").code).toBe(0);
    const [archive] = readdirSync(join(stateDir(repo), "archives"));
    const text = readFileSync(join(stateDir(repo), "archives", archive as string), "utf8");
    expect(text).not.toContain("<<<<<<<");
    const listed = run(repo, "list", ["--json"]).json;
    expect(listed).toEqual([expect.objectContaining({ workflow: "w", status: "completed" })]); // the later save wins
    expect(
      run(repo, "show", ["w", "--json"])
        .json.events.filter((e: any) => e.kind === "save")
        .map((e: any) => e.note),
    ).toEqual(["from main", "from feature"]);
  });

  test("both branches entering the same step merge to one entry of it", () => {
    const repo = repository();
    run(repo, "set", ["w", "a"], { now: at(0) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "base");
    git(repo, "checkout", "-qb", "feature");
    run(repo, "set", ["w", "b", '{"feat":1}'], { now: at(2) });
    git(repo, "commit", "-qam", "b on feature");
    git(repo, "checkout", "-q", "main");
    run(repo, "set", ["w", "b", '{"main":1}'], { now: at(1) });
    git(repo, "commit", "-qam", "b on main");
    expect(git(repo, "merge", "-q", "--no-edit", "feature").code).toBe(0);
    expect(readState(repo, "w")).toMatchObject({ steps: ["a", "b"], context: { feat: 1, main: 1 } });
    expect(run(repo, "doctor").code).toBe(0);
  });

  test("an archive left with conflict markers is listed as corrupt, never as a healthy session", () => {
    const repo = repository();
    run(repo, "set", ["w", "a"]);
    const { archive } = run(repo, "save", ["w"]).json;
    const path = join(repo, archive);
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        'status: "completed"',
        '<<<<<<< HEAD\nstatus: "failed"\n=======\nstatus: "completed"\n>>>>>>> f2',
      ),
    );
    expect(run(repo, "list", ["--json"]).json).toEqual([
      expect.objectContaining({ status: "corrupt", error: expect.stringContaining("conflict markers") }),
    ]);
  });

  test("list --branches lists a session once, naming every branch that holds it as it is", () => {
    const repo = repository();
    run(repo, "set", ["w", "a"], { now: at(0) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "w");
    for (const branch of ["x1", "x2"]) {
      git(repo, "checkout", "-qb", branch, "main");
      run(repo, "set", [`only-${branch}`, "s"], { now: at(1) });
      git(repo, "add", "-A");
      git(repo, "commit", "-qm", branch);
    }
    git(repo, "checkout", "-q", "main");
    const listed = run(repo, "list", ["--json", "--branches"]).json;
    expect(listed.map((e: any) => [e.workflow, e.branch ?? "here"]).sort()).toEqual([
      ["only-x1", "x1"],
      ["only-x2", "x2"],
      ["w", "here"],
    ]);
  });
});
