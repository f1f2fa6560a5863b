/**
 * What ships is what the sources say: a fresh build, made in memory (the
 * committed files are never rewritten by a test), must equal every committed
 * bundle and entry script. When this fails, run `bun run build` and commit.
 */
import { describe, expect, test } from "bun:test";
import { buildFiles, drift } from "../scripts/build.ts";

describe("the committed build", () => {
  test("every bundle and entry script equals a fresh build of the sources", async () => {
    const files = await buildFiles();
    expect(files.filter((f) => f.committed).length).toBeGreaterThan(10);
    expect(drift(files)).toEqual([]);
    // Bytecode where Bun looks for it (get.js.jsc beside get.js): anywhere else it is never read, and every start
    // compiles the bundle again (~5 ms more for `get`).
    const bundles = files.filter((f) => f.path.endsWith(".js")).map((f) => `${f.path}.jsc`);
    expect(files.filter((f) => !f.committed).map((f) => f.path)).toEqual(bundles);
  }, 60_000);
});
