/**
 * `bun run mutate` breaks each guarantee in a copy of the project: every piece of code it mutates must still be there,
 * once.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MUTATIONS } from "../scripts/mutate.ts";

describe("the mutations", () => {
  test.each(MUTATIONS.map((m) => [m.name, m] as const))("%s finds the code it mutates exactly once", (_, mutation) => {
    const source = readFileSync(join(import.meta.dir, "..", mutation.file), "utf8");
    expect(source.split(mutation.from).length - 1).toBe(1);
  });
});
