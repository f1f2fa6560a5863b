#!/usr/bin/env bun
// The index at scale: search, list, reindex, index size and the staleness check, against grep (and rg) over the same
// files.
// Usage: bun run bench:index [--archives 1000,10000,100000] [--runs N]
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { newId } from "../.claude/skills/session/lib/core/names.ts";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";
import { archivedState, renderArchive } from "../.claude/skills/session/lib/format/archive.ts";
import { statePaths } from "../.claude/skills/session/lib/fs/state-paths.ts";
import { fingerprint, indexPath } from "../.claude/skills/session/lib/index/write.ts";
import { GITIGNORE } from "../.claude/skills/session/lib/store/store.ts";

const { values } = parseArgs({
  options: { archives: { type: "string", default: "1000,10000" }, runs: { type: "string", default: "9" } },
});
const SIZES = (values.archives as string).split(",").map(Number);
const RUNS = Number(values.runs);
const SCRIPTS = join(import.meta.dir, "../.claude/skills/session/scripts");
const WORDS = [
  "deploy",
  "review",
  "login",
  "oauth",
  "payment",
  "invoice",
  "release",
  "retry",
  "timeout",
  "cache",
  "schema",
  "migrate",
];
const RG = Bun.which("rg");

/** COUNT archives of varied finished sessions; one in a thousand mentions the rare word searched for. */
function seed(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `session-bench-index-${count}-`));
  mkdirSync(join(root, ".git"));
  const paths = statePaths(root);
  mkdirSync(paths.archives, { recursive: true });
  writeFileSync(join(paths.sessions, ".gitignore"), GITIGNORE);
  for (let i = 0; i < count; i++) {
    const at = `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().slice(0, 19)}Z`;
    const id = newId();
    const word = (k: number) => WORDS[(i * 7 + k) % WORDS.length] as string;
    const session: Session = {
      workflow: `team:${word(0)}-${i}`,
      id,
      type: "workflow",
      status: "running",
      started_at: at,
      updated_at: at,
      step: "ship",
      steps: ["plan", "build", "ship"],
      context: { topic: `${word(1)} ${word(2)}`, ticket: `T-${i}`, ...(i % 1000 === 7 && { needle: "xylophone" }) },
      events: [
        { rev: 1, at, kind: "start", workflow: `team:${word(0)}-${i}`, id, type: "workflow" },
        { rev: 1, at, kind: "enter", step: "plan", patch: { topic: `${word(1)} ${word(2)}` } },
        { rev: 2, at, kind: "enter", step: "build", patch: { ticket: `T-${i}` } },
        { rev: 3, at, kind: "enter", step: "ship" },
      ],
      rev: 3,
    };
    const state = archivedState(session, {
      status: i % 5 === 0 ? "failed" : "completed",
      endedAt: at,
      notes: `Shipped ${word(3)} after a ${word(4)}.`,
    });
    writeFileSync(join(paths.archives, `${at.slice(0, 10)}-team-${i}-${id.slice(0, 6)}.md`), renderArchive(state));
  }
  return root;
}

function time(cmd: string[], cwd: string): number {
  const start = performance.now();
  const proc = Bun.spawnSync(cmd, { cwd, stdout: "ignore", stderr: "pipe" });
  const ms = performance.now() - start;
  if (proc.exitCode !== 0 && !(cmd[0] === "grep" || cmd[0] === RG))
    throw new Error(`${cmd.join(" ")} failed: ${proc.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const session = (cmd: string, ...args: string[]) => ["bun", join(SCRIPTS, `${cmd}.ts`), ...args];

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Bun ${Bun.version}; ` +
    `medians of ${RUNS} runs (reindex: 3).\n`,
);
console.log(
  "| archives | grep -rl | rg -l | search | × faster than grep | list --limit 20 (index) | list --limit 20 " +
    "(files) | reindex | index size | staleness check |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const size of SIZES) {
  const root = seed(size);
  const archives = statePaths(root).archives;
  const reindex = median([0, 1, 2].map(() => time(session("reindex"), root)));
  const samples: Record<string, number[]> = {};
  const add = (label: string, ms: number) => {
    samples[label] = [...(samples[label] ?? []), ms];
  };
  for (let run = 0; run < RUNS; run++) {
    add("grep", time(["grep", "-rl", "xylophone", archives], root));
    if (RG) add("rg", time([RG, "-l", "xylophone", archives], root));
    add("search", time(session("search", "xylophone", "--json"), root));
    add("list", time(session("list", "--limit", "20", "--json"), root));
  }
  // The same list without an index: it reads every archive's head.
  const indexed = indexPath(statePaths(root));
  rmSync(join(indexed, ".."), { recursive: true, force: true });
  const listFiles = median([0, 1, 2].map(() => time(session("list", "--limit", "20", "--json"), root)));
  time(session("reindex"), root);
  const size_ = statSync(indexed).size + (statSync(`${indexed}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  // The staleness check, in-process: the fingerprint of the two folders (what every index read does first).
  const paths = statePaths(root);
  const checks: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    fingerprint(paths);
    checks.push(performance.now() - start);
  }
  const grep = median(samples.grep as number[]);
  const search = median(samples.search as number[]);
  const ms = (x: number | undefined) => (x === undefined ? "—" : `${x.toFixed(1)} ms`);
  console.log(
    `| ${size.toLocaleString("en")} | ${ms(grep)} | ${ms(samples.rg && median(samples.rg))} | ${ms(search)} | ` +
      `${(grep / search).toFixed(1)}× | ${ms(median(samples.list as number[]))} | ${ms(listFiles)} | ` +
      `${ms(reindex)} | ${(size_ / 1024 / 1024).toFixed(1)} MiB | ${(median(checks) * 1000).toFixed(0)} µs |`,
  );
  rmSync(root, { recursive: true, force: true });
}
