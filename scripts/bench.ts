#!/usr/bin/env bun
// Whole-process wall time of each command against a bare `bun` start and the floor programs, interleaved in one run.
// Usage: bun run bench [--runs N] [--sizes 10,100,1000,10000] [--json]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { newId } from "../.claude/skills/session/lib/core/names.ts";
import type { Session, SessionEvent } from "../.claude/skills/session/lib/core/schema.ts";
import { archivedState, renderArchive } from "../.claude/skills/session/lib/format/archive.ts";
import { serializeSession } from "../.claude/skills/session/lib/format/state-file.ts";
import { statePaths } from "../.claude/skills/session/lib/fs/state-paths.ts";
import { GITIGNORE, openStore, sessionPath } from "../.claude/skills/session/lib/store/store.ts";
import { buildFiles, drift, writeFiles } from "./build.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    sizes: { type: "string", default: "10,100,1000,10000" },
    json: { type: "boolean" },
  },
});
const RUNS = Number(values.runs);
const SIZES = (values.sizes as string).split(",").map(Number);
const SCRIPTS = join(import.meta.dir, "../.claude/skills/session/scripts");
const FLOOR = join(import.meta.dir, "floor");
const TARGETS: Record<string, number> = {
  get: 1.4,
  set: 2.2,
  save: 2.4,
  "get --all": 3,
  list: 3,
  "list, index present": 3,
};
/** Absolute goals, in ms. */
const GOALS_MS: Record<string, number> = {
  "resume (from an archive)": 100,
  "SessionStart hook (pending), index present": 50,
};
/** A mistyped name costs what finding the archive by its name costs (within 1.2×): no archive is read for an id. */
const MISS = "show a mistyped name";
const HIT = "show an archive by name";

// Measure what users run: the committed bundles, with their local bytecode beside them.
const built = await buildFiles();
const stale = drift(built);
if (stale.length > 0)
  throw new Error(`the committed bundles are stale (${stale.join(", ")}): run \`bun run build\` first`);
writeFiles(built.filter((file) => !file.committed));

/**
 * A project holding `count` active sessions and `count` archives, written directly (spawning 10,000 processes would
 * take minutes).
 */
function seedProject(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `session-bench-${count}-`));
  mkdirSync(join(root, ".git"));
  const store = openStore(statePaths(root));
  mkdirSync(store.paths.archives, { recursive: true });
  writeFileSync(join(store.paths.sessions, ".gitignore"), GITIGNORE);
  for (let i = 0; i < count; i++) {
    const at = `${new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().slice(0, 19)}Z`;
    const workflow = `bench:wf-${i}`;
    const id = newId();
    const session: Session = {
      workflow,
      id,
      type: "workflow",
      status: "running",
      started_at: at,
      updated_at: at,
      step: "monitor",
      steps: ["init", "find", "monitor"],
      plan: ["init", "find", "monitor", "merge"],
      context: { branch: `feat/topic-${i}`, pr_number: i, checks: { passed: 12, failed: 2 } },
      events: [
        { rev: 1, at, kind: "start", workflow, id, type: "workflow" },
        { rev: 1, at, kind: "plan", step: "init", plan: ["init", "find", "monitor", "merge"] },
        { rev: 1, at, kind: "enter", step: "init", patch: { branch: `feat/topic-${i}` } },
        { rev: 2, at, kind: "enter", step: "find", patch: { pr_number: i } },
        { rev: 3, at, kind: "enter", step: "monitor", patch: { checks: { passed: 12, failed: 2 } } },
      ],
      rev: 3,
    };
    writeFileSync(sessionPath(store, workflow), serializeSession(session));
    // As many archives, of finished runs of other workflows.
    const archived = archivedState(
      {
        ...session,
        workflow: `bench:done-${i}`,
        id: newId(),
        events: [
          { ...(session.events?.[0] as SessionEvent), workflow: `bench:done-${i}` },
          ...(session.events?.slice(1) ?? []),
        ],
      },
      { status: "completed", endedAt: at },
    );
    writeFileSync(join(store.paths.archives, `${at.slice(0, 10)}-bench-done-${i}.md`), renderArchive(archived));
  }
  return root;
}

/** An archived failed session named NAME, for resume to bring back. */
function seedFailedArchive(root: string, name: string): void {
  const store = openStore(statePaths(root));
  const at = "2025-01-31T00:00:00Z";
  const id = newId();
  const session: Session = {
    workflow: name,
    id,
    type: "workflow",
    status: "failed",
    started_at: at,
    updated_at: at,
    step: "b",
    steps: ["a", "b"],
    plan: ["a", "b", "c"],
    context: {},
    errors: [{ step: "b", message: "boom", at }],
    events: [
      { rev: 1, at, kind: "start", workflow: name, id, type: "workflow" },
      { rev: 1, at, kind: "plan", plan: ["a", "b", "c"] },
      { rev: 1, at, kind: "enter", step: "a" },
      { rev: 2, at, kind: "enter", step: "b" },
      { rev: 2, at, kind: "error", step: "b", note: "boom" },
    ],
    rev: 2,
  };
  writeFileSync(
    join(store.paths.archives, `2025-01-31-${name.replace(":", "-")}.md`),
    renderArchive(archivedState(session, { status: "failed", endedAt: at })),
  );
}

function time(cmd: string[], cwd: string, exitCodes = [0]): number {
  const start = performance.now();
  const proc = Bun.spawnSync(cmd, {
    cwd,
    stdout: "ignore",
    stderr: "pipe",
    env: { ...process.env, SESSION_NOW: "2025-02-01T00:00:00Z" },
  });
  const ms = performance.now() - start;
  if (!exitCodes.includes(proc.exitCode ?? -1)) throw new Error(`${cmd.join(" ")} failed: ${proc.stderr.toString()}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

interface Row {
  sessions: number;
  command: string;
  median_ms: number;
  ratio: number;
  target?: number;
  /** A mistyped name's time over the hit's. */
  of_hit?: number;
}

const rows: Row[] = [];
const empty = join(tmpdir(), "session-bench-empty.js");
writeFileSync(empty, "");
const script = (name: string) => join(SCRIPTS, `${name}.ts`);

for (const size of SIZES) {
  const root = seedProject(size);
  const name = `bench:wf-${size >> 1}`;
  const stateFile = sessionPath(openStore(statePaths(root)), name);
  const floorFile = join(root, "floor.json");
  writeFileSync(floorFile, Bun.file(stateFile).size ? await Bun.file(stateFile).text() : "{}");
  const samples: Record<string, number[]> = {};
  let saved = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const keep = run > 0; // the first round warms the file cache and is dropped
    const measure = (label: string, cmd: string[], exitCodes?: number[]) => {
      const ms = time(cmd, root, exitCodes);
      if (keep) samples[label] = [...(samples[label] ?? []), ms];
    };
    // Interleaved: every command once per round, so drifts in machine load hit all alike.
    measure("bun (bare start)", ["bun", empty]);
    measure("floor: read one file", ["bun", join(FLOOR, "read.js"), floorFile]);
    measure("floor: locked atomic write", ["bun", join(FLOOR, "write.js"), floorFile]);
    measure("grep (one state file)", ["grep", "-c", "workflow", stateFile]);
    measure("get", ["bun", script("get"), name]);
    measure("get --field", ["bun", script("get"), name, "--field", "context.pr_number"]);
    measure("set", ["bun", script("set"), name, "monitor", `{"run":${run}}`]);
    const fresh = `bench:save-${saved++}`;
    time(["bun", script("set"), fresh, "init", '{"branch":"feat/x"}'], root);
    measure("save", ["bun", script("save"), fresh]);
    if (size <= 1000) measure("get --all", ["bun", script("get"), "--all"]);
    // What the SessionStart hook runs: without an index it reads every state file.
    measure("SessionStart hook (pending)", ["bun", "--no-install", "run", script("pending")]);
    const failed = `bench:failed-${run}`;
    seedFailedArchive(root, failed);
    measure("resume (from an archive)", ["bun", script("resume"), failed]);
    measure("status", ["bun", script("status"), name]);
    measure("list --limit 20", ["bun", script("list"), "--limit", "20"]);
    if (size <= 1000) measure("list", ["bun", script("list")]);
    measure(HIT, ["bun", script("show"), `bench:done-${size >> 1}`]);
    measure(MISS, ["bun", script("show"), `bench:dnoe-${size >> 1}`], [2]);
  }
  // The same write with a search index present: every write updates it (the cost writers pay only then).
  time(["bun", script("reindex")], root);
  for (let run = 0; run < RUNS; run++) {
    const indexed = (label: string, cmd: string[]) => {
      samples[label] = [...(samples[label] ?? []), time(cmd, root)];
    };
    indexed("bun (bare start)", ["bun", empty]);
    indexed("set, index present", ["bun", script("set"), name, "monitor", `{"indexed":${run}}`]);
    indexed("SessionStart hook (pending), index present", ["bun", "--no-install", "run", script("pending")]);
    if (size <= 1000) indexed("list, index present", ["bun", script("list")]);
  }
  const base = median(samples["bun (bare start)"] as number[]);
  for (const [command, xs] of Object.entries(samples)) {
    const hit = command === MISS && samples[HIT] ? median(samples[HIT]) : undefined;
    rows.push({
      sessions: size,
      command,
      median_ms: median(xs),
      ratio: median(xs) / base,
      target: TARGETS[command],
      ...(hit !== undefined && { of_hit: median(xs) / hit }),
    });
  }
  rmSync(root, { recursive: true, force: true });
}
rmSync(empty, { force: true });

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Bun ${Bun.version}; medians of ${RUNS} ` +
      `interleaved runs.\n`,
  );
  console.log("| sessions | command | median | × bare bun | target |");
  console.log("| ---: | --- | ---: | ---: | ---: |");
  for (const r of rows) {
    const goal = GOALS_MS[r.command];
    const verdict =
      r.target !== undefined
        ? `≤ ${r.target}× ${r.ratio <= r.target ? "✓" : "✗"}`
        : goal !== undefined
          ? `< ${goal} ms ${r.median_ms < goal ? "✓" : "✗"}`
          : r.of_hit !== undefined
            ? `${r.of_hit.toFixed(2)}× the hit, ≤ 1.2× ${r.of_hit <= 1.2 ? "✓" : "✗"}`
            : "";
    console.log(`| ${r.sessions} | ${r.command} | ${r.median_ms.toFixed(1)} ms | ${r.ratio.toFixed(2)} | ${verdict} |`);
  }
}
