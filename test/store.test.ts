/** The store's functions in-process, on a temporary project: the cases that are hard to reach from the command line. */
import { describe, expect, test } from "bun:test";
import { existsSync } from "node:fs";
import { saveSession } from "../.claude/skills/session/lib/archives.ts";
import { statePaths } from "../.claude/skills/session/lib/paths.ts";
import { applySet } from "../.claude/skills/session/lib/session.ts";
import { findSession, resolveActiveName, sessionPath, updateSession } from "../.claude/skills/session/lib/store.ts";
import { tempProject } from "./helpers.ts";

const now = "2025-01-29T15:00:00Z";

function project(ids: Record<string, string>) {
  const paths = statePaths(tempProject());
  for (const [name, id] of Object.entries(ids)) {
    updateSession(paths, name, (prev) => applySet(prev, { workflow: name, step: "s" }, { now, newId: () => id }));
  }
  return paths;
}

describe("store", () => {
  test("an id prefix shared by two sessions is refused as ambiguous; a longer one resolves", async () => {
    const paths = project({ a: "abcd111111", b: "abcd222222" });
    await expect(resolveActiveName(paths, "abcd")).rejects.toThrow('id prefix "abcd" matches 2 sessions: a, b');
    expect(await resolveActiveName(paths, "abcd2")).toBe("b");
    expect((await findSession(paths, "abcd1"))?.workflow).toBe("a");
    expect(await findSession(paths, "zzzz")).toBeUndefined();
  });

  test("saveSession with expectRev refuses a session written since, and changes nothing", () => {
    const paths = project({ w: "k3v9q2m8ab" });
    expect(() => saveSession(paths, "w", { now, expectRev: 7 })).toThrow("w was written (rev 1) while it was being saved");
    expect(existsSync(sessionPath(paths, "w"))).toBe(true);
    expect(existsSync(paths.archives)).toBe(false);
    expect(saveSession(paths, "w", { now, expectRev: 1 }).archive).toBe("ia/state/sessions/archives/2025-01-29-w.md");
  });

  test("a change that throws leaves no file behind, not even the folder", () => {
    const paths = statePaths(tempProject());
    expect(() =>
      updateSession(paths, "w", () => {
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(existsSync(paths.sessions)).toBe(false);
  });
});
