/**
 * The index is derived data in a folder git can fill: it obeys the containment
 * every other write obeys (nothing opened, created, replaced or removed through
 * a link), a corrupt, unreadable or wrongly typed one is rebuilt like a missing
 * one and reported by doctor, and a read that the files can answer is answered
 * even when the index cannot be used (a link, a read-only checkout).
 */
import { Database } from "bun:sqlite";
import { describe, expect, test } from "bun:test";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { NOW, type Run, run, runIn, SCRIPTS, stateDir, tempProject } from "./helpers.ts";

const INDEX_DIR = "ia/state/sessions/.index";
const INDEX = `${INDEX_DIR}/sessions.sqlite`;

/**
 * Every entry under DIR, links shown as links (never followed), files with their bytes: to prove nothing changed there.
 */
function tree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      const stat = lstatSync(path);
      const key = relative(dir, path);
      if (stat.isSymbolicLink()) entries[key] = `link -> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) {
        entries[key] = "folder";
        walk(path);
      } else entries[key] = `file ${readFileSync(path).toString("base64")}`;
    }
  };
  walk(dir);
  return entries;
}

/** A project with an active and an archived session, both holding the word "omega". */
async function project(): Promise<string> {
  const p = tempProject();
  expect((await runIn(p, "set", ["done:one", "s", '{"note":"omega archived"}'])).code).toBe(0);
  expect((await runIn(p, "save", ["done:one"])).code).toBe(0);
  expect((await runIn(p, "set", ["live:two", "s", '{"note":"omega active"}'])).code).toBe(0);
  return p;
}

/** A folder outside the project holding a file and an SQLite database of someone else's. */
function outside(): { dir: string; db: string } {
  const dir = tempProject();
  writeFileSync(join(dir, "notes.txt"), "someone else's file\n");
  const db = join(dir, "theirs.sqlite");
  const theirs = new Database(db);
  theirs.exec("CREATE TABLE private (x TEXT); INSERT INTO private VALUES ('mine')");
  theirs.close();
  return { dir, db };
}

/**
 * A session that arrives without the tool, as a checkout or a merge brings one: the index no longer reflects the files.
 */
async function behindTheIndex(p: string) {
  const other = tempProject();
  expect((await runIn(other, "set", ["behind", "s", '{"note":"omega from a branch"}'])).code).toBe(0);
  writeFileSync(join(stateDir(p), "behind.json"), readFileSync(join(stateDir(other), "behind.json")));
}

const hits = (r: Run) => (r.json as { workflow: string }[]).map((hit) => hit.workflow).sort();

/** search, list and a write: each answers from the files, none reaches outside. */
async function readsStillAnswer(p: string) {
  const search = await runIn(p, "search", ["omega", "--json"]);
  expect(search.code).toBe(0);
  expect(search.stderr).toMatch(
    /^(warning: .* is a symbolic link; the index is never used through it, so the files were read instead\. .*\n)?$/,
  );
  expect(hits(search)).toEqual(["done:one", "live:two"]);
  const list = await runIn(p, "list", ["--json"]);
  expect(list.code).toBe(0);
  expect(hits(list)).toEqual(["done:one", "live:two"]);
  // the index updater runs too
  expect((await runIn(p, "set", ["live:three", "s", '{"note":"omega later"}'])).code).toBe(0);
  expect(hits(await runIn(p, "search", ["omega", "--json"]))).toEqual(["done:one", "live:three", "live:two"]);
}

const doctorKinds = async (p: string) =>
  ((await runIn(p, "doctor", ["--json"])).json.problems as { kind: string; path: string }[]).map((x) => [
    x.kind,
    x.path,
  ]);

describe("finding 3: nothing outside the project is written through the index", () => {
  test(
    "a committed .index symlink to an outside folder: search and list answer from the files, reindex refuses " +
      "(exit 4), the outside is untouched",
    async () => {
      const p = await project();
      const { dir } = outside();
      writeFileSync(join(dir, "sessions.sqlite"), "an outside file the index must never replace or delete");
      symlinkSync(dir, join(p, INDEX_DIR));
      const before = tree(dir);
      await readsStillAnswer(p);
      const r = await runIn(p, "reindex");
      expect([r.code, r.stdout]).toEqual([4, ""]);
      expect(r.stderr).toContain(`${join(p, INDEX_DIR)}: is a symbolic link`);
      expect(await doctorKinds(p)).toEqual([["index-refused", INDEX_DIR]]);
      expect(tree(dir)).toEqual(before);
      // the link is left for a person (or doctor --fix)
      expect(lstatSync(join(p, INDEX_DIR)).isSymbolicLink()).toBe(true);
    },
  );

  test(
    "doctor --fix removes the link itself, never its target, and the index " + "is made anew in a real folder",
    async () => {
      const p = await project();
      const { dir } = outside();
      symlinkSync(dir, join(p, INDEX_DIR));
      const before = tree(dir);
      const fixed = await runIn(p, "doctor", ["--fix", "--json"]);
      expect(fixed.json.problems.map((x: { kind: string; fixed: boolean }) => [x.kind, x.fixed])).toEqual([
        ["index-refused", true],
      ]);
      expect(existsSync(join(p, INDEX_DIR))).toBe(false);
      expect(hits(await runIn(p, "search", ["omega", "--json"]))).toEqual(["done:one", "live:two"]);
      expect(lstatSync(join(p, INDEX_DIR)).isDirectory()).toBe(true);
      expect(tree(dir)).toEqual(before);
    },
  );

  test(
    "a .index/sessions.sqlite symlink to an outside database: never opened, so no table is added and no -wal or " +
      "-shm appears beside it",
    async () => {
      const p = await project();
      const { dir, db } = outside();
      mkdirSync(join(p, INDEX_DIR));
      symlinkSync(db, join(p, INDEX));
      const before = tree(dir);
      await readsStillAnswer(p);
      const r = await runIn(p, "reindex");
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(`${join(p, INDEX)}: is a symbolic link`);
      expect(await doctorKinds(p)).toEqual([["index-refused", INDEX]]);
      expect(tree(dir)).toEqual(before);
    },
  );

  test.each(["-wal", "-shm", "-journal"])(
    "a sessions.sqlite%s symlink beside a real index: nothing is created or written through it",
    async (suffix) => {
      const p = await project();
      expect((await runIn(p, "reindex")).code).toBe(0);
      const { dir } = outside();
      symlinkSync(join(dir, `target${suffix}`), join(p, `${INDEX}${suffix}`));
      await behindTheIndex(p); // stale: search must rebuild
      const before = tree(dir);
      const search = await runIn(p, "search", ["omega", "--json"]);
      expect(search.code).toBe(0);
      expect(hits(search)).toEqual(["behind", "done:one", "live:two"]);
      expect((await runIn(p, "set", ["live:three", "s", '{"note":"omega"}'])).code).toBe(0);
      expect((await runIn(p, "list", ["--json"])).code).toBe(0);
      expect((await runIn(p, "reindex")).code).toBe(4);
      expect(await doctorKinds(p)).toEqual([["index-refused", `${INDEX}${suffix}`]]);
      expect(tree(dir)).toEqual(before);
    },
  );

  test.each(["ia", "ia/state", "ia/state/sessions", "ia/state/sessions/archives"])(
    "%s as a symlink: search, list and reindex refuse (exit 4, naming it) and write nothing outside",
    async (folder) => {
      const p = await project();
      expect((await runIn(p, "reindex")).code).toBe(0);
      const { dir } = outside();
      const moved = join(dir, "moved");
      renameSync(join(p, folder), moved);
      symlinkSync(moved, join(p, folder));
      const before = tree(dir);
      for (const args of [["search", "omega"], ["list"], ["reindex"]]) {
        const r = await runIn(p, args[0] as string, args.slice(1));
        expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 4, stdout: "" });
        expect(r.stderr).toContain(`${join(p, folder)}: is a symbolic link`);
      }
      expect(tree(dir)).toEqual(before);
    },
  );

  test(
    "the updater never writes or deletes through a link: a corrupt index moved outside and linked back survives " +
      "every write",
    async () => {
      const p = await bigProject();
      corrupt(join(p, INDEX));
      const { dir } = outside();
      renameSync(join(p, INDEX_DIR), join(dir, "index"));
      symlinkSync(join(dir, "index"), join(p, INDEX_DIR));
      const before = tree(dir);
      for (const args of [
        ["set", "live:two", "t"],
        ["set", "bulk:1", "t"],
        ["save", "live:two"],
        ["set", "x", "s"],
        ["reset", "x"],
      ])
        expect((await runIn(p, args[0] as string, args.slice(1))).code).toBe(0);
      expect(tree(dir)).toEqual(before);
    },
  );

  test("end to end (the committed scripts): a .index symlink never makes search, set or reindex write outside", () => {
    const p = tempProject();
    expect(run(p, "set", ["e2e", "s", '{"note":"omega"}']).code).toBe(0);
    const { dir } = outside();
    writeFileSync(join(dir, "sessions.sqlite"), "an outside file");
    symlinkSync(dir, join(p, INDEX_DIR));
    const before = tree(dir);
    const search = run(p, "search", ["omega", "--json"]);
    expect(search.code).toBe(0);
    expect(hits(search)).toEqual(["e2e"]);
    expect(run(p, "set", ["e2e", "t"]).code).toBe(0);
    expect(run(p, "reindex").code).toBe(4);
    expect(tree(dir)).toEqual(before);
  });
});

/** Overwrites 4 KB in the middle of the index with garbage, as a bad disk or a crash might. */
function corrupt(path: string) {
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(3 * 4096);
  const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) & 255);
  const fd = openSync(path, "r+");
  writeSync(fd, garbage, 0, garbage.length, 4096 * Math.floor(size / 4096 / 2));
  closeSync(fd);
}

/** A project whose index spans enough pages that 4 KB of garbage lands inside its tables. */
async function bigProject(): Promise<string> {
  const p = await project();
  for (let i = 0; i < 40; i++)
    await runIn(p, "set", [`bulk:${i}`, "s", JSON.stringify({ text: `filler ${i} `.repeat(40) })]);
  expect((await runIn(p, "reindex")).code).toBe(0);
  return p;
}

describe("finding 7: a corrupt, unreadable or wrongly typed index is rebuilt, and doctor reports it", () => {
  test(
    "4 KB of garbage inside sessions.sqlite: doctor reports it; search, list and reindex answer, and reindex " +
      "makes it whole",
    async () => {
      for (const command of ["search", "list", "reindex"]) {
        const p = await bigProject();
        corrupt(join(p, INDEX));
        expect(await doctorKinds(p)).toEqual([["index-corrupt", INDEX]]);
        const r = await runIn(
          p,
          command,
          command === "search" ? ["omega", "--json"] : command === "list" ? ["--json", "--workflow", "*:*o*"] : [],
        );
        expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 0, stderr: "" });
        if (command !== "reindex") expect(hits(r)).toEqual(["done:one", "live:two"]);
        // A read finds the damage only where it reads; a rebuild checks the whole file first.
        if (command !== "reindex") expect((await runIn(p, "reindex")).code).toBe(0);
        expect(await doctorKinds(p)).toEqual([]);
        expect(hits(await runIn(p, "search", ["omega", "--json"]))).toEqual(["done:one", "live:two"]);
      }
    },
  );

  test("a corrupt index that is also stale is checked before it is rebuilt, and made anew", async () => {
    const p = await bigProject();
    corrupt(join(p, INDEX));
    await behindTheIndex(p);
    const r = await runIn(p, "search", ["omega", "--json"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(hits(r)).toEqual(["behind", "done:one", "live:two"]);
    expect(await doctorKinds(p)).toEqual([]);
  });

  test("doctor --fix rebuilds a corrupt index", async () => {
    const p = await bigProject();
    corrupt(join(p, INDEX));
    const fixed = await runIn(p, "doctor", ["--fix", "--json"]);
    expect(fixed.json.problems.map((x: { kind: string; fixed: boolean }) => [x.kind, x.fixed])).toEqual([
      ["index-corrupt", true],
    ]);
    expect(await doctorKinds(p)).toEqual([]);
  });

  test(
    "a folder where the database belongs is removed (a link inside it is " + "not followed) and the index rebuilt",
    async () => {
      const p = await project();
      const { dir } = outside();
      mkdirSync(join(p, INDEX), { recursive: true });
      writeFileSync(join(p, INDEX, "stray"), "x");
      symlinkSync(dir, join(p, INDEX, "link-out"));
      const before = tree(dir);
      expect(await doctorKinds(p)).toEqual([["index-corrupt", INDEX]]);
      const search = await runIn(p, "search", ["omega", "--json"]);
      expect([search.code, search.stderr]).toEqual([0, ""]);
      expect(hits(search)).toEqual(["done:one", "live:two"]);
      expect(statSync(join(p, INDEX)).isFile()).toBe(true);
      expect(await doctorKinds(p)).toEqual([]);
      expect(tree(dir)).toEqual(before);
    },
  );

  test("a file where the .index folder belongs is rebuilt like a missing index, by search and by reindex", async () => {
    for (const command of ["search", "reindex"]) {
      const p = await project();
      writeFileSync(join(p, INDEX_DIR), "not a folder");
      expect(await doctorKinds(p)).toEqual([["index-corrupt", INDEX_DIR]]);
      const r = await runIn(p, command, command === "search" ? ["omega", "--json"] : []);
      expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 0, stderr: "" });
      expect(lstatSync(join(p, INDEX_DIR)).isDirectory()).toBe(true);
      expect(await doctorKinds(p)).toEqual([]);
    }
  });

  test("a write never fails for a corrupt index, and the next search answers right", async () => {
    const p = await bigProject();
    corrupt(join(p, INDEX));
    expect((await runIn(p, "set", ["live:two", "t", '{"more":"omega"}'])).code).toBe(0);
    expect(hits(await runIn(p, "search", ["omega", "--json"]))).toEqual(["done:one", "live:two"]);
  });
});

// Root writes anywhere whatever the modes say: a read-only checkout is then tried as nobody (setpriv), or on a
// read-only mount.
const isRoot = process.getuid?.() === 0;
const asNobody =
  isRoot && Bun.spawnSync(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "true"]).exitCode === 0;
const canRunReadOnly = !isRoot || asNobody;

/** The committed script, run by a user who may not write the project (nobody when we are root). */
function runUnprivileged(p: string, cmd: string, args: string[]): Run {
  const prefix = isRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
  const proc = Bun.spawnSync([...prefix, "bun", join(SCRIPTS, `${cmd}.ts`), ...args], {
    cwd: p,
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), SESSION_NOW: NOW },
    stdout: "pipe",
    stderr: "pipe",
  });
  const stdout = proc.stdout.toString();
  return {
    code: proc.exitCode ?? -1,
    stdout,
    stderr: proc.stderr.toString(),
    get json() {
      return JSON.parse(stdout);
    },
  };
}

/**
 * Runs BODY with P readable, not writable, by whoever runs `runUnprivileged`: the state folder (and .index) without w.
 */
function readOnly<T>(p: string, body: () => T): T {
  chmodSync(p, 0o755);
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (lstatSync(path).isDirectory()) walk(path);
      else chmodSync(path, 0o444);
    }
    chmodSync(at, 0o555);
  };
  walk(stateDir(p));
  try {
    return body();
  } finally {
    Bun.spawnSync(["chmod", "-R", "u+w", p]); // before the project is removed
  }
}

describe("a read-only checkout: search still answers, from the files", () => {
  test.skipIf(!canRunReadOnly)(
    "no index yet and a folder that cannot be written: search answers, nothing is created",
    async () => {
      const p = await project();
      readOnly(p, () => {
        const before = tree(p);
        const r = runUnprivileged(p, "search", ["omega", "--json"]);
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
        expect(hits(r)).toEqual(["done:one", "live:two"]);
        expect(runUnprivileged(p, "list", ["--json"]).code).toBe(0);
        expect(tree(p)).toEqual(before);
      });
    },
  );

  test.skipIf(!canRunReadOnly)(
    "a stale index that cannot be rebuilt in place: search still sees the files as they are",
    async () => {
      const p = await project();
      expect((await runIn(p, "reindex")).code).toBe(0);
      await behindTheIndex(p);
      readOnly(p, () => {
        const before = tree(p);
        const r = runUnprivileged(p, "search", ["omega", "--json"]);
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
        expect(hits(r)).toEqual(["behind", "done:one", "live:two"]);
        const list = runUnprivileged(p, "list", ["--json"]);
        expect(list.code).toBe(0);
        expect(hits(list)).toEqual(["behind", "done:one", "live:two"]);
        // a folder it may not write is no damage
        expect(runUnprivileged(p, "doctor", ["--json"]).json.problems).toEqual([]);
        expect(tree(p)).toEqual(before);
      });
    },
  );

  test.skipIf(!canRunReadOnly)(
    "an index its reader may not open is rebuilt (unreadable, in a folder it may write)",
    async () => {
      const p = await project();
      expect((await runIn(p, "reindex")).code).toBe(0);
      chmodSync(p, 0o755);
      for (const dir of ["ia", "ia/state", "ia/state/sessions", "ia/state/sessions/archives"])
        chmodSync(join(p, dir), 0o755);
      for (const name of readdirSync(stateDir(p)))
        if (name.endsWith(".json")) chmodSync(join(stateDir(p), name), 0o644);
      chmodSync(join(p, INDEX), 0o000);
      if (isRoot) chownSync(join(p, INDEX_DIR), 65534, 65534); // nobody may replace what it may not read
      expect(runUnprivileged(p, "doctor", ["--json"]).json.problems.map((x: { kind: string }) => x.kind)).toEqual([
        "index-corrupt",
      ]);
      const r = runUnprivileged(p, "search", ["omega", "--json"]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
      expect(hits(r)).toEqual(["done:one", "live:two"]);
    },
  );

  const canMount =
    isRoot &&
    (() => {
      const dir = mkdtempSync(join(tmpdir(), "session-mount-"));
      const ok =
        Bun.spawnSync(["mount", "--bind", dir, dir]).exitCode === 0 &&
        Bun.spawnSync(["mount", "-o", "remount,ro,bind", dir]).exitCode === 0;
      Bun.spawnSync(["umount", "--lazy", dir]);
      rmSync(dir, { recursive: true, force: true });
      return ok;
    })();

  test.skipIf(!canMount)(
    "a read-only file system (a stale index on it): search and list answer, in this process",
    async () => {
      const p = await project();
      expect((await runIn(p, "reindex")).code).toBe(0);
      await behindTheIndex(p);
      const ia = join(p, "ia");
      expect(Bun.spawnSync(["mount", "--bind", ia, ia]).exitCode).toBe(0);
      try {
        expect(Bun.spawnSync(["mount", "-o", "remount,ro,bind", ia]).exitCode).toBe(0);
        const before = tree(p);
        const search = await runIn(p, "search", ["omega", "--json"]);
        expect({ code: search.code, stderr: search.stderr }).toEqual({ code: 0, stderr: "" });
        expect(hits(search)).toEqual(["behind", "done:one", "live:two"]);
        expect(hits(await runIn(p, "list", ["--json"]))).toEqual(["behind", "done:one", "live:two"]);
        expect(await doctorKinds(p)).toEqual([]);
        expect(tree(p)).toEqual(before);
      } finally {
        // before the project is removed; lazy, so that a handle left open cannot keep it mounted
        Bun.spawnSync(["umount", "--lazy", ia]);
      }
    },
  );
});
