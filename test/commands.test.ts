/**
 * Every command in the registry: its help comes from its definition, its entry
 * script heads with the help's first two lines, and it runs end to end as a
 * user runs it (the real entry script, spawned), both as a script and as `session <cmd>`.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderHelp } from "../.claude/skills/session/lib/cli/help.ts";
import { loadFromSource } from "../.claude/skills/session/lib/cli/in-process.ts";
import { COMMANDS, VERSION } from "../.claude/skills/session/lib/cli/registry.ts";
import { run, runIn, SCRIPTS, tempProject } from "./helpers.ts";

describe.each(COMMANDS)("%s", (name) => {
  const command = loadFromSource(name);

  test("--help prints the help rendered from its definition, on stdout, exit 0", async () => {
    const r = await runIn(tempProject(), name, ["--help"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${renderHelp(command)}\n`, ""]);
    expect(r.stdout).toStartWith(`session ${name} — ${command.summary}.\nUsage: session ${name}`);
    for (const option of Object.keys(command.options)) expect(r.stdout).toContain(`--${option}`);
  });

  test("its entry script heads with the help's first two lines", () => {
    const source = readFileSync(join(SCRIPTS, `${name}.ts`), "utf8").split("\n");
    expect(source.slice(1, 3)).toEqual(
      renderHelp(command)
        .split("\n")
        .slice(0, 2)
        .map((line) => `// ${line}`),
    );
  });

  test("an unknown option is exit 2 with one error line and a hint naming --help", async () => {
    const r = await runIn(tempProject(), name, ["--no-such-option"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      `error: unknown option --no-such-option\nhint: Run \`session ${name} --help\` for the options.\n`,
    );
  });
});

describe("end to end, as spawned scripts", () => {
  test("a workflow through every core command", () => {
    const p = tempProject();
    const set = run(p, "set", ["workflow:pr", "init", '{"branch":"feat/x"}', "--plan", "init,monitor"]);
    expect(set.code).toBe(0);
    expect(set.json).toMatchObject({ workflow: "workflow:pr", step: "init", rev: 1 });
    expect(set.json).not.toHaveProperty("events"); // set leaves the timeline out
    expect(run(p, "get", ["workflow:pr"]).json.events).toHaveLength(3);
    expect(run(p, "get", ["--all"]).json[0]).toMatchObject({ workflow: "workflow:pr", position: "1/2", next: "init" });
    const saved = run(p, "save", ["workflow:pr"]);
    expect(saved.json.archive).toBe(
      `ia/state/sessions/archives/2025-01-29-workflow-pr-feat-x-${set.json.id.slice(0, 6)}.md`,
    );
    expect(run(p, "reset", ["workflow:pr"]).json).toEqual({ workflow: "workflow:pr", id: null, reset: false });
    expect(run(p, "cleanup", ["--older-than", "1d", "--dry-run"]).json.removed).toEqual([]);
    const doctor = run(p, "doctor");
    expect([doctor.code, doctor.stdout]).toEqual([0, expect.stringContaining("No problems found.")]);
  });

  test("session <cmd> runs the same commands; an unknown one is exit 2 with a suggestion; --version", async () => {
    const p = tempProject();
    expect(run(p, "session", ["set", "w", "s", '{"x":1}']).code).toBe(0);
    expect(run(p, "session", ["get", "w", "--field", "context.x"]).stdout).toBe("1\n");
    const help = run(p, "session", ["--help"]);
    for (const name of COMMANDS) expect(help.stdout).toContain(`  ${name} `);
    const unknown = run(p, "session", ["gte"]);
    expect([unknown.code, unknown.stdout]).toEqual([2, ""]);
    expect(unknown.stderr).toBe(
      `error: unknown command "gte"; did you mean \`get\`?\nhint: Run \`bun run ${join(SCRIPTS, "session.ts")} ` +
        `--help\` for the commands.\n`,
    );
    expect(run(p, "session", ["--version"]).stdout).toBe(`session ${VERSION}\n`);
    expect(VERSION).toBe((await Bun.file(join(import.meta.dir, "../package.json")).json()).version);
  });
});
