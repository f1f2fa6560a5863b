#!/usr/bin/env bun
// A realistic workflow, end to end, in a temporary project: what an agent runs and what a person sees.
// Usage: bun run demo   (never touches this repository's own ia/state)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPTS = join(import.meta.dir, "../.claude/skills/session/scripts");
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const [bold, dim, cyan, red] = [paint("1"), paint("2"), paint("36"), paint("31")];

const project = mkdtempSync(join(tmpdir(), "session-demo-"));
mkdirSync(join(project, ".git"));
// The skill as an installed project has it, so that every hint shows the command as one would type it there.
mkdirSync(join(project, ".claude/skills"), { recursive: true });
symlinkSync(join(SCRIPTS, ".."), join(project, ".claude/skills/session"));
const ENTRY = ".claude/skills/session/scripts/session.ts";
let minute = -3;
// Who writes (recorded on each event as its actor): one agent, then another that picks the work up.
let actor = "agent-1";

/** Runs one session command as an agent would, and shows it. */
function session(
  args: string[],
  {
    advance = 3,
    stdin,
    env = {},
    allowFailure = false,
    capture = false,
  }: { advance?: number; stdin?: string; env?: Record<string, string>; allowFailure?: boolean; capture?: boolean } = {},
): string {
  minute += advance;
  const now = new Date(Date.UTC(2025, 0, 29, 15, minute)).toISOString().replace(".000", "");
  const shown = args.map((a) => (/^[\w:.,/=-]+$/.test(a) ? a : `'${a}'`)).join(" ");
  console.log(`${cyan("$")} ${bold(`session ${shown}`)}${stdin ? dim(" <<< (context on stdin)") : ""}`);
  // On a terminal the commands write to it directly, so they show what a person sees (colour, resume's lines).
  const direct = Boolean(process.stdout.isTTY) && !capture;
  const proc = Bun.spawnSync(["bun", "run", ENTRY, ...args], {
    cwd: project,
    stdout: direct ? "inherit" : "pipe",
    env: { ...process.env, SESSION_NOW: now, SESSION_ROOT: project, SESSION_ACTOR: actor, ...env },
    stdin: stdin ? new TextEncoder().encode(stdin) : "ignore",
  });
  const out = proc.stdout?.toString() ?? "";
  if (out) console.log(out.trimEnd());
  if (proc.stderr.length) console.log(red(proc.stderr.toString().trimEnd()));
  console.log(dim(`  (${proc.signalCode ? `killed by ${proc.signalCode}` : `exit ${proc.exitCode}`})\n`));
  if (proc.exitCode !== 0 && proc.exitCode !== 3 && !allowFailure)
    throw new Error(`demo step failed: session ${shown}`);
  return out;
}

/** Runs two session commands at once, as two agents would (each its own process), and shows both. */
async function together(...runs: { actor: string; args: string[] }[]): Promise<void> {
  minute += 3;
  const now = new Date(Date.UTC(2025, 0, 29, 15, minute)).toISOString().replace(".000", "");
  const procs = runs.map(({ actor: who, args }) => {
    const shown = args.map((a) => (/^[\w:.,/=-]+$/.test(a) ? a : `'${a}'`)).join(" ");
    console.log(`${cyan("$")} ${bold(`session ${shown}`)} ${dim(`& (${who})`)}`);
    return Bun.spawn(["bun", "run", ENTRY, ...args], {
      cwd: project,
      stdout: "pipe",
      stderr: "pipe",
      env: { ...process.env, SESSION_NOW: now, SESSION_ROOT: project, SESSION_ACTOR: who },
    });
  });
  const codes = await Promise.all(procs.map((proc) => proc.exited));
  console.log(dim(`  (both done: exit ${codes.join(", ")})\n`));
  if (codes.some((code) => code !== 0)) throw new Error("demo step failed: two writers at once");
}

function say(text: string): void {
  console.log(`${bold("#")} ${text}\n`);
}

try {
  say(`A five-step weekly report, in a fresh project (${project}). \`session\` below is \`bun run ${ENTRY}\`.`);
  session(["start", "report:weekly", "--steps", "collect,analyze,summarize,review,publish", "--var", "week=2025-W05"]);
  session(["set", "report:weekly", "collect", '{"sources":3}', "--usage", '{"tokens":1800}']);
  session(["set", "report:weekly", "analyze", '{"rows":120}']);
  say("Step 3 fails: the agent records the error and stops.");
  session(["set", "report:weekly", "summarize", "--error", "model timeout after 60 s"]);

  say("Later (another agent, or after a crash): where does it stand, and where to pick up?");
  actor = "agent-2";
  session(["status"], { advance: 30 });
  session(["resume"], { advance: 1 });
  session(["log", "report:weekly", "retrying summarize with a smaller batch"], { advance: 1 });

  say("Two writers race; --expect-rev makes the stale one retry instead of losing an update.");
  session(["set", "report:weekly", "summarize", '{"batch":20}', "--expect-rev", "2"], { advance: 1 });

  say("Still failing: give up on that step, marked skipped, and move on to step 4.");
  session(["set", "report:weekly", "summarize", "--error", "model timeout again"]);
  session(["resume", "--skip-failed"]);
  session(["set", "report:weekly", "review", '{"reviewer":"bob"}']);
  session(["set", "report:weekly", "publish", '{"url":"https://wiki/x"}']);
  say("Wrong reviewer, and it was published: undo by replaying from review (the rewound part stays in the timeline).");
  session(["resume", "--from", "review"]);
  session(["set", "report:weekly", "review", '{"reviewer":"ann"}']);
  session(["set", "report:weekly", "publish", "-", "--done", "--artifact", "reports/2025-W05.md"], {
    stdin: '{"url":"https://wiki/2025-W05"}',
  });

  say("Done: archive it as a dated report; the list shows it, `show` finds it by an id prefix.");
  const saved = JSON.parse(
    session(["save", "report:weekly", "--notes", "Published after one retry; summarize skipped."], { capture: true }),
  );
  session(["list", "--status", "completed"], { advance: 0 });
  session(["show", saved.id.slice(0, 4)], { advance: 0 });
  console.log(`${cyan("$")} ${bold(`cat ${saved.archive}`)}`);
  console.log(readFileSync(join(project, saved.archive), "utf8"));

  say("Next week's report starts as a fork of this one, as it stood right after step 2 was entered.");
  session(["start", "report:next", "--fork", saved.id, "--from", "analyze"]);
  session(["delete", "report:next", "--force"]);

  say("A release whose plan branches: test and lint both wait for build, deploy waits for both.");
  session(["start", "release:1.4", "--steps", "build, test<build, lint<build, deploy<test+lint"]);
  session(["set", "release:1.4", "build", "--done"]);
  say("Two agents take the two ready branches at once, each in its own process; neither undoes the other.");
  await together(
    { actor: "agent-test", args: ["set", "release:1.4", "test", '{"tests":"412 passed"}'] },
    { actor: "agent-lint", args: ["set", "release:1.4", "lint", '{"lint":"clean"}'] },
  );
  await together(
    { actor: "agent-test", args: ["set", "release:1.4", "test", "--done"] },
    { actor: "agent-lint", args: ["set", "release:1.4", "lint", "--done"] },
  );
  session(["status", "release:1.4"], { advance: 1 });
  session(["set", "release:1.4", "deploy", "--done"]);
  session(["save", "release:1.4"], { advance: 0 });

  say("A week later, housekeeping: a session nobody touched is archived as abandoned.");
  session(["set", "weekly-review", "collect", '{"week":"2025-W05"}']);
  minute += 7 * 24 * 60;
  session(["cleanup", "--stale", "7d", "--pretty"]);
  console.log(`${cyan("$")} ${bold("ls ia/state/sessions/archives")}`);
  console.log(`${readdirSync(join(project, "ia/state/sessions/archives")).join("\n")}\n`);

  session(["set", "deploy:api", "build", '{"commit":"3f2a9c1"}']);
  say(
    "An agent is killed mid-write: SIGKILL right after its new state reached a temporary file, before the " +
      "rename (a failpoint).",
  );
  session(["set", "deploy:api", "test", '{"tests":"running"}'], {
    advance: 1,
    env: { SESSION_FAILPOINT: "after-temp-write" },
    allowFailure: true,
  });
  say(
    "The state is the old version, whole. The next writer is not blocked: the dead process's lock is broken at once.",
  );
  session(["get", "deploy:api", "--field", "step"], { advance: 0 });
  session(["set", "deploy:api", "test", '{"tests":"running"}'], { advance: 1 });
  session(["doctor"], { advance: 0, allowFailure: true });
  session(["doctor", "--fix"], { advance: 0 });

  say("A deploy waits for a person: the plan declares a gate, and entering the step asks its question.");
  session(["start", "release:1.4", "--steps", "build,deploy", "--gate", "deploy=Deploy 1.4.0 to production?"]);
  session(["set", "release:1.4", "build", "--done"]);
  session(["set", "release:1.4", "deploy"]);
  say(
    "While it waits, the agent cannot go on (exit 2, naming approve); the SessionStart report says what it waits for.",
  );
  session(["set", "release:1.4", "deploy", "--done"], { allowFailure: true });
  session(["pending"], { advance: 0 });
  say("A person approves it (an event like any other: approved on their machine and pushed, it merges).");
  actor = "ann";
  session(["approve", "release:1.4", "--note", "release notes checked"], { advance: 25 });
  actor = "agent-2";
  session(["set", "release:1.4", "deploy", "--done"]);
  session(["show", "release:1.4"], { advance: 0 });
} finally {
  rmSync(project, { recursive: true, force: true });
}
