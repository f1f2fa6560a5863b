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
import { readState, run, spawn, stateDir, tempProject } from "./helpers.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
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
  test("readers beside writers never see a torn file", async () => {
    const p = tempProject();
    run(p, "set", ["hot", "s", JSON.stringify({ pad: "z".repeat(100_000) })]);
    const path = join(stateDir(p), "hot.json");
    let writing = true;
    const codes: number[] = [];
    const writers = Array.from({ length: 2 }, (_, w) =>
      (async () => {
        // The timeline keeps every patch, so 2 × 30 patches of ~10 kB stay under the 1 MiB limit while the file grows.
        for (let i = 0; writing && i < 30; i++) {
          const proc = spawn(p, "set", [
            "hot",
            `s${i % 3}`,
            JSON.stringify({ [`w${w}`]: i, pad: String(i % 10).repeat(10_000 + i) }),
          ]);
          codes.push(await proc.exited);
        }
      })(),
    );
    const seen = new Set<number>();
    let reads = 0;
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      const text = readFileSync(path, "utf8");
      const state = JSON.parse(text);
      expect(checkSession(state).ok).toBe(true);
      seen.add(state.rev);
      reads++;
      await sleep(0);
    }
    writing = false;
    await Promise.all(writers);
    // The check means something only if the writers really wrote while we read.
    expect(codes.length).toBeGreaterThan(4);
    expect(codes.every((code) => code === 0)).toBe(true);
    expect(seen.size).toBeGreaterThan(2);
    expect(reads).toBeGreaterThan(100);
  }, 60_000);
});

describe("locks", () => {
  test("a lock left by a killed process is broken at once", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    const dead = Bun.spawnSync(["true"]).pid;
    writeFileSync(join(stateDir(p), ".w.lock"), `${dead} ${hostname()}\n`);
    const started = performance.now();
    const r = run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "5000" } });
    expect(r.code).toBe(0);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(leftovers(stateDir(p))).toEqual([]);
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
