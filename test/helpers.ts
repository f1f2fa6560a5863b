/** Test helpers: temporary projects that clean up after themselves, and the real scripts spawned in them. */
import { onTestFinished } from "bun:test";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runCommand } from "../.claude/skills/session/lib/cli/in-process.ts";
import { decodeUtf8 } from "../.claude/skills/session/lib/cli/run.ts";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";

export const SCRIPTS = join(import.meta.dir, "../.claude/skills/session/scripts");
export const NOW = "2025-01-29T15:00:00Z";

/** A small valid running session, for tests that build states by hand. */
export const SAMPLE_SESSION: Session = {
  workflow: "workflow:pr",
  id: "k3v9q2m8ab",
  type: "workflow",
  status: "running",
  started_at: "2025-01-29T15:00:00Z",
  updated_at: "2025-01-29T15:05:00Z",
  step: "monitor",
  steps: ["init", "monitor"],
  context: {},
  rev: 2,
};

/** A fresh project folder (with `.git`, so it is found as the root); removed when the test ends. */
export function tempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "session-test-"));
  mkdirSync(join(dir, ".git"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws when it is not). */
  json: any;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string;
  now?: string;
  /** In-process only: pretend stdin / stdout is a terminal, and answer a question. */
  stdinTerminal?: boolean;
  stdoutTerminal?: boolean;
  answer?: "y" | "n";
}

/**
 * Runs `session <cmd> args...` in this process, from the sources, with the
 * project as its working directory: most tests need not start Bun each call.
 */
export async function runIn(project: string, cmd: string, args: string[] = [], options: RunOptions = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand([cmd, ...args], {
    cwd: options.cwd ?? project,
    env: { SESSION_NOW: options.now ?? NOW, ...options.env },
    stdout: (text) => out.push(`${text}\n`),
    stderr: (text) => err.push(`${text}\n`),
    progress: (text) => err.push(text),
    readStdin: async () => decodeUtf8(new TextEncoder().encode(options.stdin ?? ""), "stdin"),
    isTerminal: (fd) => (fd === 0 ? options.stdinTerminal : options.stdoutTerminal) ?? false,
    confirm: async () => options.answer === "y",
    form: "session",
  });
  const stdout = out.join("");
  return {
    code,
    stdout,
    stderr: err.join(""),
    get json() {
      return JSON.parse(stdout);
    },
  };
}

/** Spawns `bun scripts/<cmd>.ts args...` in `project`, as a user would. */
export function run(project: string, cmd: string, args: string[] = [], options: RunOptions = {}): Run {
  const proc = Bun.spawnSync(["bun", join(SCRIPTS, `${cmd}.ts`), ...args], {
    cwd: options.cwd ?? project,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      SESSION_NOW: options.now ?? NOW,
      ...options.env,
    },
    stdin: options.stdin === undefined ? "ignore" : new TextEncoder().encode(options.stdin),
    stdout: "pipe",
    stderr: "pipe",
  });
  const stdout = proc.stdout.toString();
  return {
    code: proc.exitCode ?? -1,
    stdout,
    stderr: proc.stderr.toString(),
    get json() {
      return JSON.parse(stdout);
    },
  };
}

/** Every file under `dir` (relative path → content), to check that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (entry === ".git") continue;
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, "latin1");
    }
  };
  walk(dir);
  return files;
}

export function stateDir(project: string): string {
  return join(project, "ia/state/sessions");
}

export function readState(project: string, stem: string): any {
  return JSON.parse(readFileSync(join(stateDir(project), `${stem}.json`), "utf8"));
}

/** Starts `bun scripts/<cmd>.ts args...` without waiting: for concurrency and crash tests. */
export function spawn(project: string, cmd: string, args: string[], options: RunOptions = {}) {
  return Bun.spawn(["bun", join(SCRIPTS, `${cmd}.ts`), ...args], {
    cwd: options.cwd ?? project,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      SESSION_NOW: options.now ?? NOW,
      ...options.env,
    },
    stdin: options.stdin === undefined ? "ignore" : new TextEncoder().encode(options.stdin),
    stdout: "pipe",
    stderr: "pipe",
  });
}

/** Waits until process PID is stopped by a failpoint `:stop` (true) or has exited (false); throws after ~5 s. */
export async function stoppedOrExited(pid: number): Promise<boolean> {
  for (let i = 0; i < 1000; i++) {
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    if (state === "T") return true;
    if (state === "" || state === "Z") return false;
    await Bun.sleep(5);
  }
  throw new Error(`pid ${pid} neither stopped nor exited`);
}

/** Waits until process PID is stopped (state T), as a failpoint `:stop` leaves it. */
export async function stopped(pid: number): Promise<void> {
  if (!(await stoppedOrExited(pid))) throw new Error(`pid ${pid} exited without stopping`);
}
