/**
 * What git does to the state folder, made visible and mended, with real git and
 * the real scripts: state not committed (or left unmerged) is said by pending,
 * status and list; doctor names and folds two archives of one id and a save on
 * one branch with sets on the other, reads archives checked out with CRLF, and
 * gives a way out of two sessions started under one name (`rename`).
 */
import { describe, expect, test } from "bun:test";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { handEdits } from "../.claude/skills/session/lib/core/timeline.ts";
import { readState, run, SCRIPTS, stateDir, tempProject } from "./helpers.ts";

const HAS_GIT = Bun.spawnSync(["git", "--version"], { stdout: "ignore" }).exitCode === 0;
if (!HAS_GIT) console.warn("git is not installed: the git visibility tests are skipped");

function git(repo: string, ...args: string[]) {
  const proc = Bun.spawnSync(
    ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", ...args],
    { cwd: repo, stdout: "pipe", stderr: "pipe" },
  );
  return { code: proc.exitCode, out: proc.stdout.toString(), err: proc.stderr.toString() };
}

/** git, which must succeed. */
function ok(repo: string, ...args: string[]): string {
  const r = git(repo, ...args);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.out}${r.err}`);
  return r.out;
}

const at = (minute: number, day = 29) => `2025-01-${day}T15:${String(minute).padStart(2, "0")}:00Z`;

/** A real repository, with the merge driver registered and the state folder committed. */
function repository(): string {
  const repo = tempProject();
  rmSync(join(repo, ".git"), { recursive: true });
  ok(repo, "init", "-q");
  run(repo, "set", ["setup", "s"], { now: at(0) });
  run(repo, "reset", ["setup"], { now: at(0) });
  expect(run(repo, "doctor", ["--fix"]).code).toBe(0);
  ok(repo, "add", "-A");
  ok(repo, "commit", "-qm", "state folder");
  return repo;
}

/** A command that must succeed; its result. */
function must(repo: string, cmd: string, args: string[], now = at(0)) {
  const r = run(repo, cmd, args, { now });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
  return r;
}

const head = (repo: string) => ok(repo, "rev-parse", "--short", "HEAD").trim();

describe.skipIf(!HAS_GIT)("uncommitted and unmerged state is said by pending, status and list", () => {
  test("an agent interrupted with revs 3-6 uncommitted: each view names the commit a stash would rewind it to", () => {
    const repo = repository();
    must(repo, "start", ["w", "--steps", "init,build,test,review,ship"], at(1));
    must(repo, "set", ["w", "init", "--done"], at(2));
    ok(repo, "add", "-A");
    ok(repo, "commit", "-qm", "init done");
    const commit = head(repo);
    for (const [i, step] of ["build", "test", "review", "ship"].entries()) must(repo, "set", ["w", step], at(3 + i));
    expect(readState(repo, "w").rev).toBe(6);

    const pending = must(repo, "pending", [], at(9)).stdout;
    expect(pending).toContain(
      `  git: changes not committed to git since ${commit} "init done" (a stash, a checkout or a fresh clone ` +
        `would lose them)`,
    );

    const status = must(repo, "status", ["w"], at(9));
    expect(status.stdout).toContain(`Git:      changes not committed to git since ${commit} "init done"`);
    expect(must(repo, "status", ["w", "--json"], at(9)).json).toMatchObject({
      workflow: "w",
      rev: 6,
      git: "uncommitted",
      committed: { commit, subject: "init done" },
    });

    const list = must(repo, "list", [], at(9)).stdout;
    expect(list).toMatch(/ w +running .* active, uncommitted\n/);
    expect(list).toContain(`w: changes not committed to git since ${commit} "init done"`);
    expect(must(repo, "list", ["--json"], at(9)).json).toEqual([
      expect.objectContaining({ workflow: "w", git: "uncommitted", committed: { commit, subject: "init done" } }),
    ]);

    // Indeed: a stash rewinds it to "init done", silently.
    ok(repo, "stash", "-q");
    expect(readState(repo, "w").rev).toBe(2);
    ok(repo, "stash", "pop", "-q");

    // Once committed, nothing more is said.
    ok(repo, "commit", "-qam", "shipped");
    expect(must(repo, "pending", [], at(9)).stdout).not.toContain("git:");
    expect(must(repo, "status", ["w"], at(9)).stdout).not.toContain("Git:");
    expect(must(repo, "status", ["w", "--json"], at(9)).json.git).toBeUndefined();
    expect(must(repo, "list", [], at(9)).stdout).not.toContain("uncommitted");
  });

  test("a session never committed, and an archive never committed, say so (committed: null)", () => {
    const repo = repository();
    must(repo, "set", ["fresh", "a"], at(1));
    must(repo, "set", ["done", "a"], at(1));
    const { archive } = must(repo, "save", ["done"], at(2)).json;
    expect(must(repo, "pending", [], at(3)).stdout).toContain(
      "  git: never committed to git (a fresh clone would not have it)",
    );
    expect(must(repo, "status", ["fresh", "--json"], at(3)).json).toMatchObject({
      git: "uncommitted",
      committed: null,
    });
    expect(must(repo, "status", ["done"], at(3)).stdout).toContain("Git:      never committed to git");
    const listed = must(repo, "list", ["--json"], at(3)).json;
    expect(listed.map((e: any) => [e.workflow, e.archive, e.git, e.committed])).toEqual([
      ["done", archive, "uncommitted", null],
      ["fresh", null, "uncommitted", null],
    ]);
    expect(must(repo, "list", [], at(3)).stdout).toMatch(/ done .* archived, uncommitted\n/);
    must(repo, "reindex", [], at(3)); // through the index, the same marks
    expect(must(repo, "list", ["--json"], at(3)).json).toEqual(listed);
  });

  test(
    "a merge whose driver could not run leaves the file unmerged (UU, only our side): pending, status and list " +
      "say so",
    () => {
      const repo = repository();
      must(repo, "start", ["w"], at(1));
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "start");
      ok(repo, "checkout", "-qb", "feature");
      must(repo, "set", ["w", "a", '{"f":1}'], at(2));
      ok(repo, "commit", "-qam", "feature");
      ok(repo, "checkout", "-q", "main");
      must(repo, "set", ["w", "a", '{"m":1}'], at(3));
      ok(repo, "commit", "-qam", "main");
      ok(repo, "config", "merge.session.driver", "false"); // a driver that cannot run: our side, unmarked
      expect(git(repo, "merge", "--no-edit", "feature").code).not.toBe(0);
      expect(ok(repo, "status", "--porcelain")).toContain("UU ia/state/sessions/w.json");
      expect(readState(repo, "w").context).toEqual({ m: 1 }); // valid JSON: nothing else would tell

      expect(must(repo, "pending", [], at(4)).stdout).toMatch(
        /\n {2}git: unmerged: a git merge left this file unresolved \(run .*doctor\.ts\)\n/,
      );
      expect(must(repo, "status", ["w"], at(4)).stdout).toContain(
        "Git:      unmerged: a git merge left this file unresolved",
      );
      expect(must(repo, "status", ["w", "--json"], at(4)).json.git).toBe("unmerged");
      expect(must(repo, "list", [], at(4)).stdout).toMatch(/ w +running .* active, unmerged\n/);
      expect(must(repo, "list", ["--json"], at(4)).json).toEqual([
        expect.objectContaining({ workflow: "w", git: "unmerged" }),
      ]);
    },
  );

  test("not a git repository, or no git on the PATH: nothing is said, and every view still works", () => {
    const plain = tempProject(); // an empty .git folder: no repository
    must(plain, "set", ["w", "a"], at(1));
    expect(must(plain, "status", ["w", "--json"], at(2)).json.git).toBeUndefined();
    expect(must(plain, "pending", [], at(2)).stdout).not.toContain("git:");

    const repo = repository();
    must(repo, "set", ["w", "a"], at(1));
    const bunOnly = join(repo, "bin-only");
    mkdirSync(bunOnly);
    Bun.spawnSync(["ln", "-s", process.execPath, join(bunOnly, "bun")]);
    const env = { PATH: bunOnly };
    const status = run(repo, "status", ["w", "--json"], { now: at(2), env });
    expect(status.code).toBe(0);
    expect(status.json.git).toBeUndefined();
    const list = run(repo, "list", [], { now: at(2), env });
    expect([list.code, list.stdout.includes("uncommitted")]).toEqual([0, false]);
    expect(run(repo, "pending", [], { now: at(2), env }).stdout).toContain('- "w"');
  });

  test("one git status per view, and never a git process on get or set", () => {
    const repo = repository();
    must(repo, "set", ["w", "a"], at(1));
    ok(repo, "add", "-A");
    ok(repo, "commit", "-qm", "w");
    must(repo, "set", ["w", "b"], at(2));
    // A git that writes down each call, then runs the real one.
    const bin = join(repo, "spy-bin");
    mkdirSync(bin);
    const log = join(repo, "git-calls.log");
    const real = Bun.which("git") as string;
    writeFileSync(join(bin, "git"), `#!/bin/sh\necho "$1 $2" >> "${log}"\nexec "${real}" "$@"\n`);
    chmodSync(join(bin, "git"), 0o755);
    const env = { PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}`, SESSION_ACTOR: "test" };
    const calls = (cmd: string, args: string[]) => {
      rmSync(log, { force: true });
      expect(run(repo, cmd, args, { now: at(3), env }).code).toBe(0);
      return existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [];
    };
    expect(calls("get", ["w"])).toEqual([]);
    expect(calls("set", ["w", "c"])).toEqual([]);
    expect(calls("status", ["w"])).toEqual(["--no-optional-locks status", "--no-optional-locks log"]);
    expect(calls("list", [])).toEqual(["--no-optional-locks status", "--no-optional-locks log"]);
    expect(calls("pending", []).filter((call) => call.includes("status") || call.includes("log"))).toEqual([
      "--no-optional-locks status",
      "--no-optional-locks log",
    ]);
  });
});

describe.skipIf(!HAS_GIT)("doctor names what git left behind, and folds it when nothing is lost", () => {
  test("saved on two branches on different days: two archives of one id, named and folded into one", () => {
    const repo = repository();
    must(repo, "set", ["w", "a", '{"base":1}'], at(0));
    ok(repo, "add", "-A");
    ok(repo, "commit", "-qm", "base");
    const id = readState(repo, "w").id;
    ok(repo, "checkout", "-qb", "feature");
    must(repo, "set", ["w", "b", '{"feature":1}'], at(1));
    must(repo, "save", ["w", "--notes", "from feature"], at(2));
    ok(repo, "add", "-A");
    ok(repo, "commit", "-qm", "saved on feature");
    ok(repo, "checkout", "-q", "main");
    must(repo, "set", ["w", "c", '{"main":1}'], at(1, 30));
    must(repo, "save", ["w", "--status", "failed", "--notes", "from main"], at(2, 30));
    ok(repo, "add", "-A");
    ok(repo, "commit", "-qm", "saved on main");
    ok(repo, "merge", "-q", "--no-edit", "feature");
    expect(readdirSync(join(stateDir(repo), "archives"))).toHaveLength(2);
    // Today: the name finds one archive, the id the other.
    expect(must(repo, "show", ["w", "--json"]).json.notes).toBe("from main");
    expect(must(repo, "show", [id, "--json"]).json.notes).toBe("from feature");

    const found = run(repo, "doctor", ["--json"]);
    expect(found.code).toBe(1);
    expect(found.json.problems).toEqual([
      expect.objectContaining({
        kind: "two-archives",
        message: expect.stringContaining(`w (id ${id}) has 2 archives`),
        repair: expect.any(String),
      }),
    ]);
    const fixed = run(repo, "doctor", ["--fix", "--json"]);
    expect(fixed.json.problems.map((p: any) => [p.kind, p.fixed])).toEqual([["two-archives", true]]);
    const archives = readdirSync(join(stateDir(repo), "archives"));
    expect(archives).toEqual([expect.stringMatching(/^2025-01-30-w-/)]);
    const byName = must(repo, "show", ["w", "--json"]).json;
    expect(must(repo, "show", [id, "--json"]).json).toEqual(byName);
    expect(byName.context).toEqual({ base: 1, feature: 1, main: 1 });
    expect(byName.events.filter((e: any) => e.kind === "save").map((e: any) => e.note)).toEqual([
      "from feature",
      "from main",
    ]);
    expect(byName).toMatchObject({ status: "failed", notes: "from main" }); // the later save says how it ended
    const { archive: _where, ...folded } = byName;
    expect(handEdits(folded)).toBeUndefined();
    expect(run(repo, "doctor").code).toBe(0);
  });

  test(
    "an archive checked out with CRLF (core.autocrlf, no .gitattributes yet) is found by show, status, resume " +
      "and fork",
    () => {
      const repo = repository();
      rmSync(join(stateDir(repo), ".gitattributes"));
      ok(repo, "commit", "-qam", "no attributes yet");
      must(repo, "set", ["w", "a", '{"x":1}'], at(1));
      must(repo, "set", ["w", "b", "--error", "broke"], at(2));
      const { archive, id } = must(repo, "save", ["w"], at(3)).json;
      rmSync(join(stateDir(repo), ".gitattributes"), { force: true });
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "saved");
      rmSync(join(repo, archive));
      ok(repo, "-c", "core.autocrlf=true", "checkout", "--", ".");
      expect(readFileSync(join(repo, archive), "utf8")).toStartWith("---\r\n");

      expect(must(repo, "show", ["w", "--json"]).json).toMatchObject({ id, status: "failed", archive });
      expect(must(repo, "show", [id.slice(0, 6)]).stdout).toContain(`Archive: ${archive}`);
      expect(must(repo, "status", ["w"]).stdout).toContain("Status:   failed");
      expect(must(repo, "list", ["--json"]).json).toEqual([expect.objectContaining({ id, status: "failed", archive })]);
      expect(must(repo, "search", ["broke", "--json"]).json).toEqual([expect.objectContaining({ id })]);
      expect(must(repo, "start", ["w2", "--fork", id], at(4)).json).toMatchObject({
        workflow: "w2",
        continued_from: id,
        context: { x: 1 },
      });
      expect(run(repo, "doctor").code).toBe(0);
      must(repo, "resume", [id], at(5));
      expect(existsSync(join(repo, archive))).toBe(false);
      expect(readFileSync(join(stateDir(repo), "w.json"), "utf8")).not.toContain("\r"); // never written with CRLF
      expect(readState(repo, "w")).toMatchObject({ id, status: "running", context: { x: 1 } });
    },
  );

  test(
    "saved on one branch, advanced on the other: doctor --fix folds both timelines into the archive, the save " +
      "last",
    () => {
      const repo = repository();
      must(repo, "set", ["pr:x", "init", '{"a":1}'], at(0));
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "start");
      ok(repo, "checkout", "-qb", "feature");
      must(repo, "set", ["pr:x", "review", '{"r":1}'], at(2));
      must(repo, "save", ["pr:x", "--notes", "done on feature"], at(5));
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "saved");
      ok(repo, "checkout", "-q", "main");
      must(repo, "set", ["pr:x", "more", '{"b":2}'], at(3));
      must(repo, "log", ["pr:x", "on main"], at(6));
      ok(repo, "commit", "-qam", "advanced");
      expect(git(repo, "merge", "--no-edit", "feature").out).toContain("CONFLICT (modify/delete)");
      ok(repo, "add", "-A"); // the person keeps main's file, as git suggests
      ok(repo, "commit", "-qm", "merged");
      const active = readState(repo, "pr+x");
      const [archiveFile] = readdirSync(join(stateDir(repo), "archives"));
      const archivePath = join(stateDir(repo), "archives", archiveFile as string);

      const found = run(repo, "doctor", ["--json"]).json.problems;
      expect(found).toEqual([
        expect.objectContaining({
          kind: "diverged",
          repair: expect.stringContaining("fold both timelines into the archive"),
        }),
      ]);
      const fixed = run(repo, "doctor", ["--fix", "--json"]).json;
      expect(fixed.problems.map((p: any) => [p.kind, p.fixed])).toEqual([["diverged", true]]);
      expect(existsSync(join(stateDir(repo), "pr+x.json"))).toBe(false);
      const shown = must(repo, "show", ["pr:x", "--json"]).json;
      expect(shown).toMatchObject({
        status: "completed",
        notes: "done on feature",
        context: { a: 1, r: 1, b: 2 },
        steps: ["init", "review", "more"],
      });
      expect(shown.events.at(-1)).toMatchObject({ kind: "save", note: "done on feature" });
      const eids = new Set(shown.events.map((e: any) => e.eid));
      expect(active.events.every((e: any) => eids.has(e.eid))).toBe(true); // nothing of main's is lost
      expect(shown.events.filter((e: any) => e.kind === "log").map((e: any) => e.note)).toEqual(["on main"]);
      const { archive: _where, ...state } = shown;
      expect(handEdits(state)).toBeUndefined();
      expect(readFileSync(archivePath, "utf8")).toContain("done on feature");
      expect(run(repo, "doctor").code).toBe(0);
    },
  );

  test("diverged but not foldable (the archive was edited by hand): reported, both kept", () => {
    const p = tempProject();
    must(p, "set", ["w", "s", '{"x":1}'], at(0));
    const before = readFileSync(join(stateDir(p), "w.json"), "utf8");
    const { archive } = must(p, "save", ["w"], at(1)).json;
    writeFileSync(join(stateDir(p), "w.json"), before);
    must(p, "set", ["w", "t", '{"y":2}'], at(2));
    writeFileSync(
      join(p, archive),
      readFileSync(join(p, archive), "utf8").replace("\ncontext:\n  x: 1\n", "\ncontext:\n  x: 2\n"),
    );
    const kept = readFileSync(join(stateDir(p), "w.json"), "utf8");
    const r = run(p, "doctor", ["--fix", "--json"]);
    expect(r.json.problems).toEqual([
      expect.objectContaining({
        kind: "diverged",
        fixed: false,
        message: expect.stringContaining("cannot be folded into one (the archive was edited by hand"),
      }),
    ]);
    expect(readFileSync(join(stateDir(p), "w.json"), "utf8")).toBe(kept);
    expect(existsSync(join(p, archive))).toBe(true);
  });

  test(
    "two sessions started under one name on two branches: the hint and doctor name the way out, rename takes it, " +
      "the mark stays",
    () => {
      const repo = repository();
      ok(repo, "checkout", "-qb", "feature");
      const theirs = must(repo, "start", ["pr:x"], at(1)).json.id;
      must(repo, "set", ["pr:x", "feat", '{"side":"feature"}'], at(2));
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "one session");
      ok(repo, "checkout", "-q", "main");
      const ours = must(repo, "start", ["pr:x"], at(3)).json.id;
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "another session, same name");
      expect(git(repo, "merge", "--no-edit", "feature").code).not.toBe(0);
      const marker = join(stateDir(repo), ".active-pr+x");
      expect(existsSync(marker)).toBe(true);

      const get = run(repo, "get", ["pr:x"]);
      expect(get.code).toBe(4);
      expect(get.stderr).toContain(
        `two different sessions started under the name pr:x on two branches (ids ${ours} and ${theirs})`,
      );
      expect(get.stderr).toContain(
        `hint: Keep both: \`bun run ${SCRIPTS}/rename.ts pr:x NEW_NAME --id ${theirs}\` moves that one to NEW_NAME`,
      );
      expect(get.stderr).not.toContain("register");

      const found = run(repo, "doctor", ["--json"]).json.problems;
      expect(found.map((p: any) => p.kind)).toContain("two-sessions");
      expect(found.find((p: any) => p.kind === "two-sessions").message).toContain(
        `session rename pr:x NEW_NAME --id ${theirs}`,
      );
      expect(found.map((p: any) => p.kind)).not.toContain("orphaned-marker");
      run(repo, "doctor", ["--fix"]);
      expect(existsSync(marker)).toBe(true); // a live session's mark is never deleted

      expect(run(repo, "rename", ["pr:x", "pr:x-feature"]).stderr).toContain(
        `say which one moves to pr:x-feature with --id`,
      );
      const renamed = must(repo, "rename", ["pr:x", "pr:x-feature", "--id", theirs.slice(0, 5)], at(4)).json;
      expect(renamed).toEqual({
        workflow: "pr:x-feature",
        id: theirs,
        renamed_from: "pr:x",
        kept: { workflow: "pr:x", id: ours },
      });
      expect(readState(repo, "pr+x")).toMatchObject({ workflow: "pr:x", id: ours });
      const moved = readState(repo, "pr+x-feature");
      expect(moved).toMatchObject({ workflow: "pr:x-feature", id: theirs, context: { side: "feature" } });
      expect(moved.events.at(-1)).toMatchObject({ kind: "rename", workflow: "pr:x-feature", step: "feat" });
      expect(handEdits(moved)).toBeUndefined();
      expect(existsSync(marker)).toBe(true);
      ok(repo, "add", "-A");
      ok(repo, "commit", "-qm", "two sessions, two names");
      expect(run(repo, "doctor").code).toBe(0);

      // The renamed session still merges as a whole session: two branches advance it, and the driver joins them.
      ok(repo, "checkout", "-qb", "again");
      must(repo, "set", ["pr:x-feature", "feat", '{"again":1}'], at(5));
      ok(repo, "commit", "-qam", "again");
      ok(repo, "checkout", "-q", "main");
      must(repo, "set", ["pr:x-feature", "feat", '{"main":1}'], at(6));
      ok(repo, "commit", "-qam", "main");
      expect(git(repo, "merge", "-q", "--no-edit", "again").code).toBe(0);
      expect(readState(repo, "pr+x-feature").context).toEqual({ side: "feature", again: 1, main: 1 });
      expect(run(repo, "doctor").code).toBe(0);
    },
  );

  test("rename of an ordinary session: its timeline says so, its mark follows, a taken name is refused", () => {
    const p = tempProject();
    const { id } = must(p, "start", ["old", "--steps", "a,b"], at(1)).json;
    must(p, "set", ["other", "s"], at(1));
    expect(run(p, "rename", ["old", "other"]).code).toBe(2);
    expect(run(p, "rename", ["old", "OLD"]).code).toBe(2);
    expect(run(p, "rename", ["old", "new", "--id", "zzzz"]).code).toBe(2);
    expect(must(p, "rename", ["old", "new"], at(2)).json).toEqual({
      workflow: "new",
      id,
      renamed_from: "old",
      kept: null,
    });
    expect(existsSync(join(stateDir(p), "old.json"))).toBe(false);
    expect(existsSync(join(stateDir(p), ".active-new"))).toBe(true);
    expect(existsSync(join(stateDir(p), ".active-old"))).toBe(false);
    expect(must(p, "status", []).stdout).toContain("Workflow: new");
    expect(must(p, "set", ["new", "a"], at(3)).json).toMatchObject({ workflow: "new", id, step: "a" });
    expect(
      must(p, "list", ["--json"])
        .json.map((e: any) => e.workflow)
        .sort(),
    ).toEqual(["new", "other"]);
    expect(run(p, "rename", ["old", "x"]).code).toBe(2);
    expect(run(p, "doctor").code).toBe(0);
  });
});
