/**
 * The ordinary git flows, with real git and the real scripts: merging a branch
 * twice, rebasing, cherry-picking then merging, criss-cross merges, a stash, a
 * replay on one side. No event is ever duplicated or misapplied, and a merge
 * gives the same state whichever way it runs.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { handEdits } from "../.claude/skills/session/lib/core/timeline.ts";
import { readState, run, stateDir, tempProject } from "./helpers.ts";

const HAS_GIT = Bun.spawnSync(["git", "--version"], { stdout: "ignore" }).exitCode === 0;
if (!HAS_GIT) console.warn("git is not installed: the git flow tests are skipped");

function git(repo: string, ...args: string[]) {
  const proc = Bun.spawnSync(
    ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", ...args],
    { cwd: repo, stdout: "pipe", stderr: "pipe" },
  );
  const result = { code: proc.exitCode, out: proc.stdout.toString(), err: proc.stderr.toString() };
  return result;
}

/** git, which must succeed. */
function ok(repo: string, ...args: string[]): string {
  const r = git(repo, ...args);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.out}${r.err}`);
  return r.out;
}

const at = (minute: number) => `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`;

/** A repository with the driver registered and one session started on main (committed). */
function repository(): string {
  const repo = tempProject();
  Bun.spawnSync(["rm", "-rf", join(repo, ".git")]);
  ok(repo, "init", "-q");
  expect(run(repo, "start", ["w", "--steps", "a,b,c,d"], { now: at(0) }).code).toBe(0);
  expect(run(repo, "doctor", ["--fix"]).code).toBe(0);
  ok(repo, "add", "-A");
  ok(repo, "commit", "-qm", "start");
  return repo;
}

function set(repo: string, minute: number, ...args: string[]) {
  const r = run(repo, "set", ["w", ...args], { now: at(minute) });
  if (r.code !== 0) throw new Error(`set failed: ${r.stderr}`);
}

const state = (repo: string) => readState(repo, "w");
const stateText = (repo: string) => readFileSync(join(stateDir(repo), "w.json"), "utf8");

function expectWhole(repo: string) {
  const s = state(repo);
  expect(stateText(repo)).not.toContain("<<<<<<<");
  const eids = s.events.map((e: any) => e.eid);
  expect(new Set(eids).size).toBe(eids.length);
  expect(handEdits(s)).toBeUndefined();
  expect(run(repo, "doctor").code).toBe(0);
  return s;
}

describe.skipIf(!HAS_GIT)("ordinary git flows never duplicate or misapply an event", () => {
  test("a branch merged twice: usage and notes counted once (100 + 50 + 10 = 160)", () => {
    const repo = repository();
    ok(repo, "checkout", "-qb", "feature");
    set(repo, 1, "a", "--usage", '{"tokens":100}');
    run(repo, "log", ["w", "from feature"], { now: at(2) });
    ok(repo, "commit", "-qam", "feature 1");
    ok(repo, "checkout", "-q", "main");
    set(repo, 3, "a", "--usage", '{"tokens":50}');
    ok(repo, "commit", "-qam", "main 1");
    ok(repo, "merge", "-q", "--no-edit", "feature");
    ok(repo, "checkout", "-q", "feature");
    set(repo, 4, "b", "--usage", '{"tokens":10}');
    ok(repo, "commit", "-qam", "feature 2");
    ok(repo, "checkout", "-q", "main");
    ok(repo, "merge", "-q", "--no-edit", "feature");
    const s = expectWhole(repo);
    expect(s.usage).toEqual({ tokens: 160 });
    expect(s.events.filter((e: any) => e.kind === "log").length).toBe(1);
    expect(s.step).toBe("b");
  });

  test("a rebase of a two-commit branch onto main: 100 + 50 = 150", () => {
    const repo = repository();
    ok(repo, "checkout", "-qb", "feature");
    set(repo, 1, "a", "--usage", '{"tokens":60}');
    ok(repo, "commit", "-qam", "feature 1");
    set(repo, 2, "b", "--usage", '{"tokens":40}');
    ok(repo, "commit", "-qam", "feature 2");
    ok(repo, "checkout", "-q", "main");
    set(repo, 3, "a", "--usage", '{"tokens":50}');
    ok(repo, "commit", "-qam", "main 1");
    ok(repo, "checkout", "-q", "feature");
    ok(repo, "rebase", "-q", "main");
    const s = expectWhole(repo);
    expect(s.usage).toEqual({ tokens: 150 });
    // And merging the rebased branch back changes nothing (a fast-forward).
    ok(repo, "checkout", "-q", "main");
    ok(repo, "merge", "-q", "--no-edit", "feature");
    expect(expectWhole(repo).usage).toEqual({ tokens: 150 });
  });

  test("cherry-pick, then merge the branch: the picked events once", () => {
    const repo = repository();
    ok(repo, "checkout", "-qb", "feature");
    set(repo, 1, "a", "--usage", '{"tokens":100}');
    ok(repo, "commit", "-qam", "feature 1");
    const picked = ok(repo, "rev-parse", "HEAD").trim();
    set(repo, 2, "b", "--usage", '{"tokens":7}');
    ok(repo, "commit", "-qam", "feature 2");
    ok(repo, "checkout", "-q", "main");
    set(repo, 3, "a", "--usage", '{"tokens":50}');
    ok(repo, "commit", "-qam", "main 1");
    ok(repo, "cherry-pick", picked);
    ok(repo, "merge", "-q", "--no-edit", "feature");
    expect(expectWhole(repo).usage).toEqual({ tokens: 157 });
  });

  test(
    "criss-cross merges: both branches merge each other, advance, and " + "merge again; the same state either way",
    () => {
      const repo = repository();
      ok(repo, "checkout", "-qb", "feature");
      set(repo, 1, "a", '{"f":1}', "--usage", '{"tokens":1}');
      ok(repo, "commit", "-qam", "f1");
      ok(repo, "checkout", "-q", "main");
      set(repo, 2, "a", '{"m":1}', "--usage", '{"tokens":2}');
      ok(repo, "commit", "-qam", "m1");
      ok(repo, "branch", "main-before");
      ok(repo, "merge", "-q", "--no-edit", "feature");
      ok(repo, "checkout", "-q", "feature");
      ok(repo, "merge", "-q", "--no-edit", "main-before");
      set(repo, 5, "b", '{"f":2}', "--usage", '{"tokens":4}');
      ok(repo, "commit", "-qam", "f2");
      ok(repo, "checkout", "-q", "main");
      set(repo, 6, "b", '{"m":2}', "--usage", '{"tokens":8}');
      ok(repo, "commit", "-qam", "m2");
      ok(repo, "branch", "main-2");
      ok(repo, "merge", "-q", "--no-edit", "feature");
      const onMain = expectWhole(repo);
      ok(repo, "checkout", "-q", "feature");
      ok(repo, "merge", "-q", "--no-edit", "main-2");
      const onFeature = expectWhole(repo);
      expect(onMain.usage).toEqual({ tokens: 15 });
      expect(onFeature).toEqual(onMain);
    },
  );

  test("a stash popped onto a branch that moved: the stashed write and the new one, each once", () => {
    const repo = repository();
    set(repo, 1, "a", '{"stashed":true}', "--usage", '{"tokens":3}');
    ok(repo, "stash", "-q");
    set(repo, 2, "a", '{"moved":true}', "--usage", '{"tokens":5}');
    ok(repo, "commit", "-qam", "moved on");
    const pop = git(repo, "stash", "pop");
    expect(pop.code).toBe(0);
    const s = expectWhole(repo);
    expect(s.context).toEqual({ stashed: true, moved: true });
    expect(s.usage).toEqual({ tokens: 8 });
  });

  test("resume --from on main, a set on feature, merged: the session stands where the replay put it", () => {
    const repo = repository();
    set(repo, 1, "a", '{"at":"a"}');
    set(repo, 2, "b", '{"at":"b"}');
    set(repo, 3, "c", '{"at":"c"}');
    ok(repo, "commit", "-qam", "three steps");
    ok(repo, "checkout", "-qb", "feature");
    set(repo, 4, "c", '{"note":"feature"}');
    ok(repo, "commit", "-qam", "feature");
    ok(repo, "checkout", "-q", "main");
    expect(run(repo, "resume", ["w", "--from", "b"], { now: at(5) }).code).toBe(0);
    ok(repo, "commit", "-qam", "replay");
    ok(repo, "merge", "-q", "--no-edit", "feature");
    const s = expectWhole(repo);
    expect(s.step).toBe("b");
    expect(s.context).toEqual({ at: "b" });
  });

  test("a merge gives the same file whichever branch merges which", () => {
    const repo = repository();
    ok(repo, "checkout", "-qb", "feature");
    set(repo, 1, "a", '{"pr":2}');
    ok(repo, "commit", "-qam", "f");
    ok(repo, "checkout", "-q", "main");
    set(repo, 1, "a", '{"pr":3}'); // the same instant: a tie broken by identity, not by direction
    ok(repo, "commit", "-qam", "m");
    ok(repo, "branch", "main-before");
    ok(repo, "merge", "-q", "--no-edit", "feature");
    const onMain = stateText(repo);
    ok(repo, "checkout", "-q", "feature");
    ok(repo, "merge", "-q", "--no-edit", "main-before");
    expect(stateText(repo)).toBe(onMain);
    const merge = state(repo).events.at(-1);
    expect(merge.kind).toBe("merge");
    expect(merge.resolved).toEqual([{ key: "pr", values: [2, 3], kept: state(repo).context.pr }]);
    // Shown, and kept in the archive's report: which key, which values, which won.
    const kept = JSON.stringify(state(repo).context.pr);
    expect(run(repo, "show", ["w"]).stdout).toContain(`pr: 2 or 3 on two branches; kept ${kept}`);
    const saved = run(repo, "save", ["w"], { now: at(9) }).json;
    const report = readFileSync(join(repo, saved.archive), "utf8");
    expect(report).toContain(`\n- 15:01:00 merged two branches' timelines; pr: 2 or 3 on two branches, kept ${kept}\n`);
  });
});
