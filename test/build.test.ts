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
  }, 60_000);
});
