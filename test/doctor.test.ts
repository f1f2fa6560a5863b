/** doctor: finds each kind of problem, repairs what it can without guessing, never deletes what a user wrote. */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync, renameSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { readState, run, SCRIPTS, stateDir, tempProject } from "./helpers.ts";

function deadPid(): number {
  const proc = Bun.spawnSync(["true"]);
  return proc.pid;
}

describe("doctor", () => {
  test("a clean project: exit 0 and says so; no state folder yet is clean too", () => {
    const p = tempProject();
    expect(run(p, "doctor").code).toBe(0);
    run(p, "set", ["w", "s"]);
    const r = run(p, "doctor");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Checked 1 active session and 0 archives");
    expect(r.stdout).toContain("No problems found.");
  });

  test(
    "finds, then with --fix repairs: corrupt file, temp file, stale lock, " + "orphaned marker, missing .gitignore",
    () => {
      const p = tempProject();
      run(p, "set", ["w", "s", '{"keep":1}']);
      const dir = stateDir(p);
      writeFileSync(join(dir, "bad.json"), "{ not json");
      writeFileSync(join(dir, `.w.json.${deadPid()}.abc123.tmp`), '{"half": ');
      writeFileSync(join(dir, ".w.lock"), `${deadPid()} ${hostname()}\n`);
      writeFileSync(join(dir, ".active-nobody"), "");
      renameSync(join(dir, ".gitignore"), join(p, "gitignore.bak"));

      const found = run(p, "doctor", ["--json"]);
      expect(found.code).toBe(1);
      const kinds = found.json.problems.map((x: any) => x.kind).sort();
      expect(kinds).toEqual(["corrupt-state", "missing-gitignore", "orphaned-marker", "stale-lock", "temp-file"]);
      expect(found.json.problems.every((x: any) => x.fixed === false)).toBe(true);
      expect(existsSync(join(dir, "bad.json"))).toBe(true); // looking changes nothing

      const fixed = run(p, "doctor", ["--fix"]);
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain("5 problems found, 5 fixed.");
      expect(readdirSync(dir).sort()).toEqual([".corrupt", ".gitattributes", ".gitignore", "w.json"]);
      const aside = readdirSync(join(dir, ".corrupt"));
      expect(aside).toEqual(["bad.json.2025-01-29T150000Z"]);
      expect(readFileSync(join(dir, ".corrupt", aside[0] as string), "utf8")).toBe("{ not json");
      expect(readState(p, "w").context).toEqual({ keep: 1 });
      expect(run(p, "doctor").code).toBe(0);
    },
  );

  test("git conflict markers and a broken archive are reported, not guessed at", () => {
    const p = tempProject();
    run(p, "set", ["a", "s"]);
    const archive = join(p, run(p, "save", ["a"]).json.archive);
    const conflict = '<<<<<<< HEAD\n{"a": 1}\n=======\n{"a": 2}\n>>>>>>> theirs\n';
    writeFileSync(join(stateDir(p), "merged.json"), conflict);
    const broken = readFileSync(archive, "utf8").replace('id: "', "id: [");
    writeFileSync(archive, broken);
    const r = run(p, "doctor", ["--fix", "--json"]);
    expect(r.code).toBe(1);
    expect(r.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([
      ["conflict-markers", false],
      ["broken-archive", false],
    ]);
    expect(readFileSync(join(stateDir(p), "merged.json"), "utf8")).toBe(conflict);
    expect(readFileSync(archive, "utf8")).toBe(broken);
    const human = run(p, "doctor");
    expect(human.stdout).toContain("holds git conflict markers");
    expect(human.stdout).toContain("2 problems found, 2 left.");
  });

  test("an archive holding git conflict markers is named a merge conflict, not broken YAML", () => {
    const p = tempProject();
    run(p, "set", ["a", "s"]);
    const archive = join(p, run(p, "save", ["a"]).json.archive);
    const text = readFileSync(archive, "utf8");
    writeFileSync(
      archive,
      text.replace(
        'status: "completed"',
        '<<<<<<< HEAD\nstatus: "completed"\n=======\nstatus: "failed"\n>>>>>>> feature',
      ),
    );
    const r = run(p, "doctor", ["--json"]).json;
    expect(r.problems.map((x: any) => [x.kind, x.message])).toEqual([
      ["conflict-markers", "holds git conflict markers: resolve the merge by hand"],
    ]);
    expect(run(p, "show", ["a"]).stderr).toContain("holds git conflict markers");
  });

  test("an interrupted save (active and archived at the same rev) is finished", () => {
    const p = tempProject();
    run(p, "set", ["w", "s", '{"x":1}']);
    const state = readFileSync(join(stateDir(p), "w.json"));
    const { archive } = run(p, "save", ["w"]).json;
    writeFileSync(join(stateDir(p), "w.json"), state); // as if save was killed before removing it
    const r = run(p, "doctor", ["--fix", "--json"]);
    expect(r.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([["interrupted-save", true]]);
    expect(existsSync(join(stateDir(p), "w.json"))).toBe(false);
    expect(existsSync(join(p, archive))).toBe(true);
  });

  test(
    "an active state older than its archive (a stale copy a merge brought back) is dropped: the archive holds " +
      "all of it",
    () => {
      const p = tempProject();
      run(p, "set", ["w", "s", '{"x":1}']);
      const stale = readFileSync(join(stateDir(p), "w.json"));
      run(p, "set", ["w", "t", '{"y":2}']);
      const { archive } = run(p, "save", ["w"]).json;
      writeFileSync(join(stateDir(p), "w.json"), stale);
      const r = run(p, "doctor", ["--fix", "--json"]);
      expect(r.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([["interrupted-save", true]]);
      expect(existsSync(join(stateDir(p), "w.json"))).toBe(false);
      expect(parseArchive(readFileSync(join(p, archive), "utf8")).context).toEqual({ x: 1, y: 2 });
    },
  );

  test("an interrupted resume (the active timeline continues the archived one) drops the archive", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    const { archive } = run(p, "save", ["w"]).json;
    const archived = parseArchive(readFileSync(join(p, archive), "utf8"));
    run(p, "set", ["w", "s"]); // a new session under the same name has a new id: no problem
    expect(run(p, "doctor", ["--json"]).json.problems).toEqual([]);
    // As if resume had brought the archived one back and written once more, then died before removing the archive.
    const { ended_at, notes, ...state } = archived as any;
    const more = { rev: state.rev + 1, at: "2025-01-29T15:10:00Z", kind: "resume", step: "s" };
    const resumed = {
      ...state,
      status: "running",
      updated_at: more.at,
      events: [...state.events, more],
      rev: more.rev,
    };
    writeFileSync(join(stateDir(p), "w.json"), `${JSON.stringify(resumed, null, 2)}\n`);
    const r = run(p, "doctor", ["--fix", "--json"]);
    expect(r.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([["interrupted-resume", true]]);
    expect(existsSync(join(p, archive))).toBe(false);
    expect(readState(p, "w")).toEqual(resumed);
  });

  test(
    "active and archived with diverged timelines: folded into the archive " + "when nothing is lost, the save last",
    () => {
      const p = tempProject();
      run(p, "set", ["w", "s", '{"x":1}']);
      const before = readFileSync(join(stateDir(p), "w.json"), "utf8");
      const { archive } = run(p, "save", ["w"]).json;
      writeFileSync(join(stateDir(p), "w.json"), before); // a save cut off...
      run(p, "set", ["w", "t", '{"y":2}']); // ...then the session went on
      expect(run(p, "doctor", ["--json"]).json.problems.map((x: any) => [x.kind, x.repair])).toEqual([
        ["diverged", expect.stringContaining("fold both timelines into the archive")],
      ]);
      const r = run(p, "doctor", ["--fix", "--json"]);
      expect(r.code).toBe(0);
      expect(r.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([["diverged", true]]);
      expect(existsSync(join(stateDir(p), "w.json"))).toBe(false);
      const folded = parseArchive(readFileSync(join(p, archive), "utf8"));
      expect(folded).toMatchObject({ status: "completed", steps: ["s", "t"], context: { x: 1, y: 2 } });
      expect(folded.events?.at(-1)?.kind).toBe("save");
      expect(run(p, "doctor").code).toBe(0);
    },
  );

  test(
    "a hand edit (the state differs from its timeline's fold) is reported, " + "and --fix records it as an edit event",
    () => {
      const p = tempProject();
      run(p, "set", ["w", "s", '{"x":1}']);
      const path = join(stateDir(p), "w.json");
      const edited = { ...readState(p, "w"), context: { x: 2, note: "by hand" }, plan: ["s", "t"] };
      writeFileSync(path, `${JSON.stringify(edited, null, 2)}\n`);
      const found = run(p, "doctor", ["--json"]).json.problems;
      expect(found.map((x: any) => [x.kind, x.message])).toEqual([
        ["hand-edit", expect.stringContaining("(context, plan)")],
      ]);
      const r = run(p, "doctor", ["--fix", "--json"]);
      expect(r.json.problems.map((x: any) => [x.kind, x.fixed, x.result])).toEqual([
        ["hand-edit", true, "edit recorded"],
      ]);
      const after = readState(p, "w");
      expect(after).toMatchObject({ context: { x: 2, note: "by hand" }, plan: ["s", "t"], rev: 2 });
      const { eid, actor: _, ...edit } = after.events.at(-1);
      expect(edit).toEqual({
        rev: 2,
        at: "2025-01-29T15:00:00Z",
        kind: "edit",
        step: "s",
        state: { context: { x: 2, note: "by hand" }, plan: ["s", "t"] },
      });
      expect(eid).toMatch(/^[0-9a-z]{12}$/);
      expect(run(p, "doctor").code).toBe(0);
      // The session goes on from the edited state.
      expect(run(p, "set", ["w", "t", '{"y":3}']).json.context).toEqual({ x: 2, note: "by hand", y: 3 });
      expect(run(p, "doctor").code).toBe(0);
    },
  );

  test("several active markers: the newest stays", () => {
    const p = tempProject();
    run(p, "set", ["a", "s"]);
    run(p, "set", ["b", "s"]);
    writeFileSync(join(stateDir(p), ".active-a"), "");
    writeFileSync(join(stateDir(p), ".active-b"), "");
    utimesSync(join(stateDir(p), ".active-a"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const r = run(p, "doctor", ["--fix", "--json"]);
    expect(r.json.problems.map((x: any) => [x.kind, x.path])).toEqual([
      ["multiple-markers", "ia/state/sessions/.active-a"],
    ]);
    expect(existsSync(join(stateDir(p), ".active-b"))).toBe(true);
    expect(existsSync(join(stateDir(p), ".active-a"))).toBe(false);
  });

  test("a planted symlink is moved aside (the link, not its target)", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    const target = join(tempProject(), "secret.txt");
    writeFileSync(target, "secret");
    symlinkSync(target, join(stateDir(p), "evil.json"));
    const r = run(p, "doctor", ["--fix", "--json"]);
    expect(r.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([["symlink", true]]);
    expect(readFileSync(target, "utf8")).toBe("secret");
    expect(existsSync(join(stateDir(p), "evil.json"))).toBe(false);
  });

  test("--help, and bad options exit 2", () => {
    const p = tempProject();
    expect(run(p, "doctor", ["--help"]).stdout).toContain("Usage: session doctor [--fix] [--json]");
    const r = run(p, "doctor", ["--repair"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
  });
});

const HAS_SCRIPT = Bun.which("script") !== null;
if (!HAS_SCRIPT) console.warn("util-linux `script` is not installed: the terminal colour test is skipped");

describe("doctor's colours", () => {
  test("never on a pipe", async () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), "bad.json"), "{");
    expect(run(p, "doctor").stdout).not.toContain("\x1b[");
  });

  test.skipIf(!HAS_SCRIPT)("on a terminal, unless NO_COLOR is set", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), "bad.json"), "{");
    // `script` gives the command a pseudo-terminal, as a person's shell would.
    const onTerminal = (env: string) =>
      Bun.spawnSync(["script", "-qc", `${env} bun ${join(SCRIPTS, "doctor.ts")}`, "/dev/null"], {
        cwd: p,
        env: { PATH: process.env.PATH ?? "" },
      }).stdout.toString();
    expect(onTerminal("")).toContain("\x1b[33mfixable");
    expect(onTerminal("NO_COLOR=1")).not.toContain("\x1b[");
  });
});
