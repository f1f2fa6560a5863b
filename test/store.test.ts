/** The storage API in-process, on a temporary project: resolution, refusals, and the onChange hook. */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setEvents } from "../.claude/skills/session/lib/core/progress.ts";
import { statePaths } from "../.claude/skills/session/lib/fs/state-paths.ts";
import { resolveSession } from "../.claude/skills/session/lib/store/read.ts";
import { removeArchive, saveSession } from "../.claude/skills/session/lib/store/save.ts";
import { type Change, openStore, sessionPath, updateSession } from "../.claude/skills/session/lib/store/store.ts";
import { tempProject } from "./helpers.ts";

const now = "2025-01-29T15:00:00Z";

function project(ids: Record<string, string>, changes: Change[] = []) {
  const store = openStore(statePaths(tempProject()), { lock: { timeoutMs: 1000 }, onChange: (c) => changes.push(c) });
  for (const [name, id] of Object.entries(ids)) {
    updateSession(store, name, (prev) => setEvents(prev, { workflow: name, step: "s" }, { now, newId: () => id }));
  }
  return store;
}

const nameOf = (found: Awaited<ReturnType<typeof resolveSession>>) =>
  found?.where === "active" ? found.session.workflow : found?.head.workflow;

describe("resolveSession", () => {
  test("an id prefix shared by two sessions is refused as ambiguous; a longer one resolves", async () => {
    const store = project({ a: "abcd111111", b: "abcd222222" });
    await expect(resolveSession(store, "abcd")).rejects.toThrow(
      'id prefix "abcd" matches 2 sessions: a (abcd111111), b (abcd222222)',
    );
    expect(nameOf(await resolveSession(store, "abcd2"))).toBe("b");
    expect(nameOf(await resolveSession(store, "abcd1"))).toBe("a");
    expect(await resolveSession(store, "zzzz")).toBeUndefined();
  });

  test('the id is matched as a field: a nested "id" in the context never matches', async () => {
    const store = project({ a: "abcd111111" });
    updateSession(store, "a", (prev) =>
      setEvents(prev, { workflow: "a", step: "s", patch: { pr: { id: "zzzz999999" } } }, { now, newId: () => "x" }),
    );
    // Hand-compacted JSON, with the nested id first: the old text search matched it.
    writeFileSync(
      sessionPath(store, "b"),
      JSON.stringify({ context: { id: "zzzz000000" }, ...JSON.parse('{"workflow":"b"}') }),
    );
    expect(await resolveSession(store, "zzzz")).toBeUndefined();
    expect(await resolveSession(store, "zzzz999999")).toBeUndefined();
  });

  test("a full id only, when the caller takes no prefix (set)", async () => {
    const store = project({ a: "abcd111111" });
    expect(await resolveSession(store, "abcd1", { prefix: false })).toBeUndefined();
    expect(nameOf(await resolveSession(store, "abcd111111", { prefix: false }))).toBe("a");
  });

  test("archived sessions are found by name, id and prefix when asked; the active name wins", async () => {
    const store = project({ w: "k3v9q2m8ab", other: "zz00000000" });
    saveSession(store, "w", { now });
    expect(await resolveSession(store, "w")).toBeUndefined();
    const byName = await resolveSession(store, "w", { archived: true });
    expect(byName).toMatchObject({ where: "archived", head: { workflow: "w", id: "k3v9q2m8ab", status: "completed" } });
    expect(await resolveSession(store, "k3v9", { archived: true })).toMatchObject({
      where: "archived",
      head: { id: "k3v9q2m8ab" },
    });
    expect(await resolveSession(store, "k3v9")).toBeUndefined();
    updateSession(store, "w", (prev) =>
      setEvents(prev, { workflow: "w", step: "s" }, { now, newId: () => "n3w0000000" }),
    );
    expect(await resolveSession(store, "w", { archived: true })).toMatchObject({
      where: "active",
      session: { id: "n3w0000000" },
    });
  });

  test("a name that is neither valid nor an id is refused", async () => {
    await expect(resolveSession(project({}), "a/b")).rejects.toThrow('invalid session name "a/b"');
  });
});

describe("mutations", () => {
  test("each reports what it changed to onChange, once", () => {
    const changes: Change[] = [];
    const store = project({ w: "k3v9q2m8ab" }, changes);
    const { archive } = saveSession(store, "w", { now });
    removeArchive(store, join(store.paths.root, archive), "w");
    expect(changes.map((c) => c.op)).toEqual([
      "write-gitignore",
      "write-gitattributes",
      "write",
      "archive",
      "remove-archive",
    ]);
    expect(changes[2]).toMatchObject({ workflow: "w", id: "k3v9q2m8ab", path: sessionPath(store, "w") });
  });

  test("saveSession with expectRev refuses a session written since, and changes nothing", () => {
    const store = project({ w: "k3v9q2m8ab" });
    expect(() => saveSession(store, "w", { now, expectRev: 7 })).toThrow(
      "w was written (rev 1) while it was being saved",
    );
    expect(existsSync(sessionPath(store, "w"))).toBe(true);
    expect(existsSync(store.paths.archives)).toBe(false);
    expect(saveSession(store, "w", { now, expectRev: 1 }).archive).toBe(
      "ia/state/sessions/archives/2025-01-29-w-k3v9q2.md",
    );
  });

  test("a refused first write leaves nothing behind, not even the folders", () => {
    const store = project({});
    expect(() =>
      updateSession(store, "w", () => {
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(readdirSync(store.paths.root)).toEqual([".git"]);
  });
});

describe("the one write path", () => {
  test("onChange (the index) hears of a write once the session's lock is released, a failed save included", () => {
    const seen: { op: string; locked: boolean }[] = [];
    const paths = statePaths(tempProject());
    const lockFile = join(paths.sessions, ".w.lock");
    const store = openStore(paths, { onChange: (c) => seen.push({ op: c.op, locked: existsSync(lockFile) }) });
    updateSession(store, "w", (prev) =>
      setEvents(prev, { workflow: "w", step: "a" }, { now, newId: () => "k3v9q2m8ab" }),
    );
    saveSession(store, "w", { now });
    expect(seen.filter((c) => c.op === "write" || c.op === "archive")).toEqual([
      { op: "write", locked: false },
      { op: "archive", locked: false },
    ]);
  });
});
