/**
 * The guarantees, shown rather than assumed: a writer killed at each named
 * instant inside its write (failpoints), readers beside writers, locks left by
 * dead processes. Bounded in time.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { checkSession } from "../.claude/skills/session/lib/core/validate.ts";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import {
  isStale,
  type LockOwner,
  ownerAlive,
  parseOwner,
  processStart,
} from "../.claude/skills/session/lib/store/lock.ts";
import { readState, run, runIn, spawn, stateDir, stoppedOrExited, tempProject } from "./helpers.ts";

const leftovers = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock")) : [];

/** Runs a command with a failpoint armed: it must die by SIGKILL exactly there. */
async function killedAt(p: string, failpoint: string, cmd: string, args: string[], stdin?: string) {
  const proc = spawn(p, cmd, args, { env: { SESSION_FAILPOINT: failpoint }, stdin });
  await proc.exited;
  return proc.signalCode;
}

describe("a writer killed at each named instant inside its write (failpoints)", () => {
  // The instants of a `set`: lock taken; new state written to its temporary file and flushed; renamed in place.
  test.each([
    ["after-lock", "old"],
    ["after-temp-write", "old"],
    ["after-replace", "new"],
  ])(
    "set killed %s: the state is wholly the %s version, and nothing blocks the next writer",
    async (failpoint, version) => {
      const p = tempProject();
      const big = "x".repeat(200_000);
      expect(run(p, "set", ["big", "s0", "-"], { stdin: JSON.stringify({ v: 0, blob: big }) }).code).toBe(0);
      const path = join(stateDir(p), "big.json");
      const before = readFileSync(path, "utf8");
      expect(await killedAt(p, failpoint, "set", ["big", "s1", "-"], JSON.stringify({ v: 1, blob: big }))).toBe(
        "SIGKILL",
      );
      const state = JSON.parse(readFileSync(path, "utf8"));
      expect(checkSession(state).ok).toBe(true);
      if (version === "old") expect(readFileSync(path, "utf8")).toBe(before);
      else expect([state.context.v, state.step, state.rev]).toEqual([1, "s1", 2]);
      // Whatever the kill left (a lock, a temporary file) must not block the next writer, and doctor clears it.
      expect(run(p, "set", ["big", "s2", '{"v":2}'], { env: { SESSION_LOCK_TIMEOUT_MS: "3000" } }).code).toBe(0);
      run(p, "doctor", ["--fix"]);
      expect(leftovers(stateDir(p))).toEqual([]);
      expect(run(p, "doctor").code).toBe(0);
    },
    30_000,
  );

  // The instants of a `save`: lock taken; archive's temporary file written; archive linked in place; active state
  // removed.
  test.each(["after-lock", "after-temp-write", "after-replace", "after-archive-write", "after-state-remove"])(
    "save killed %s: the session is active or archived, and after doctor --fix exactly one",
    async (failpoint) => {
      const p = tempProject();
      expect(run(p, "set", ["job", "work", '{"branch":"feat/job"}']).code).toBe(0);
      const { id } = readState(p, "job");
      expect(await killedAt(p, failpoint, "save", ["job"])).toBe("SIGKILL");
      const where = () => {
        const active = existsSync(join(stateDir(p), "job.json"));
        const dir = join(stateDir(p), "archives");
        const archives = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")) : [];
        const archived = archives.filter((f) => parseArchive(readFileSync(join(dir, f), "utf8")).id === id).length;
        return { active, archived };
      };
      const cut = where();
      expect(cut.active || cut.archived === 1).toBe(true); // never neither
      run(p, "doctor", ["--fix"]);
      // Once the archive exists, doctor finishes the save; before that, the session simply stays active.
      expect(where()).toEqual(cut.archived === 1 ? { active: false, archived: 1 } : { active: true, archived: 0 });
      expect([...leftovers(stateDir(p)), ...leftovers(join(stateDir(p), "archives"))]).toEqual([]);
      expect(run(p, "doctor").code).toBe(0);
    },
    30_000,
  );
});

describe("concurrency", () => {
  test("a reader beside a writer stopped half-way through each write sees the old file, then the new", async () => {
    const p = tempProject();
    await runIn(p, "set", ["hot", "s0", JSON.stringify({ pad: "a".repeat(100_000) })]);
    const path = join(stateDir(p), "hot.json");
    const before = readFileSync(path, "utf8");
    // mid-write:stop cuts each write(2) of a file in two and stops the writer between the halves.
    const writer = spawn(p, "set", ["hot", "s1", JSON.stringify({ pad: "b".repeat(100_000) })], {
      env: { SESSION_FAILPOINT: "mid-write:stop" },
    });
    const halves: string[] = []; // what the writer's temporary files held at each stall
    while (await stoppedOrExited(writer.pid)) {
      const seen = readFileSync(path, "utf8");
      expect(seen === before ? "the old file, whole" : `${seen.length} bytes of another file`).toBe(
        "the old file, whole",
      );
      const read = await runIn(p, "get", ["hot", "--field", "step", "--raw"]);
      expect([read.code, read.stdout, read.stderr]).toEqual([0, "s0\n", ""]);
      for (const temp of readdirSync(stateDir(p)).filter((f) => f.startsWith(".hot.json.") && f.endsWith(".tmp")))
        halves.push(readFileSync(join(stateDir(p), temp), "utf8"));
      writer.kill("SIGCONT");
    }
    expect(await writer.exited).toBe(0);
    const after = readFileSync(path, "utf8");
    expect(readState(p, "hot")).toMatchObject({ step: "s1", context: { pad: "b".repeat(100_000) } });
    // The check means something only if the reader read while half of the new state was written.
    expect(halves.filter((half) => half.length > 0 && half.length < after.length && after.startsWith(half))).toEqual([
      after.slice(0, Math.ceil(after.length / 2)),
    ]);
  }, 30_000);
});

describe("locks", () => {
  test("a lock left by a killed process is broken at once", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    const dead = Bun.spawnSync(["true"]).pid;
    writeFileSync(join(stateDir(p), ".w.lock"), `${dead} ${hostname()}\n`);
    // No time to wait at all: a lock not broken at once would be a timeout, exit 3.
    const r = run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "0" } });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(leftovers(stateDir(p))).toEqual([]);
  });

  // A lock names its owner by pid, host and the process's start time: a pid the system reused for a newer process
  // (alive, but started at another time) does not hold the lock of the process that is gone.
  const reused = () => `${process.pid} ${hostname()} ${Number(processStart(process.pid)) - 1} 0ld0wner\n`;
  const owned = () => `${process.pid} ${hostname()} ${processStart(process.pid)} m1ne0000\n`;

  test("a lock whose pid now belongs to a newer process (another start time) is broken at once", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), ".w.lock"), reused());
    const r = run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "0" } });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(readState(p, "w").step).toBe("t");
    expect(leftovers(stateDir(p))).toEqual([]);
  });

  test("a lock whose pid and start time are its live owner's is never broken: exit 3, changing nothing", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), ".w.lock"), owned());
    const before = readFileSync(join(stateDir(p), "w.json"), "utf8");
    const r = run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "0" } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`held by another process (pid ${process.pid}); gave up after 0 ms`);
    expect(readFileSync(join(stateDir(p), "w.json"), "utf8")).toBe(before);
  });

  test("doctor names a lock whose pid was reused as stale, and --fix removes it (the live owner's stays)", () => {
    const p = tempProject();
    run(p, "set", ["a", "s"]);
    run(p, "set", ["b", "s"]);
    writeFileSync(join(stateDir(p), ".a.lock"), reused());
    writeFileSync(join(stateDir(p), ".b.lock"), owned());
    const found = run(p, "doctor", ["--json"]).json.problems.map((x: any) => [x.kind, x.path]);
    expect(found).toContainEqual(["stale-lock", "ia/state/sessions/.a.lock"]);
    expect(found).not.toContainEqual(["stale-lock", "ia/state/sessions/.b.lock"]);
    run(p, "doctor", ["--fix"]);
    expect(existsSync(join(stateDir(p), ".a.lock"))).toBe(false);
    expect(readFileSync(join(stateDir(p), ".b.lock"), "utf8")).toBe(owned());
  });

  test.each([
    ["its live owner's pid and start time: not stale", owned, false],
    ["a live pid with another start time (the pid was reused): stale", reused, true],
    ["a live pid and no start time (a lock of version 0.1): not stale", () => `${process.pid} ${hostname()}\n`, false],
    ["a dead pid: stale", () => `${Bun.spawnSync(["true"]).pid} ${hostname()} 1 d3ad0000\n`, true],
  ])("a lock of this host naming %s (isStale, ownerAlive)", (_, holder, stale) => {
    const path = join(tempProject(), ".w.lock");
    writeFileSync(path, holder());
    expect(isStale(path, holder(), 60_000)).toBe(stale);
    expect(ownerAlive(parseOwner(holder()) as LockOwner)).toBe(!stale);
  });

  test("a lock held by a live process makes a writer wait, then give up with exit 3, changing nothing", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), ".w.lock"), `${process.pid} ${hostname()}\n`);
    const before = readFileSync(join(stateDir(p), "w.json"), "utf8");
    const r = run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "300" } });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: .*\.w\.lock is held by another process \(pid \d+\); gave up after 300 ms/);
    expect(readFileSync(join(stateDir(p), "w.json"), "utf8")).toBe(before);
  });
});
