/**
 * What a hostile tester broke, one describe per finding (issue "Hardening"):
 * each test failed on the code before the fix.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { setEvents } from "../.claude/skills/session/lib/core/progress.ts";
import { diagnose } from "../.claude/skills/session/lib/doctor/doctor.ts";
import { statePaths } from "../.claude/skills/session/lib/fs/state-paths.ts";
import { openStore, updateSession } from "../.claude/skills/session/lib/store/store.ts";
import { readState, run, runIn, SCRIPTS, snapshot, spawn, stateDir, stopped, tempProject } from "./helpers.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("1. a stalled writer never loses a newer write", () => {
  test("a lock whose owner is alive is never broken, however old; the next " +
    "writer waits, then exit 3 naming the pid", async () => {
    const p = tempProject();
    run(p, "set", ["w", "s", '{"n":0}']);
    const stalled = spawn(p, "set", ["w", "s", '{"n":1}'], { env: { SESSION_FAILPOINT: "after-temp-write:stop" } });
    await stopped(stalled.pid);
    // As if it had stalled for an hour (a closed laptop lid): the lock is old, its owner alive.
    const lock = join(stateDir(p), ".w.lock");
    utimesSync(lock, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const second = run(p, "set", ["w", "s", '{"n":2}'], {
      env: { SESSION_LOCK_TIMEOUT_MS: "300", SESSION_LOCK_STALE_MS: "100" },
    });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`is held by another process (pid ${stalled.pid}); gave up after 300 ms`);
    const doctor = run(p, "doctor", ["--json"]).json;
    expect(doctor.problems).toEqual([
      expect.objectContaining({
        kind: "held-lock",
        message: expect.stringContaining(`held by pid ${stalled.pid}, which is stopped`),
      }),
    ]);
    stalled.kill("SIGCONT");
    expect(await stalled.exited).toBe(0);
    expect(readState(p, "w")).toMatchObject({ context: { n: 1 }, rev: 2 });
    expect(existsSync(lock)).toBe(false);
  }, 30_000);

  test("a writer that lost its lock while stalled writes nothing and leaves " +
    "the new owner's lock in place", async () => {
    const p = tempProject();
    run(p, "set", ["w", "s", '{"n":0}']);
    const before = readFileSync(join(stateDir(p), "w.json"), "utf8");
    const stalled = spawn(p, "set", ["w", "s", '{"n":1}'], { env: { SESSION_FAILPOINT: "after-temp-write:stop" } });
    await stopped(stalled.pid);
    // Another host's writer judged the lock stale and took it.
    const lock = join(stateDir(p), ".w.lock");
    const theirs = "4242 another-host - abcd1234\n";
    writeFileSync(lock, theirs);
    stalled.kill("SIGCONT");
    expect(await stalled.exited).toBe(3);
    expect(await new Response(stalled.stderr).text()).toContain("lost the lock");
    expect(readFileSync(join(stateDir(p), "w.json"), "utf8")).toBe(before);
    expect(readFileSync(lock, "utf8")).toBe(theirs);
  }, 30_000);

  test("another host's lock is broken only once older than SESSION_LOCK_STALE_MS; a dead local owner's at once", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    const lock = join(stateDir(p), ".w.lock");
    writeFileSync(lock, "4242 another-host - abcd1234\n");
    const fresh = run(p, "set", ["w", "t"], {
      env: { SESSION_LOCK_TIMEOUT_MS: "200", SESSION_LOCK_STALE_MS: "60000" },
    });
    expect(fresh.code).toBe(3);
    expect(fresh.stderr).toContain("pid 4242 on another-host");
    utimesSync(lock, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    expect(
      run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "200", SESSION_LOCK_STALE_MS: "60000" } }).code,
    ).toBe(0);
    const dead = Bun.spawnSync(["true"]).pid;
    writeFileSync(lock, `${dead} ${hostname()} - abcd1234\n`);
    expect(run(p, "set", ["w", "u"], { env: { SESSION_LOCK_TIMEOUT_MS: "200" } }).code).toBe(0);
  });

  test("stress: writers racing one stalled writer lose no acknowledged write", async () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    const stalled = spawn(p, "set", ["w", "s", '{"stalled":true}'], { env: { SESSION_FAILPOINT: "after-lock:stop" } });
    await stopped(stalled.pid);
    const env = { SESSION_LOCK_TIMEOUT_MS: "2000", SESSION_LOCK_STALE_MS: "50" };
    const writers = Array.from({ length: 6 }, (_, i) =>
      spawn(p, "set", ["w", "s", JSON.stringify({ [`k${i}`]: i })], { env }),
    );
    await sleep(300);
    stalled.kill("SIGCONT");
    const codes = await Promise.all(writers.map((w) => w.exited));
    expect(await stalled.exited).toBe(0);
    const context = readState(p, "w").context;
    expect(context.stalled).toBe(true);
    codes.forEach((code, i) => {
      expect([0, 3]).toContain(code);
      if (code === 0) expect(context[`k${i}`]).toBe(i); // acknowledged, so kept
    });
    expect(codes.filter((c) => c === 0).length).toBeGreaterThan(0);
  }, 30_000);
});

describe("2. doctor --fix repairs what is there, not what it saw", () => {
  test("an interrupted save advanced since the scan is left alone", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s", '{"x":1}']);
    const state = readFileSync(join(stateDir(p), "w.json"));
    await runIn(p, "save", ["w"]);
    writeFileSync(join(stateDir(p), "w.json"), state); // a save cut off
    const store = openStore(statePaths(p));
    const { found } = diagnose(store, "2025-01-29T15:00:00Z");
    expect(found.map((f) => f.kind)).toEqual(["interrupted-save"]);
    await runIn(p, "set", ["w", "t", '{"y":2}']); // a set advanced it after the scan
    expect(found[0]?.fix?.()).toBe("nothing to do: it changed since the check");
    expect(readState(p, "w").context).toEqual({ x: 1, y: 2 });
  });

  test("a stale lock re-taken by a live writer since the scan is left alone", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const lock = join(stateDir(p), ".w.lock");
    writeFileSync(lock, `${Bun.spawnSync(["true"]).pid} ${hostname()} - dead0000\n`);
    const { found } = diagnose(openStore(statePaths(p)), "2025-01-29T15:00:00Z");
    expect(found.map((f) => f.kind)).toEqual(["stale-lock"]);
    const live = `${process.pid} ${hostname()} - live0000\n`;
    writeFileSync(lock, live);
    expect(found[0]?.fix?.()).toBe("nothing to do: it changed since the check");
    expect(readFileSync(lock, "utf8")).toBe(live);
  });

  test("a state file fixed since the scan is not moved aside", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const good = readFileSync(join(stateDir(p), "w.json"), "utf8");
    writeFileSync(join(stateDir(p), "w.json"), "{ broken");
    const { found } = diagnose(openStore(statePaths(p)), "2025-01-29T15:00:00Z");
    writeFileSync(join(stateDir(p), "w.json"), good);
    expect(found.find((f) => f.kind === "corrupt-state")?.fix?.()).toBe("nothing to do: it changed since the check");
    expect(existsSync(join(stateDir(p), ".corrupt"))).toBe(false);
  });
});

describe("3. --usage cannot write a state the tool then calls corrupt", () => {
  test("sums that would overflow to Infinity are refused", async () => {
    const p = tempProject();
    // A counter is refused past ±2^53 (trust-smaller.test.ts), so Infinity is out of reach from there too.
    expect((await runIn(p, "set", ["w", "s", "--usage", '{"t":9007199254740991}'])).code).toBe(0);
    const before = snapshot(p);
    const r = await runIn(p, "set", ["w", "s", "--usage", '{"t":1e308}']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('the counter "t" too large')]);
    expect(snapshot(p)).toEqual(before);
    expect((await runIn(p, "get", ["w"])).code).toBe(0);
  });
});

describe("4. nothing written, moved or deleted through a symlinked folder", () => {
  const folders = ["ia", "ia/state", "ia/state/sessions", "ia/state/sessions/archives", "ia/state/sessions/.corrupt"];
  test.each(folders)(
    "%s as a symlink to a folder outside: refused (exit 4, naming it), outside untouched",
    async (folder) => {
      const p = tempProject();
      await runIn(p, "set", ["old", "s"], { now: "2024-01-01T00:00:00Z" });
      await runIn(p, "save", ["old"], { now: "2024-01-01T00:00:00Z" });
      await runIn(p, "set", ["w", "s"]);
      writeFileSync(join(stateDir(p), "bad.json"), "{");
      const outside = tempProject();
      const real = join(p, folder);
      mkdirSync(real, { recursive: true });
      const moved = join(outside, "moved");
      Bun.spawnSync(["mv", real, moved]);
      symlinkSync(moved, real);
      const before = snapshot(outside);
      for (const args of [
        ["set", "w", "t"],
        ["save", "w"],
        ["reset", "w"],
        ["cleanup", "--older-than", "1d", "--stale", "1d"],
        ["doctor", "--fix"],
      ]) {
        const r = await runIn(p, args[0] as string, args.slice(1));
        if (folder.endsWith(".corrupt") && args[0] !== "doctor") continue; // only doctor --fix writes there
        if (args[0] === "doctor") {
          expect(r.code).toBe(1);
          expect(r.stdout).toContain(`symlinked-folder  ${folder}`);
        } else {
          expect({ args, code: r.code }).toEqual({ args, code: 4 });
          expect(r.stderr).toContain(`${real}: is a symbolic link`);
        }
      }
      expect(snapshot(outside)).toEqual(before);
    },
  );

  test("get does not follow a symlinked state file, nor print its target's content", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const secret = join(tempProject(), "secret.json");
    writeFileSync(secret, "TOPSECRET not json");
    symlinkSync(secret, join(stateDir(p), "evil.json"));
    const r = await runIn(p, "get", ["evil"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("evil.json: is a symbolic link");
    expect(r.stderr).not.toContain("TOPSECRET");
  });
});

describe("5. cleanup checks up front and reports what it did", () => {
  test("an --archive target that is a file is refused before anything changes", async () => {
    const p = tempProject();
    await runIn(p, "set", ["idle", "s"], { now: "2024-01-01T00:00:00Z" });
    await runIn(p, "set", ["old", "s"], { now: "2024-01-01T00:00:00Z" });
    await runIn(p, "save", ["old"], { now: "2024-01-01T00:00:00Z" });
    writeFileSync(join(p, "target"), "a file");
    const before = snapshot(p);
    const r = await runIn(p, "cleanup", ["--stale", "1d", "--older-than", "1d", "--archive", "target"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("is not a folder");
    expect(snapshot(p)).toEqual(before);
  });

  test.each(["ia/state/sessions/archives", "ia/state/sessions", "alias"])(
    "--archive %s (inside ia/state, however reached) is refused",
    async (target) => {
      const p = tempProject();
      await runIn(p, "set", ["old", "s"], { now: "2024-01-01T00:00:00Z" });
      await runIn(p, "save", ["old"], { now: "2024-01-01T00:00:00Z" });
      symlinkSync(join(p, "ia/state/sessions/archives"), join(p, "alias"));
      const before = snapshot(p);
      const r = await runIn(p, "cleanup", ["--older-than", "1d", "--archive", target]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("is inside ia/state")]);
      expect(snapshot(p)).toEqual(before);
    },
  );

  test("concurrent cleanup --archive runs: each archive moved once, the rest skipped, no raw error", async () => {
    const p = tempProject();
    for (let i = 0; i < 6; i++) {
      run(p, "set", [`job:${i}`, "s"], { now: "2024-01-01T00:00:00Z" });
      run(p, "save", [`job:${i}`], { now: "2024-01-01T00:00:00Z" });
    }
    const procs = Array.from({ length: 3 }, () => spawn(p, "cleanup", ["--older-than", "1d", "--archive", "old"]));
    const codes = await Promise.all(procs.map((proc) => proc.exited));
    const outputs = await Promise.all(
      procs.map(async (proc) => ({
        out: JSON.parse(await new Response(proc.stdout).text()),
        err: await new Response(proc.stderr).text(),
      })),
    );
    expect(codes).toEqual([0, 0, 0]);
    expect(outputs.map((o) => o.err)).toEqual(["", "", ""]);
    expect(outputs.flatMap((o) => o.out.moved)).toHaveLength(6);
    expect(readdirSync(join(p, "old"))).toHaveLength(6);
    expect(readdirSync(join(stateDir(p), "archives")).filter((f) => f.endsWith(".md"))).toEqual([]);
  }, 30_000);
});

describe("6. a UTF-8 BOM is accepted everywhere alike, and never written", () => {
  test("get, set, save and doctor read a state file with a BOM; set writes it back without", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s", '{"x":1}']);
    const path = join(stateDir(p), "w.json");
    writeFileSync(path, `\ufeff${readFileSync(path, "utf8")}`);
    expect((await runIn(p, "get", ["w", "--field", "context.x"])).stdout).toBe("1\n");
    expect((await runIn(p, "doctor")).code).toBe(0);
    expect((await runIn(p, "set", ["w", "t"])).code).toBe(0);
    expect(readFileSync(path, "utf8").charCodeAt(0)).toBe("{".charCodeAt(0));
    writeFileSync(path, `\ufeff${readFileSync(path, "utf8")}`);
    const { archive } = (await runIn(p, "save", ["w"])).json;
    const text = readFileSync(join(p, archive), "utf8");
    writeFileSync(join(p, archive), `\ufeff${text}`);
    expect((await runIn(p, "doctor")).code).toBe(0);
  });
});

describe("7-10, 13, 14. hostile input is refused, exit 2, naming the value", () => {
  const deep = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${"}".repeat(levels - 1)}`;
  test.each([
    ["--constructor", ["w", "s", "--constructor"], /unknown option --constructor/],
    ["--toString", ["w", "s", "--toString"], /unknown option --toString/],
    ["--__proto__", ["w", "s", "--__proto__"], /unknown option --__proto__/],
    [
      "--hasOwnProperty swallowing the next argument",
      ["w", "s", "--hasOwnProperty", "{}"],
      /unknown option --hasOwnProperty/,
    ],
    ["65 levels of nesting", ["w", "s", deep(65)], /CONTEXT_JSON is nested more than 64 levels deep/],
    ["20,000 levels of nesting", ["w", "s", deep(20_000)], /nested more than 64 levels/],
    ["two deep branches", ["w", "s", `{"a":${deep(19_000)},"b":${deep(19_000)}}`], /nested more than 64 levels/],
    ["1e400", ["w", "s", '{"x":{"y":1e400}}'], /CONTEXT_JSON\.x\.y is a number too large to store/],
    [
      "an integer beyond 2^53",
      ["w", "s", '{"n":9007199254740993}'],
      /holds the integer 9007199254740993, beyond ±2\^53/,
    ],
    [
      "an integer beyond 2^53 written with a fraction",
      ["w", "s", '{"n":9007199254740993.0}'],
      /holds the number 9007199254740993\.0, more precise than a double/,
    ],
    [
      "an integer beyond 2^53 written with an exponent",
      ["w", "s", '{"n":9007199254740993e0}'],
      /readers would change it to 9007199254740992/,
    ],
    [
      "digits past a double's precision",
      ["w", "s", '{"x":0.1000000000000000055511151231257827}'],
      /more precise than a double/,
    ],
    ["a lone surrogate", ["w", "s", '{"s":["ok","\\ud83c"]}'], /CONTEXT_JSON\.s\[1\] holds a lone UTF-16 surrogate/],
    ["a lone surrogate in a key", ["w", "s", '{"\\udc00":1}'], /has a key holding a lone UTF-16 surrogate/],
    [
      "--expect-rev beyond 2^53",
      ["w", "s", "--expect-rev", "99999999999999999999"],
      /--expect-rev must be a whole number/,
    ],
    ["a step of 201 characters", ["w", "🙂".repeat(201)], /longer than 200 characters/],
  ] as [string, string[], RegExp][])("%s", async (_, args, message) => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const before = snapshot(p);
    const r = await runIn(p, "set", args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
    expect(snapshot(p)).toEqual(before);
  });

  test("numbers that read back as written are kept: 1.50, 1.5e300, -0, 2^53 - 1", async () => {
    const r = await runIn(tempProject(), "set", [
      "w",
      "s",
      '{"a":1.50,"b":1.5e300,"c":-0,"d":9007199254740991,"e":"9007199254740993"}',
    ]);
    expect(r.code).toBe(0);
    expect(r.json.context).toEqual({ a: 1.5, b: 1.5e300, c: 0, d: 9007199254740991, e: "9007199254740993" });
  });

  test("a step of 150 emoji is 150 characters, and fits", async () => {
    const r = await runIn(tempProject(), "set", ["w", "🙂".repeat(150)]);
    expect(r.code).toBe(0);
  });

  test("a nested 64 levels deep context is accepted, 65 is not", async () => {
    const p = tempProject();
    expect((await runIn(p, "set", ["w", "s", deep(64)])).code).toBe(0);
  });

  test("invalid UTF-8 on stdin is refused, not replaced by U+FFFD", async () => {
    const p = tempProject();
    const proc = Bun.spawnSync(["bun", join(SCRIPTS, "set.ts"), "w", "s", "-"], {
      cwd: p,
      env: { PATH: process.env.PATH ?? "", SESSION_NOW: "2025-01-29T15:00:00Z" },
      stdin: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(proc.exitCode).toBe(2);
    expect(proc.stderr.toString()).toBe("error: stdin is not valid UTF-8\n");
    expect(existsSync(stateDir(p))).toBe(false);
  });

  test.each([
    "2025-02-30T00:00:00Z",
    "2025-01-29T15:00:00",
    "2025-01-29T15:00:00+01:00",
    "2025-01-29",
    "2025-13-01T00:00:00Z",
    "2025-01-29T24:00:00Z",
  ])("SESSION_NOW=%s is refused", async (now) => {
    const r = await runIn(tempProject(), "set", ["w", "s"], { now });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("SESSION_NOW is not a UTC instant")]);
  });

  test("SESSION_NOW with milliseconds, on a leap day, is a real instant", async () => {
    const r = await runIn(tempProject(), "set", ["w", "s"], { now: "2024-02-29T23:59:59.5Z" });
    expect(r.json.started_at).toBe("2024-02-29T23:59:59Z");
  });

  test(
    "set takes a name or a full id, never a prefix: an 8-character prefix " + "of an id names a new session",
    async () => {
      const p = tempProject();
      const { id } = (await runIn(p, "set", ["other", "s"])).json;
      const r = await runIn(p, "set", [id.slice(0, 8), "t"]);
      expect(r.json.workflow).toBe(id.slice(0, 8));
      expect(readState(p, "other").steps).toEqual(["s"]);
    },
  );
});

describe("11. a state path that is a folder or a FIFO", () => {
  test.each(["folder", "fifo"])(
    "a %s named like a state file: exit 4 naming it, never a hang; doctor lists it",
    async (kind) => {
      const p = tempProject();
      run(p, "set", ["other", "s"]);
      const path = join(stateDir(p), "w.json");
      if (kind === "folder") mkdirSync(path);
      else Bun.spawnSync(["mkfifo", path]);
      for (const args of [
        ["get", "w"],
        ["set", "w", "s"],
        ["save", "w"],
        ["reset", "w"],
        ["get", "--all"],
      ]) {
        const proc = spawn(p, args[0] as string, args.slice(1));
        const timer = setTimeout(() => proc.kill(), 5000);
        const code = await proc.exited;
        clearTimeout(timer);
        const err = await new Response(proc.stderr).text();
        if (args[1] === "--all") {
          expect(JSON.parse(await new Response(proc.stdout).text()).at(-1)).toMatchObject({
            workflow: "w",
            status: "corrupt",
            error: expect.stringContaining("not a regular file"),
          });
          continue;
        }
        expect({ args, code }).toEqual({ args, code: 4 });
        expect(err).toContain("w.json: is not a regular file");
      }
      expect(run(p, "doctor", ["--json"]).json.problems).toEqual([
        expect.objectContaining({ kind: "not-a-file", path: "ia/state/sessions/w.json" }),
      ]);
    },
    30_000,
  );
});

describe("12. doctor's blind spots", () => {
  test("the state folder being a regular file", async () => {
    const p = tempProject();
    mkdirSync(join(p, "ia/state"), { recursive: true });
    writeFileSync(join(p, "ia/state/sessions"), "oops");
    const r = await runIn(p, "doctor");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not-a-folder  ia/state/sessions");
  });

  test("a folder named like a lock: set exits 4 naming it, doctor reports it", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    mkdirSync(join(stateDir(p), ".w.lock"));
    const set = await runIn(p, "set", ["w", "t"]);
    expect([set.code, set.stderr]).toEqual([4, expect.stringContaining(".w.lock: is not a regular file")]);
    const r = await runIn(p, "doctor", ["--json"]);
    expect(r.json.problems).toEqual([
      expect.objectContaining({ kind: "not-a-file", path: "ia/state/sessions/.w.lock" }),
    ]);
  });

  test("a symlinked .gitignore or lock is reported by doctor, not an exit 4 from doctor itself", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const elsewhere = join(tempProject(), "x");
    writeFileSync(elsewhere, "x");
    Bun.spawnSync(["rm", join(stateDir(p), ".gitignore")]);
    symlinkSync(elsewhere, join(stateDir(p), ".gitignore"));
    symlinkSync(elsewhere, join(stateDir(p), ".w.lock"));
    const r = await runIn(p, "doctor", ["--json"]);
    expect(r.code).toBe(1);
    expect(r.json.problems.map((x: any) => [x.kind, x.path])).toEqual([
      ["symlink", "ia/state/sessions/.gitignore"],
      ["not-a-file", "ia/state/sessions/.w.lock"],
    ]);
    expect((await runIn(p, "doctor", ["--fix"])).stdout).toContain("moved aside and written anew");
    expect(readFileSync(elsewhere, "utf8")).toBe("x");
  });

  test("SESSION_ROOT pointing at a file is exit 2", async () => {
    const p = tempProject();
    writeFileSync(join(p, "file"), "");
    const r = await runIn(p, "doctor", [], { env: { SESSION_ROOT: join(p, "file") } });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("SESSION_ROOT is not a folder")]);
  });
});

describe("14. smaller findings", () => {
  test(".corrupt/ is git-ignored", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    expect(readFileSync(join(stateDir(p), ".gitignore"), "utf8")).toContain(".corrupt/");
  });

  test("doctor --fix removes only its own leftovers, never anyone's .*.broken dotfile", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), ".notes.broken"), "mine");
    const dead = Bun.spawnSync(["true"]).pid;
    writeFileSync(join(stateDir(p), `.w.lock.${dead}.broken`), "");
    const r = await runIn(p, "doctor", ["--fix", "--json"]);
    expect(r.json.problems.map((x: any) => x.path)).toEqual([`ia/state/sessions/.w.lock.${dead}.broken`]);
    expect(readFileSync(join(stateDir(p), ".notes.broken"), "utf8")).toBe("mine");
  });

  test("a lock message stays on one line whatever the lock holds", () => {
    const p = tempProject();
    run(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), ".w.lock"), `${process.pid} ${hostname()}\ninjected line\n`);
    const r = run(p, "set", ["w", "t"], { env: { SESSION_LOCK_TIMEOUT_MS: "200" } });
    expect(r.code).toBe(3);
    expect(r.stderr.split("\n").filter((line) => line && !line.startsWith("hint:"))).toHaveLength(1);
  });
});

describe("review findings", () => {
  test("a retried set whose context changes nothing writes nothing", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s", '{"x":1}']);
    const before = snapshot(p);
    for (const patch of ['{"x":1}', '{"y":null}', "{}"])
      expect((await runIn(p, "set", ["w", "s", patch])).json.rev).toBe(1);
    expect((await runIn(p, "set", ["w", "s", '{"x":1}', "--replace-context"])).json.rev).toBe(1);
    expect(snapshot(p)).toEqual(before);
    expect((await runIn(p, "set", ["w", "s", '{"x":2}'])).json.rev).toBe(2);
  });

  test("a refused first write never takes away another writer's files or the .gitignore they need", async () => {
    const p = tempProject();
    const store = openStore(statePaths(p));
    const now = "2025-01-29T15:00:00Z";
    expect(() =>
      updateSession(store, "a", () => {
        // Another writer's session lands while this first write is being refused.
        updateSession(store, "b", (prev) =>
          setEvents(prev, { workflow: "b", step: "s" }, { now, newId: () => "bbbbbbbb11" }),
        );
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(readdirSync(stateDir(p)).sort()).toEqual([".gitattributes", ".gitignore", "b.json"]);
  });

  test("doctor --fix of a corrupt file removed since the scan does nothing, and creates no .corrupt/", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), "bad.json"), "{");
    const { found } = diagnose(openStore(statePaths(p)), "2025-01-29T15:00:00Z");
    Bun.spawnSync(["rm", join(stateDir(p), "bad.json")]);
    expect(found.find((f) => f.kind === "corrupt-state")?.fix?.()).toBe("nothing to do: it changed since the check");
    expect(existsSync(join(stateDir(p), ".corrupt"))).toBe(false);
  });

  test("a file the module resolver would guess an extension for is not taken for a symlink", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    writeFileSync(join(stateDir(p), "zz.json.js"), "module.exports = 1");
    const r = await runIn(p, "get", ["zz"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "null\n", ""]);
  });

  test("reset reads a state file with a BOM", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    const path = join(stateDir(p), "w.json");
    writeFileSync(path, `\ufeff${readFileSync(path, "utf8")}`);
    expect((await runIn(p, "reset", ["w"])).json.reset).toBe(true);
  });
});

describe("first writes stay clean", () => {
  test("a session written through the store directly is found by the commands", async () => {
    const p = tempProject();
    const store = openStore(statePaths(p));
    updateSession(store, "w", (prev) =>
      setEvents(prev, { workflow: "w", step: "s" }, { now: "2025-01-29T15:00:00Z", newId: () => "abcdefgh12" }),
    );
    expect((await runIn(p, "get", ["abcd"])).json.workflow).toBe("w");
  });
});

describe("a hostile tester's findings on the lifecycle", () => {
  test("resume --from a step entered twice names it as next, and it is not done", async () => {
    const p = tempProject();
    await runIn(p, "start", ["wf", "--steps", "a,b,c,d"]);
    await runIn(p, "set", ["wf", "a", '{"k":1}']);
    await runIn(p, "set", ["wf", "b", '{"k":2}']);
    await runIn(p, "set", ["wf", "a", '{"k":3}']);
    await runIn(p, "set", ["wf", "c", '{"k":4}']);
    const r = (await runIn(p, "resume", ["wf", "--from", "a"])).json;
    expect([r.step, r.next]).toEqual(["a", "a"]);
  });

  test(
    "invalid UTF-8 on stdin through session.ts is exit 2 (its own bundle's " + "error), not an unexpected failure",
    () => {
      const p = tempProject();
      const proc = Bun.spawnSync(["bun", join(SCRIPTS, "session.ts"), "set", "w", "s", "-"], {
        cwd: p,
        env: { PATH: process.env.PATH ?? "", SESSION_NOW: "2025-01-29T15:00:00Z" },
        stdin: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
      });
      expect([proc.exitCode, proc.stderr.toString()]).toEqual([2, "error: stdin is not valid UTF-8\n"]);
    },
  );

  test("invalid UTF-8 in an argument is refused, not stored as U+FFFD", () => {
    const p = tempProject();
    // A shell passes bytes; Bun.spawn takes strings, so bash writes the byte.
    const proc = Bun.spawnSync(["bash", "-c", `bun ${join(SCRIPTS, "set.ts")} w s $'{"a":"\\xff"}'`], {
      cwd: p,
      env: { PATH: process.env.PATH ?? "", SESSION_NOW: "2025-01-29T15:00:00Z" },
    });
    expect(proc.exitCode).toBe(2);
    expect(proc.stderr.toString()).toStartWith("error: an argument is not valid UTF-8\n");
    expect(existsSync(stateDir(p))).toBe(false);
  });

  test("a note's control characters are shown as pictures, never sent to the terminal or the report raw", async () => {
    const p = tempProject();
    await runIn(p, "set", ["w", "s"]);
    await runIn(p, "log", ["w", "-"], { stdin: "line1\r\nline2\u001b[31mred\u0007" });
    const shown = (await runIn(p, "show", ["w"])).stdout;
    expect(shown).not.toMatch(/[\u001b\u0007\r]/);
    expect(shown).toContain("line1␍\n    line2␛[31mred␇");
    const { archive } = (await runIn(p, "save", ["w", "--notes", "bell\u0007"])).json;
    const body = readFileSync(join(p, archive), "utf8").split("\n---\n")[1] as string;
    expect(body).not.toMatch(/[\u001b\u0007\r]/);
  });
});
