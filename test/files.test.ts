/**
 * The file and lock primitives, in-process: each guarantee shown on the function that keeps it, beside the
 * end-to-end tests that show it through the commands.
 */
import { describe, expect, test } from "bun:test";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { armFailpoint } from "../.claude/skills/session/lib/fs/failpoints.ts";
import { writeAll, writeFileNew } from "../.claude/skills/session/lib/fs/files.ts";
import { lockPath, withLock } from "../.claude/skills/session/lib/store/lock.ts";
import { tempProject } from "./helpers.ts";

describe("writeAll", () => {
  test("a device that takes half of each write(2) still gets every byte, in order", () => {
    const path = join(tempProject(), "out");
    const text = Array.from({ length: 5_000 }, (_, i) => String(i % 10)).join("");
    const fd = openSync(path, "w");
    armFailpoint("short-write");
    try {
      writeAll(fd, text);
    } finally {
      armFailpoint(undefined);
      closeSync(fd);
    }
    expect(readFileSync(path, "utf8") === text).toBe(true);
  });
});

describe("writeFileNew", () => {
  test("never replaces a file: a taken name is skipped, the file there kept, the next free name used", () => {
    const dir = tempProject();
    const [taken, free] = [join(dir, "a.md"), join(dir, "a-2.md")];
    writeFileSync(taken, "someone's");
    expect(writeFileNew([taken, free], "ours")).toBe(free);
    expect([readFileSync(taken, "utf8"), readFileSync(free, "utf8")]).toEqual(["someone's", "ours"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("with every name taken it refuses, and every file stays as it was", () => {
    const dir = tempProject();
    const names = [join(dir, "a.md"), join(dir, "a-2.md")];
    for (const name of names) writeFileSync(name, `kept ${name}`);
    expect(() => writeFileNew(names, "ours")).toThrow("no free file name left");
    for (const name of names) expect(readFileSync(name, "utf8")).toBe(`kept ${name}`);
  });
});

describe("withLock", () => {
  const options = { timeoutMs: 0, staleMs: 30_000 };

  test("the holder's lock file exists while it runs, and is gone after", () => {
    const dir = tempProject();
    const seen = withLock(dir, "w", options, () => existsSync(lockPath(dir, "w")));
    expect([seen, existsSync(lockPath(dir, "w"))]).toEqual([true, false]);
  });

  test("verify refuses (exit 3) once the lock was taken by another writer, whose lock stays", () => {
    const dir = tempProject();
    const theirs = "4242 another-host - abcd1234\n";
    const verified = withLock(dir, "w", options, (lock) => {
      lock.verify();
      writeFileSync(lockPath(dir, "w"), theirs); // broken as stale and taken meanwhile
      try {
        lock.verify();
        return "verified";
      } catch (error) {
        return (error as { exitCode?: number }).exitCode;
      }
    });
    expect(verified).toBe(3);
    expect(readFileSync(lockPath(dir, "w"), "utf8")).toBe(theirs);
  });
});
