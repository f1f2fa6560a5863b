/** Plans that branch (issue 18): parsing, ready/blocked/done, parallel writers, and what every view reports. */
import { describe, expect, test } from "bun:test";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type BranchState,
  branchProgress,
  findCycle,
  parseStepsSpec,
} from "../.claude/skills/session/lib/core/branching.ts";
import { UsageError } from "../.claude/skills/session/lib/core/errors.ts";
import { fold, handEdits } from "../.claude/skills/session/lib/core/timeline.ts";
import { mermaidGantt } from "../.claude/skills/session/lib/format/mermaid.ts";
import { parsePlanFile } from "../.claude/skills/session/lib/format/plan-file.ts";
import { readState, run, runIn, spawn, tempProject } from "./helpers.ts";

const RELEASE = "build, test<build, lint<build, deploy<test+lint";
const NEEDS = { test: ["build"], lint: ["build"], deploy: ["test", "lint"] };

describe("--steps: a sequence, or a plan that branches", () => {
  test.each([
    ["a,b,c", { plan: ["a", "b", "c"] }],
    [" a , b ", { plan: ["a", "b"] }],
    [RELEASE, { plan: ["build", "test", "lint", "deploy"], needs: NEEDS }],
    ["x, y", { plan: ["x", "y"] }],
    ["a, b<a + a", { plan: ["a", "b"], needs: { b: ["a"] } }],
    ["a, b, c<a+b", { plan: ["a", "b", "c"], needs: { c: ["a", "b"] } }],
  ])("%p", (text, want) => {
    expect(parseStepsSpec(text)).toEqual(want as never);
  });

  test.each([
    ["a, b<c", /unknown prerequisite "c"/],
    ["a, b<c+d", /unknown prerequisites "c", "d"/],
    ["a<b, b<a", /cycle: "a" < "b" < "a"/],
    ["a<a", /cycle: "a" < "a"/],
    ["a, b<a, c<b+d, d<c", /cycle: "c" < "d" < "c"/],
    ["a, b<", /empty prerequisite/],
    ["a, b<a+", /empty prerequisite/],
    ["a, , b<a", /empty step/],
    ["a, a<b, b", /names the step "a" twice/],
  ])("%p is refused (exit 2)", (text, message) => {
    expect(() => parseStepsSpec(text)).toThrow(UsageError);
    expect(() => parseStepsSpec(text)).toThrow(message);
  });

  test("findCycle finds none in a tree, and names the steps of one", () => {
    expect(findCycle(["a", "b"], { b: ["a"] })).toBeUndefined();
    expect(findCycle(["a", "b", "c"], { a: ["c"], b: ["a"], c: ["b"] })).toEqual(["a", "c", "b", "a"]);
  });
});

describe("--plan-file: JSON or YAML, read as data", () => {
  test.each([
    ["plan.yaml", "steps:\n  - build\n  - { step: test, needs: [build] }\n  - step: lint\n    needs: build\n"],
    ["plan.yml", "- build\n- {step: test, needs: build}\n- {step: lint, needs: [build]}\n"],
    [
      "plan.json",
      JSON.stringify({ steps: ["build", { step: "test", needs: ["build"] }, { name: "lint", needs: "build" }] }),
    ],
  ])("%p", (file, text) => {
    expect(parsePlanFile(text, file)).toEqual({
      plan: ["build", "test", "lint"],
      needs: { test: ["build"], lint: ["build"] },
    });
  });

  test("a file where no step says needs is a sequence", () => {
    expect(parsePlanFile("steps: [a, b, c]\n", "p.yaml")).toEqual({ plan: ["a", "b", "c"] });
  });

  test.each([
    ["anchors and aliases", "- &x build\n- {step: test, needs: [*x]}\n", /anchor/],
    ["a code tag", "- !!js/function 'function () { return 1 }'\n", /cannot be read/],
    ["a billion laughs", `a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n`, /anchor/],
    ["deep nesting", `${"[".repeat(200)}${"]".repeat(200)}`, /cannot be read/],
    ["too large", `- ${"x".repeat(70 * 1024)}\n`, /larger than 64 KiB/],
    ["no list", "hello: world\n", /no list of steps/],
    ["a number for a step", "- 42\n", /neither a name/],
    ["needs of numbers", "- a\n- {step: b, needs: [1]}\n", /not a list of step names/],
    ["a cycle", "- {step: a, needs: b}\n- {step: b, needs: a}\n", /cycle/],
    ["an unknown step", "- {step: a, needs: zz}\n", /unknown prerequisite "zz"/],
    ["bad JSON", "{", /cannot be read/],
  ])("hostile or wrong: %s is refused (exit 2)", (_, text, message) => {
    const file = text === "{" ? "p.json" : "p.yaml";
    expect(() => parsePlanFile(text, file)).toThrow(UsageError);
    expect(() => parsePlanFile(text, file)).toThrow(message);
  });
});

describe("branchProgress: ready, running, done, failed, blocked (pure)", () => {
  const plan = ["build", "test", "lint", "deploy"];
  test.each<[string, Record<string, BranchState>, object]>([
    ["nothing entered", {}, { ready: ["build"], done: [], blocked: ["test", "lint", "deploy"] }],
    [
      "build running",
      { build: "running" },
      { ready: ["build"], running: ["build"], blocked: ["test", "lint", "deploy"] },
    ],
    ["build done", { build: "done" }, { ready: ["test", "lint"], done: ["build"], blocked: ["deploy"] }],
    [
      "test running, lint failed",
      { build: "done", test: "running", lint: "failed" },
      { ready: ["test"], running: ["test"], failed: ["lint"], blocked: ["deploy"] },
    ],
    ["lint skipped", { build: "done", test: "done", lint: "skipped" }, { ready: ["deploy"], skipped: ["lint"] }],
    ["all done", { build: "done", test: "done", lint: "done", deploy: "done" }, { ready: [], blocked: [] }],
  ])("%s", (_, states, want) => {
    const got = branchProgress(plan, NEEDS, states);
    const view = { ...got, blocked: got.blocked.map((b) => b.step) };
    expect(view).toMatchObject(want);
  });

  test("a blocked step names what it waits for", () => {
    expect(branchProgress(plan, NEEDS, { build: "done", test: "done" }).blocked).toEqual([
      { step: "deploy", waits_for: ["lint"] },
    ]);
  });
});

describe("running a plan that branches", () => {
  const start = async (p: string) => {
    const r = await runIn(p, "start", ["rel", "--steps", RELEASE]);
    expect(r.code).toBe(0);
    expect(r.json.plan).toEqual(["build", "test", "lint", "deploy"]);
    expect(r.json.needs).toEqual(NEEDS);
    expect((await runIn(p, "set", ["rel", "build", "--done"])).code).toBe(0);
  };

  test("a blocked step is refused, naming what it waits for; --done on a ready step does not make it current", async () => {
    const p = tempProject();
    await start(p);
    const refused = await runIn(p, "set", ["rel", "deploy"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('step "deploy" waits for "test" and "lint"');
    expect((await runIn(p, "set", ["rel", "test"])).code).toBe(0);
    const lint = await runIn(p, "set", ["rel", "lint", "--done"]);
    expect(lint.json.step).toBe("test");
    expect(lint.json.branches).toEqual({ build: "done", test: "running", lint: "done" });
  });

  test("two concurrent processes on two ready branches both land", async () => {
    const p = tempProject();
    run(p, "start", ["rel", "--steps", RELEASE]);
    run(p, "set", ["rel", "build", "--done"]);
    const worker = async (step: string) => {
      for (const args of [
        [step, JSON.stringify({ [step]: "started" })],
        [step, "--done"],
      ]) {
        const proc = spawn(p, "set", ["rel", ...args]);
        expect(await proc.exited).toBe(0);
      }
    };
    await Promise.all([worker("test"), worker("lint")]);
    const state = readState(p, "rel");
    expect(state.branches).toEqual({ build: "done", test: "done", lint: "done" });
    expect(state.context).toEqual({ test: "started", lint: "started" });
    expect(handEdits(state)).toBeUndefined();
    expect(fold(state.events).branches).toEqual(state.branches);
    const all = run(p, "get", ["--all"]).json[0];
    expect(all).toMatchObject({ position: "3/4", next: "deploy", ready: ["deploy"], blocked: [], failed: [] });
    expect(run(p, "set", ["rel", "deploy", "--done"]).code).toBe(0);
    expect(run(p, "doctor").code).toBe(0);
  });

  test("status, get --all, pending and resume report every ready step, done, failed and blocked", async () => {
    const p = tempProject();
    await start(p);
    await runIn(p, "set", ["rel", "test"]);
    await runIn(p, "set", ["rel", "lint", "--error", "lint broke"]);
    const status = (await runIn(p, "status", ["rel"])).stdout;
    expect(status).toContain('Step:     1/4 "lint" - FAILED');
    expect(status).toContain('Ready:    "test"');
    expect(status).toContain('Failed:   "lint"');
    expect(status).toContain('Blocked:  "deploy" waits for "test", "lint"');
    const all = (await runIn(p, "get", ["--all"])).json[0];
    expect(all).toMatchObject({
      status: "failed",
      position: "1/4",
      next: "test",
      ready: ["test"],
      running: ["test"],
      done: ["build"],
      failed: ["lint"],
      blocked: [{ step: "deploy", waits_for: ["test", "lint"] }],
    });
    const pending = (await runIn(p, "pending")).stdout;
    expect(pending).toContain('ready: "test"; done: 1/4; failed: "lint"; blocked: "deploy" waits for "test", "lint"');
    // Another branch finishing leaves the failed one failed.
    expect((await runIn(p, "set", ["rel", "test", "--done"])).json.status).toBe("failed");
    const resumed = (await runIn(p, "resume", ["rel"])).json;
    expect(resumed).toMatchObject({ next: "lint", skipped: ["build", "test"], failed: ["lint"], ready: [] });
  });

  test("resume on a terminal names the next step, the other ready ones and what the rest wait for", async () => {
    const p = tempProject();
    await start(p);
    const out = (await runIn(p, "resume", ["rel"], { stdoutTerminal: true })).stdout;
    expect(out).toContain("Skipping completed step 1: build");
    expect(out).toContain("Also ready (another process may run them): lint");
    expect(out).toContain("Blocked: deploy (waits for test, lint)");
    expect(out).toContain('Executing step 2: test  →  session set rel "test"');
  });

  test("re-running a failed branch is attempt 2 and touches only it; show and status count attempts", async () => {
    const p = tempProject();
    await start(p);
    await runIn(p, "set", ["rel", "test"]);
    await runIn(p, "set", ["rel", "lint", "--error", "lint broke"]);
    const again = (await runIn(p, "set", ["rel", "lint"])).json;
    expect(again.branches).toEqual({ build: "done", test: "running", lint: "running" });
    expect(again.status).toBe("running");
    expect((await runIn(p, "status", ["rel"])).stdout).toContain('"lint" (attempt 2)');
    expect((await runIn(p, "show", ["rel"])).stdout).toContain("lint (attempt 2)");
  });

  test("resume --skip-failed skips only the failed branch", async () => {
    const p = tempProject();
    await start(p);
    await runIn(p, "set", ["rel", "test"]);
    await runIn(p, "set", ["rel", "lint", "--error", "lint broke"]);
    const resumed = (await runIn(p, "resume", ["rel", "--skip-failed"])).json;
    expect(resumed).toMatchObject({ status: "running", next: "test", ready: ["test"], running: ["test"] });
    const state = readState(p, "rel");
    expect(state.branches).toEqual({ build: "done", test: "running", lint: "skipped" });
    expect(state.skipped).toEqual(["lint"]);
    expect(handEdits(state)).toBeUndefined();
  });

  test("--plan-file starts the same plan; a link or a missing file is refused", async () => {
    const p = tempProject();
    writeFileSync(join(p, "plan.yaml"), "steps:\n  - build\n  - {step: test, needs: [build]}\n");
    const r = await runIn(p, "start", ["pf", "--plan-file", "plan.yaml"]);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ plan: ["build", "test"], needs: { test: ["build"] } });
    mkdirSync(join(p, "sub"));
    symlinkSync(join(p, "plan.yaml"), join(p, "sub/link.yaml"));
    const link = await runIn(p, "start", ["pf2", "--plan-file", "sub/link.yaml"]);
    expect(link.code).toBe(2);
    expect(link.stderr).toContain("--plan-file sub/link.yaml");
    expect((await runIn(p, "start", ["pf3", "--plan-file", "nope.yaml"])).code).toBe(2);
    expect((await runIn(p, "start", ["pf4", "--plan-file", "plan.yaml", "--steps", "a"])).code).toBe(2);
  });
});

describe("the gantt draws branches side by side", () => {
  test("test and lint, worked on at once, are two bars over the same time, each ended by its own done", async () => {
    const p = tempProject();
    const at = (minute: number) => `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`;
    await runIn(p, "start", ["rel", "--steps", RELEASE], { now: at(0) });
    await runIn(p, "set", ["rel", "build"], { now: at(1) });
    await runIn(p, "set", ["rel", "build", "--done"], { now: at(2) });
    await runIn(p, "set", ["rel", "test"], { now: at(3) });
    await runIn(p, "set", ["rel", "lint"], { now: at(4) });
    await runIn(p, "set", ["rel", "test", "--done"], { now: at(8) });
    await runIn(p, "set", ["rel", "lint", "--done"], { now: at(9) });
    const chart = mermaidGantt(readState(p, "rel"));
    expect(chart).toContain("  build :done, s1, 2025-01-29T15:01:00, 2025-01-29T15:02:00");
    expect(chart).toContain("  test :done, s2, 2025-01-29T15:03:00, 2025-01-29T15:08:00");
    expect(chart).toContain("  lint :done, s3, 2025-01-29T15:04:00, 2025-01-29T15:09:00");
  });
});

describe("plain plans are unchanged", () => {
  test("a plain --steps stores a list of names and no needs or branches; steps are done by position", async () => {
    const p = tempProject();
    const started = (await runIn(p, "start", ["seq", "--steps", "a,b,c"])).json;
    expect(started.plan).toEqual(["a", "b", "c"]);
    expect("needs" in started).toBe(false);
    await runIn(p, "set", ["seq", "a"]);
    const b = (await runIn(p, "set", ["seq", "b"])).json;
    expect(b).not.toHaveProperty("branches");
    const all = (await runIn(p, "get", ["--all"])).json[0];
    expect(all).toMatchObject({ position: "2/3", next: "b" });
    expect(all).not.toHaveProperty("ready");
    expect((await runIn(p, "set", ["seq", "c"])).json.step).toBe("c");
  });
});
