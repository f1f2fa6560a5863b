#!/usr/bin/env bun
// A long-lived session: N sets of 200-byte updates on one session (at one step, as a monitoring loop writes them),
// and what a `set` costs at the first and at the Nth.
// Usage: bun run bench:timeline [--writes 100000] [--runs 15]
//   The N writes run in this process (the real command, without a process start each); the timed `set`s are
//   spawned as users run them, interleaved with a bare `bun` start, before and after.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runCommand } from "../.claude/skills/session/lib/cli/in-process.ts";
import { fullTimeline } from "../.claude/skills/session/lib/core/history.ts";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";
import { segmentReader } from "../.claude/skills/session/lib/store/history-segments.ts";

const { values } = parseArgs({
  options: { writes: { type: "string", default: "100000" }, runs: { type: "string", default: "15" } },
});
const WRITES = Number(values.writes);
const RUNS = Number(values.runs);
const SET = join(import.meta.dir, "../.claude/skills/session/scripts/set.ts");
const NOW = "2025-02-01T00:00:00Z";

const root = mkdtempSync(join(tmpdir(), "session-bench-timeline-"));
mkdirSync(join(root, ".git"));
const empty = join(root, "empty.js");
writeFileSync(empty, "");
const update = (i: number) => JSON.stringify({ note: `write ${i} `.padEnd(180, "x"), i });

function time(cmd: string[]): number {
  const start = performance.now();
  const proc = Bun.spawnSync(cmd, {
    cwd: root,
    stdout: "ignore",
    stderr: "pipe",
    env: { ...process.env, SESSION_NOW: NOW },
  });
  const ms = performance.now() - start;
  if (proc.exitCode !== 0) throw new Error(`${cmd.join(" ")} failed: ${proc.stderr.toString()}`);
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/** RUNS spawned sets of `long`, each beside a bare bun start: medians of both. */
function sample(from: number): { set: number; bun: number } {
  const sets: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const b = time(["bun", empty]);
    const s = time(["bun", SET, "long", "monitor", update(from + run)]);
    if (run > 0) bare.push(b), sets.push(s); // the first round warms the caches
  }
  return { set: median(sets), bun: median(bare) };
}

const quiet = {
  cwd: root,
  env: { SESSION_NOW: NOW },
  stdout() {},
  stderr: (text: string) => console.error(text),
  progress() {},
  readStdin: async () => "",
  isTerminal: () => false,
  confirm: async () => false,
  form: "session",
};

const first = sample(0);
const started = performance.now();
for (let i = 0; i < WRITES; i++) {
  const code = await runCommand(["set", "long", "monitor", update(i)], quiet);
  if (code !== 0) throw new Error(`write ${i + 1} of ${WRITES} failed (exit ${code})`);
  if ((i + 1) % 10_000 === 0) console.error(`${i + 1} writes, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const last = sample(WRITES);

const sessions = join(root, "ia/state/sessions");
const state = JSON.parse(readFileSync(join(sessions, "long.json"), "utf8")) as Session;
const all = fullTimeline(state, segmentReader(sessions));
const segments = readdirSync(join(sessions, "history", state.id));
const doctor = await runCommand(["doctor"], quiet);

console.log(`| writes before | set (median) | bare bun | × bare bun |`);
console.log(`| ---: | ---: | ---: | ---: |`);
console.log(`| 1 | ${first.set.toFixed(1)} ms | ${first.bun.toFixed(1)} ms | ${(first.set / first.bun).toFixed(2)} |`);
console.log(
  `| ${WRITES} | ${last.set.toFixed(1)} ms | ${last.bun.toFixed(1)} ms | ${(last.set / last.bun).toFixed(2)} |`,
);
console.log(
  `\nThe ${WRITES + 2 * RUNS + 2}th set costs ${(last.set / last.bun / (first.set / first.bun)).toFixed(2)}× ` +
    `the first (target ≤ 1.5×).`,
);
console.log(
  `State file: ${(statSync(join(sessions, "long.json")).size / 1024).toFixed(0)} KiB holding ` +
    `${state.events?.length} events; ${segments.length} history segments; the whole history reads back as ` +
    `${all.length} events (${new Set(all.map((e) => e.eid)).size} identities); doctor exit ${doctor}.`,
);
rmSync(root, { recursive: true, force: true });
