#!/usr/bin/env bun
// A realistic workflow, end to end, in a temporary project: what an agent runs and what a person sees.
// Usage: bun run demo   (never touches this repository's own ia/state)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPTS = join(import.meta.dir, "../.claude/skills/session/scripts");
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const [bold, dim, cyan, red] = [paint("1"), paint("2"), paint("36"), paint("31")];

const project = mkdtempSync(join(tmpdir(), "session-demo-"));
mkdirSync(join(project, ".git"));
let minute = -3;

/** Runs one session command as an agent would, and shows it. */
function session(
  args: string[],
  { advance = 3, stdin, env = {}, allowFailure = false }: { advance?: number; stdin?: string; env?: Record<string, string>; allowFailure?: boolean } = {},
): string {
  minute += advance;
  const now = new Date(Date.UTC(2025, 0, 29, 15, minute)).toISOString().replace(".000", "");
  const shown = args.map((a) => (/^[\w:.,/=-]+$/.test(a) ? a : `'${a}'`)).join(" ");
  console.log(`${cyan("$")} ${bold(`session ${shown}`)}${stdin ? dim(" <<< (context on stdin)") : ""}`);
  const proc = Bun.spawnSync(["bun", join(SCRIPTS, "session.ts"), ...args], {
    cwd: project,
    env: { ...process.env, SESSION_NOW: now, SESSION_ROOT: project, ...env },
    stdin: stdin ? new TextEncoder().encode(stdin) : "ignore",
  });
  const out = proc.stdout.toString();
  if (out) console.log(out.trimEnd());
  if (proc.stderr.length) console.log(red(proc.stderr.toString().trimEnd()));
  console.log(dim(`  (${proc.signalCode ? `killed by ${proc.signalCode}` : `exit ${proc.exitCode}`})\n`));
  if (proc.exitCode !== 0 && proc.exitCode !== 3 && !allowFailure) throw new Error(`demo step failed: session ${shown}`);
  return out;
}

function say(text: string): void {
  console.log(`${bold("#")} ${text}\n`);
}

try {
  say(`A PR workflow in a fresh project (${project}).`);
  session(["set", "workflow:pr", "init", '{"branch":"feat/workflow-start"}', "--plan", "init,git:pr:find,git:pr:monitor,git:pr:merge"]);
  session(["set", "workflow:pr", "git:pr:find", '{"pr_number":8,"title":"Add workflow start"}', "--usage", '{"tokens":1800}']);
  say("CI goes red while the agent watches the PR: it records the failure.");
  session(["set", "workflow:pr", "git:pr:monitor", "--error", "CI: 2 of 14 checks failed (lint, e2e)"]);

  say("Later (another agent, or after a crash), where do we pick up?");
  session(["get", "--all", "--pretty"], { advance: 30 });
  session(["get", "workflow:pr", "--field", "step", "--raw"], { advance: 0 });
  session(["get", "workflow:pr", "--field", "context"], { advance: 0 });

  say("Two writers race; --expect-rev makes the stale one retry instead of losing an update.");
  session(["set", "workflow:pr", "git:pr:monitor", '{"retry":1}', "--expect-rev", "2"], { advance: 1 });

  say("The step again, this time green; the context arrives on stdin.");
  session(["set", "workflow:pr", "git:pr:monitor", "-", "--done", "--usage", '{"tokens":900}'], { stdin: '{"checks":{"passed":14,"failed":0}}' });
  session(["set", "workflow:pr", "git:pr:merge", '{"merged_sha":"3f2a9c1"}', "--done", "--artifact", "docs/release-notes.md"]);

  say("Done: archive it as a dated report, and the active state is gone.");
  const saved = JSON.parse(session(["save", "workflow:pr", "--notes", "Merged after fixing lint and a flaky e2e test."]));
  session(["get", "workflow:pr"], { advance: 0 });
  console.log(`${cyan("$")} ${bold(`cat ${saved.archive}`)}`);
  console.log(readFileSync(join(project, saved.archive), "utf8"));

  say("A week later, housekeeping: a session nobody touched is archived as abandoned.");
  session(["set", "weekly-review", "collect", '{"week":"2025-W05"}']);
  minute += 7 * 24 * 60;
  session(["cleanup", "--stale", "7d", "--pretty"]);
  console.log(`${cyan("$")} ${bold("ls ia/state/sessions/archives")}`);
  console.log(`${readdirSync(join(project, "ia/state/sessions/archives")).join("\n")}\n`);

  session(["set", "deploy:api", "build", '{"commit":"3f2a9c1"}']);
  say("An agent is killed mid-write: SIGKILL right after its new state reached a temporary file, before the rename (a failpoint).");
  session(["set", "deploy:api", "test", '{"tests":"running"}'], { advance: 1, env: { SESSION_FAILPOINT: "after-temp-write" }, allowFailure: true });
  say("The state is the old version, whole. The next writer is not blocked: the dead process's lock is broken at once.");
  session(["get", "deploy:api", "--field", "step"], { advance: 0 });
  session(["set", "deploy:api", "test", '{"tests":"running"}'], { advance: 1 });
  session(["doctor"], { advance: 0, allowFailure: true });
  session(["doctor", "--fix"], { advance: 0 });
} finally {
  rmSync(project, { recursive: true, force: true });
}
