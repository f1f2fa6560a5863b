/**
 * The merge driver never leaves an unmarked file: with real git, when `bun` is
 * not on the PATH, when the registered scripts have moved, when the merged state
 * would be over the limit. `doctor` names unmerged files and a registration that
 * is outdated or does not run; the SessionStart hook names a clone without the
 * driver; `list --branches` reads remote-tracking branches.
 */
import { describe, expect, onTestFinished, test } from "bun:test";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mergeDriverCommand } from "../.claude/skills/session/lib/git/git.ts";
import { readState, run, SCRIPTS, stateDir, tempProject } from "./helpers.ts";

const GIT = Bun.which("git");
if (!GIT) console.warn("git is not installed: the merge driver tests are skipped");
const ROOT = join(import.meta.dir, "..");
const OLD_FORM = (scripts: string) => `bun run ${scripts}/merge-driver.ts %O %A %B %P`;

function git(repo: string, args: string[], env: Record<string, string> = {}) {
  const proc = Bun.spawnSync(
    [
      GIT as string,
      "-c",
      "user.name=Test",
      "-c",
      "user.email=test@example.com",
      "-c",
      "init.defaultBranch=main",
      ...args,
    ],
    {
      cwd: repo,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdout: "pipe",
      stderr: "pipe",
    },
  );
  return { code: proc.exitCode, out: proc.stdout.toString(), err: proc.stderr.toString() };
}

/** git, which must succeed. */
function ok(repo: string, ...args: string[]): string {
  const r = git(repo, args);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.out}${r.err}`);
  return r.out;
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const at = (minute: number) => `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`;

/** A repository with the driver registered by `doctor --fix` and session `w` committed on main. */
function repository(): string {
  const repo = tempProject();
  rmSync(join(repo, ".git"), { recursive: true });
  ok(repo, "init", "-q");
  expect(run(repo, "set", ["w", "a", '{"base":1}'], { now: at(0) }).code).toBe(0);
  expect(run(repo, "doctor", ["--fix"]).code).toBe(0);
  ok(repo, "add", "-A");
  ok(repo, "commit", "-qm", "start");
  return repo;
}

/**
 * `feature` and `main` each advance session `w` (`set w STEP CONTEXT`, a context of "-" read from the stdin given);
 * main is checked out.
 */
function diverge(
  repo: string,
  feature = { step: "b", context: '{"feature":1}', stdin: undefined as string | undefined },
  main = { step: "b", context: '{"main":1}', stdin: undefined as string | undefined },
) {
  ok(repo, "checkout", "-qb", "feature");
  expect(run(repo, "set", ["w", feature.step, feature.context], { now: at(2), stdin: feature.stdin }).code).toBe(0);
  ok(repo, "commit", "-qam", "feature");
  ok(repo, "checkout", "-q", "main");
  expect(run(repo, "set", ["w", main.step, main.context], { now: at(1), stdin: main.stdin }).code).toBe(0);
  ok(repo, "commit", "-qam", "main");
}

const stateText = (repo: string) => readFileSync(join(stateDir(repo), "w.json"), "utf8");
const unmerged = (repo: string) => ok(repo, "ls-files", "-u", "--", "ia/state/sessions").trim() !== "";
const kinds = (report: any) => report.problems.map((p: any) => [p.kind, p.path]);

/** A folder whose PATH gives git and sh, and no bun. */
function pathWithoutBun(): string {
  const dir = tempDir("session-nobun-");
  symlinkSync(GIT as string, join(dir, "git"));
  symlinkSync(Bun.which("sh") as string, join(dir, "sh"));
  return dir;
}

describe.skipIf(!GIT)("the driver never leaves an unmarked file", () => {
  test(
    "bun not on the PATH during a merge: conflict markers, and doctor names the unmerged file and the driver " +
      "that cannot run",
    () => {
      const repo = repository();
      diverge(repo);
      const noBun = pathWithoutBun();
      const merge = git(repo, ["merge", "--no-edit", "feature"], { PATH: noBun });
      expect(merge.code).not.toBe(0);
      expect(merge.err).toContain(
        "ia/state/sessions/w.json: not merged: the session merge driver could not run (bun or",
      );
      expect(unmerged(repo)).toBe(true);
      const text = stateText(repo);
      expect(text).toContain("<<<<<<< ours");
      expect(text).toContain('"feature": 1');
      expect(text).toContain('"main": 1');
      // The reader sees a conflict, never our side alone.
      expect(run(repo, "get", ["w"]).code).toBe(4);
      const report = run(repo, "doctor", ["--json"]).json;
      expect(kinds(report)).toContainEqual(["unmerged", "ia/state/sessions/w.json"]);
      expect(report.problems.find((p: any) => p.kind === "unmerged").message).toContain(
        "git checkout -m -- ia/state/sessions/w.json",
      );
      // doctor run where bun is not on the PATH (bun itself named by its path) says the driver cannot run there.
      const blind = Bun.spawnSync([process.execPath, join(SCRIPTS, "doctor.ts"), "--json"], {
        cwd: repo,
        env: { PATH: noBun, HOME: process.env.HOME ?? "" },
        stdout: "pipe",
      });
      const driver = JSON.parse(blind.stdout.toString()).problems.find((p: any) => p.kind === "merge-driver");
      expect(driver.message).toContain("does not merge a state file");
      expect(driver.message).toContain("bun or");
      expect(driver.repair).toBeUndefined();
      // Back where bun runs, the same file merges again, cleanly.
      ok(repo, "checkout", "-m", "--", "ia/state/sessions/w.json");
      expect(readState(repo, "w").context).toEqual({ base: 1, feature: 1, main: 1 });
    },
  );

  test(
    "scripts moved since the driver was registered: conflict markers; doctor --fix registers these scripts and " +
      "the merge goes through",
    () => {
      const repo = repository();
      const skill = tempDir("session-skill-");
      for (const file of ["scripts/merge-driver.ts", "scripts/doctor.ts", "dist/merge-driver.js", "dist/doctor.js"]) {
        mkdirSync(join(skill, "session", file, ".."), { recursive: true });
        cpSync(join(SCRIPTS, "..", file), join(skill, "session", file));
      }
      // Registered from the copy, which then moves away.
      ok(repo, "config", "--unset", "merge.session.driver");
      expect(
        Bun.spawnSync(["bun", join(skill, "session/scripts/doctor.ts"), "--fix"], {
          cwd: repo,
          env: { PATH: process.env.PATH ?? "", SESSION_NOW: at(0) },
        }).exitCode,
      ).toBe(0);
      expect(ok(repo, "config", "--get", "merge.session.driver")).toContain(join(skill, "session/scripts"));
      renameSync(join(skill, "session"), join(skill, "moved"));
      diverge(repo);
      const merge = git(repo, ["merge", "--no-edit", "feature"]);
      expect(merge.code).not.toBe(0);
      expect(stateText(repo)).toContain("<<<<<<< ours");
      expect(merge.err).toContain("could not run");
      const report = run(repo, "doctor", ["--json"]).json;
      expect(kinds(report)).toEqual(
        expect.arrayContaining([
          ["merge-driver", ".git/config"],
          ["unmerged", "ia/state/sessions/w.json"],
        ]),
      );
      expect(report.problems.find((p: any) => p.kind === "merge-driver").message).toContain(
        "does not merge a state file",
      );
      ok(repo, "merge", "--abort");
      expect(run(repo, "doctor", ["--fix", "--json"]).json.problems.map((p: any) => [p.kind, p.fixed])).toEqual([
        ["merge-driver", true],
      ]);
      expect(git(repo, ["merge", "--no-edit", "feature"]).code).toBe(0);
      expect(readState(repo, "w").context).toEqual({ base: 1, feature: 1, main: 1 });
      expect(run(repo, "doctor").code).toBe(0);
    },
  );

  test("a merged state over the 1 MiB limit: conflict markers and the reason, never one side unmarked", () => {
    const repo = repository();
    // Each side is under the limit (its context and the event that set it); the union of both is not.
    const big = (key: string) => ({ step: "b", context: "-", stdin: JSON.stringify({ [key]: "x".repeat(300_000) }) });
    diverge(repo, big("feature"), big("main"));
    const merge = git(repo, ["merge", "--no-edit", "feature"]);
    expect(merge.code).not.toBe(0);
    expect(merge.err).toContain("over the 1 MiB limit");
    expect(unmerged(repo)).toBe(true);
    const text = stateText(repo);
    expect(text).toStartWith("<<<<<<< ours\n");
    expect(text).toContain('"feature": "xxx');
    expect(text).toContain('"main": "xxx');
  });

  test("a side past the read bound: the driver writes conflict markers and exits 1", () => {
    const dir = tempProject();
    const base = join(dir, "base.json");
    const ours = join(dir, "ours.json");
    const theirs = join(dir, "theirs.json");
    writeFileSync(base, "{}\n");
    writeFileSync(ours, `{"pad":"${"y".repeat(9 * 1024 * 1024)}"}\n`);
    writeFileSync(theirs, '{"theirs":1}\n');
    const r = run(dir, "merge-driver", [base, ours, theirs, "ia/state/sessions/w.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ia/state/sessions/w.json: not merged: a side cannot be read");
    const text = readFileSync(ours, "utf8");
    expect(text).toStartWith("<<<<<<< ours\n");
    expect(text).toEndWith('=======\n{"theirs":1}\n>>>>>>> theirs\n');
  });
});

describe.skipIf(!GIT)("doctor checks the registration itself", () => {
  test("the older plain `bun run` registration is reported as outdated, and --fix registers the current one", () => {
    const repo = repository();
    ok(repo, "config", "merge.session.driver", OLD_FORM(SCRIPTS));
    const report = run(repo, "doctor", ["--json"]).json;
    expect(kinds(report)).toEqual([["merge-driver", ".git/config"]]);
    expect(report.problems[0].message).toContain("older form");
    const fixed = run(repo, "doctor", ["--fix", "--json"]).json;
    expect(fixed.problems.map((p: any) => [p.kind, p.fixed])).toEqual([["merge-driver", true]]);
    expect(ok(repo, "config", "--get", "merge.session.driver").trim()).toBe(mergeDriverCommand(repo, SCRIPTS));
    expect(run(repo, "doctor").code).toBe(0);
  });

  test(
    "a registered command that does not run is reported, with what it said; --fix puts the working one in its " +
      "place",
    () => {
      const repo = repository();
      ok(repo, "config", "merge.session.driver", "echo no such driver >&2; exit 3");
      const report = run(repo, "doctor", ["--json"]).json;
      expect(kinds(report)).toEqual([["merge-driver", ".git/config"]]);
      expect(report.problems[0].message).toContain("it exited 3: no such driver");
      expect(run(repo, "doctor", ["--fix", "--json"]).json.ok).toBe(true);
      expect(run(repo, "doctor", ["--json"]).json.problems).toEqual([]);
    },
  );

  test("the installer registers the one driver command, and replaces its own older form", () => {
    const repo = tempProject();
    rmSync(join(repo, ".git"), { recursive: true });
    ok(repo, "init", "-q");
    ok(repo, "config", "merge.session.driver", OLD_FORM(".claude/skills/session/scripts"));
    const install = Bun.spawnSync(["bun", "run", "scripts/install.ts", repo], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      stdout: "pipe",
      stderr: "pipe",
    });
    expect(install.exitCode).toBe(0);
    const registered = ok(repo, "config", "--get", "merge.session.driver").trim();
    expect(registered).toBe(mergeDriverCommand(repo, join(repo, ".claude/skills/session/scripts")));
    expect(registered).toContain("git merge-file"); // the fallback that leaves markers
  });
});

describe.skipIf(!GIT)("a fresh clone", () => {
  /** An origin with session `w` committed on main and the driver registered there, and a clone of it. */
  function originAndClone(): { origin: string; clone: string } {
    const origin = repository();
    const clone = join(tempDir("session-clone-"), "clone");
    ok(origin, "clone", "-q", origin, clone);
    return { origin, clone };
  }

  test(
    "pending says the clone lacks the merge driver and names the command that registers it; not once it is " +
      "registered, nor where there is no session",
    () => {
      const { clone } = originAndClone();
      const empty = join(tempDir("session-empty-"), "empty");
      ok(clone, "init", "-q", empty);
      expect(run(empty, "pending").stdout).toBe(""); // no session: nothing to say
      const r = run(clone, "pending", [], { now: at(10) });
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split("\n");
      expect(lines[0]).toBe("Interrupted workflows in this repository (1):");
      expect(lines.at(-1)).toBe(
        `The session merge driver is not registered in this clone, so merging branches that advanced one session ` +
          `will conflict: run bun run ${SCRIPTS}/doctor.ts --fix to register it.`,
      );
      expect(r.stdout.match(/merge driver/g)).toHaveLength(1);
      expect(run(clone, "doctor", ["--fix"]).code).toBe(0);
      expect(run(clone, "pending", [], { now: at(10) }).stdout).not.toContain("merge driver");
      // The older registration is named too.
      ok(clone, "config", "merge.session.driver", OLD_FORM(SCRIPTS));
      expect(run(clone, "pending", [], { now: at(10) }).stdout).toContain("registered here in an older form");
    },
  );

  test(
    "list --branches shows a session committed on a remote-tracking " + "branch, as last fetched (never fetching)",
    () => {
      const { origin, clone } = originAndClone();
      ok(origin, "checkout", "-qb", "feature");
      expect(run(origin, "set", ["pushed", "build"], { now: at(3) }).code).toBe(0);
      ok(origin, "add", "-A");
      ok(origin, "commit", "-qm", "work on another machine");
      expect(run(clone, "list", ["--json", "--branches"]).json.map((e: any) => e.workflow)).toEqual(["w"]);
      ok(clone, "fetch", "-q");
      expect(run(origin, "set", ["later", "x"], { now: at(4) }).code).toBe(0);
      ok(origin, "add", "-A");
      ok(origin, "commit", "-qm", "not fetched");
      const listed = run(clone, "list", ["--json", "--branches"]).json;
      expect(listed.map((e: any) => [e.workflow, e.branch ?? "here"]).sort()).toEqual([
        ["pushed", "origin/feature"],
        ["w", "here"],
      ]);
      expect(run(clone, "list", ["--branches"]).stdout).toContain("on origin/feature");
    },
  );
});
