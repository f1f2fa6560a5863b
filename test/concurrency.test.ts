/** Several processes writing one session at once lose nothing. */
import { describe, expect, test } from "bun:test";
import { readdirSync } from "node:fs";
import { readState, run, spawn, stateDir, tempProject } from "./helpers.ts";

describe("concurrent writers", () => {
  test("8 concurrent set processes, each adding its own key: all 8 keys kept", async () => {
    const p = tempProject();
    run(p, "set", ["shared:job", "init"]);
    const procs = Array.from({ length: 8 }, (_, i) =>
      spawn(p, "set", ["shared:job", `worker-${i}`, JSON.stringify({ [`k${i}`]: i })]),
    );
    const codes = await Promise.all(procs.map((proc) => proc.exited));
    expect(codes).toEqual(Array(8).fill(0));
    const state = readState(p, "shared+job");
    expect(Object.keys(state.context).sort()).toEqual(["k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7"]);
    expect(state.rev).toBe(9);
    expect(readdirSync(stateDir(p)).sort()).toEqual([".gitattributes", ".gitignore", "shared+job.json"]);
  }, 30_000);

  test("8 concurrent creators of one new session: one id, every key kept", async () => {
    const p = tempProject();
    const procs = Array.from({ length: 8 }, (_, i) =>
      spawn(p, "set", ["fresh", "s", JSON.stringify({ [`k${i}`]: i })]),
    );
    expect(await Promise.all(procs.map((proc) => proc.exited))).toEqual(Array(8).fill(0));
    const ids = new Set(
      await Promise.all(procs.map(async (proc) => JSON.parse(await new Response(proc.stdout).text()).id)),
    );
    expect(ids.size).toBe(1);
    expect(Object.keys(readState(p, "fresh").context)).toHaveLength(8);
  }, 30_000);

  test("--expect-rev lets exactly one of several racing writers win", async () => {
    const p = tempProject();
    run(p, "set", ["cas", "init"]);
    const procs = Array.from({ length: 6 }, (_, i) =>
      spawn(p, "set", ["cas", "next", `{"winner":${i}}`, "--expect-rev", "1"]),
    );
    const codes = await Promise.all(procs.map((proc) => proc.exited));
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 3)).toHaveLength(5);
    expect(readState(p, "cas").rev).toBe(2);
  }, 30_000);
});
