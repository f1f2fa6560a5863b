/**
 * The guarantees, shown rather than assumed: kill -9 at random instants,
 * writers racing, readers beside writers, locks left by dead processes.
 * Bounded in time; the random instants come from a seeded generator.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { parseArchive } from "../.claude/skills/session/lib/archive-parse.ts";
import { checkSession } from "../.claude/skills/session/lib/validate.ts";
import { readState, run, SCRIPTS, spawn, stateDir, tempProject } from "./helpers.ts";

/** A small deterministic generator (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const leftovers = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock")) : []);

describe("kill -9", () => {
  test("set killed at random instants: the state is always the old or the new version", async () => {
    const p = tempProject();
    const rand = random(20250129);
    const big = "x".repeat(200_000); // large enough that the write takes a while
    // How long one whole write takes here: kills are spread over that span, whatever the machine's load.
    const started = performance.now();
    run(p, "set", ["big", "s0", "-"], { stdin: JSON.stringify({ v: 0, blob: big }) });
    const span = performance.now() - started;
    let killed = 0;
    // At least 30 tries and at least 5 writers really cut off (bounded: 100 tries).
    for (let i = 1; i <= 100 && (i <= 30 || killed < 5); i++) {
      const before = readFileSync(join(stateDir(p), "big.json"), "utf8");
      const proc = spawn(p, "set", ["big", `s${i}`, "-"], { stdin: JSON.stringify({ v: i, [`blob${i % 3}`]: big }) });
      await sleep(rand() * span);
      proc.kill(9);
      if ((await proc.exited) !== 0) killed++;
      const after = readFileSync(join(stateDir(p), "big.json"), "utf8");
      const state = JSON.parse(after);
      expect(checkSession(state).ok).toBe(true);
      if (after !== before) {
        expect(state.context.v).toBe(i); // the whole new version, never a mix
        expect(state.step).toBe(`s${i}`);
      }
      // Whatever the kill left (a lock, a temporary file) must not block the next writer.
      const next = run(p, "set", ["big", `s${i}`, JSON.stringify({ v: i })], { env: { SESSION_LOCK_TIMEOUT_MS: "3000" } });
      expect(next.code).toBe(0);
    }
    expect(killed).toBeGreaterThanOrEqual(5);
    run(p, "doctor", ["--fix"]);
    expect(leftovers(stateDir(p))).toEqual([]);
    expect(run(p, "doctor").code).toBe(0);
  }, 90_000);

  test("save killed at random instants: every session ends active or archived, never neither", async () => {
    const p = tempProject();
    const rand = random(7);
    const names = Array.from({ length: 40 }, (_, i) => `job:${i}`);
    const context = (name: string) => JSON.stringify({ branch: `feat/${name.replace(":", "-")}`, pad: "y".repeat(50_000) });
    for (const name of names) run(p, "set", [name, "work", context(name)]);
    const ids = new Map(names.map((name) => [name, readState(p, name.replace(":", "+")).id as string]));
    // How long one whole save takes here (on a session of its own): kills are spread over that span.
    run(p, "set", ["probe", "work", context("probe")]);
    const started = performance.now();
    run(p, "save", ["probe"]);
    const span = performance.now() - started;
    let killed = 0;
    let tried = 0;
    // At least 20 tries and at least 6 saves really cut off; the rest of the 40 stay active.
    for (const name of names) {
      if (tried >= 20 && killed >= 6) break;
      const proc = spawn(p, "save", [name]);
      await sleep(rand() * span);
      proc.kill(9);
      if ((await proc.exited) !== 0) killed++;
      tried++;
    }
    expect(killed).toBeGreaterThanOrEqual(6);
    const repair = run(p, "doctor", ["--fix", "--json"]).json;
    const archives = readdirSync(join(stateDir(p), "archives")).filter((f) => f.endsWith(".md"));
    const archivedIds = archives.map((f) => parseArchive(readFileSync(join(stateDir(p), "archives", f), "utf8")).id);
    // Where each session ended up; on failure the diff shows which, beside what doctor did.
    const where = Object.fromEntries(
      names.map((name) => {
        const active = existsSync(join(stateDir(p), `${name.replace(":", "+")}.json`));
        const archived = archivedIds.filter((id) => id === ids.get(name)).length;
        return [name, `${active ? "active" : ""}${active && archived ? "+" : ""}${archived ? `archived×${archived}` : ""}` || "neither"];
      }),
    );
    const leftBehind = [...leftovers(stateDir(p)), ...leftovers(join(stateDir(p), "archives"))];
    const exactlyOne = Object.values(where).every((w) => w === "active" || w === "archived×1");
    expect({ exactlyOne, leftBehind, where, repair: exactlyOne && leftBehind.length === 0 ? "ok" : repair }).toEqual({
      exactlyOne: true,
      leftBehind: [],
      where,
      repair: "ok",
    });
    expect(run(p, "doctor").code).toBe(0);
  }, 90_000);
});

describe("concurrency", () => {
  test("4 processes × 12 updates each on one session lose nothing", async () => {
    const p = tempProject();
    run(p, "set", ["shared", "init"]);
    const script = join(SCRIPTS, "set.ts");
    const workers = Array.from({ length: 4 }, (_, w) =>
      Bun.spawn(["bash", "-c", `for j in $(seq 1 12); do bun ${script} shared step-${w} "{\\"w${w}_$j\\": $j}" >/dev/null || exit 1; done`], {
        cwd: p,
        env: { PATH: process.env.PATH ?? "", SESSION_NOW: "2025-01-29T15:00:00Z" },
      }),
    );
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0, 0]);
    const state = readState(p, "shared");
    expect(Object.keys(state.context)).toHaveLength(48);
    expect(state.rev).toBe(49);
  }, 60_000);

  test("readers beside writers never see a torn file", async () => {
    const p = tempProject();
    run(p, "set", ["hot", "s", JSON.stringify({ pad: "z".repeat(100_000) })]);
    const path = join(stateDir(p), "hot.json");
    let writing = true;
    const writers = Array.from({ length: 2 }, (_, w) =>
      (async () => {
        for (let i = 0; writing && i < 40; i++) {
          const proc = spawn(p, "set", ["hot", `s${i % 3}`, JSON.stringify({ [`w${w}`]: i, pad: `${i}`.repeat(50_000 + i) })]);
          await proc.exited;
        }
      })(),
    );
    let reads = 0;
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      const text = readFileSync(path, "utf8");
      expect(checkSession(JSON.parse(text)).ok).toBe(true);
      reads++;
      await sleep(0);
    }
    writing = false;
    await Promise.all(writers);
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
