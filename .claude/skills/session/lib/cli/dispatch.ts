/**
 * `session <command> ...`: the one entry that reaches every command. It loads
 * only the command asked for (each is its own bundle), through the registry
 * (registry.ts) of the skill folder the entry script names, or one a test passes in.
 */
import { closest } from "../core/closest.ts";
import type { Command, Io } from "./command-types.ts";
import { COMMANDS, commandRegistry, isCommandName, type Registry, type SkillRequire, VERSION } from "./registry.ts";
import { commandIn, invokedScript, processIo } from "./run.ts";

/** `session --help`: every command with its summary. */
function renderOverview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "session — track, pause, resume and archive multi-step workflows.",
    "Usage: session <command> [args]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Run `session <command> --help` for a command's options.",
    "State lives in ia/state/sessions/ of the project found from the working directory.",
  ].join("\n");
}

/**
 * Runs `session ARGV...` and returns the exit code. RUN runs the command: by
 * default in IO; the process's main passes the command's own `main`, since each
 * bundle has its own error classes and only its own I/O throws them.
 */
export async function dispatch(
  argv: readonly string[],
  io: Io,
  registry: Registry,
  run = (command: Command, rest: readonly string[]) => command.execute(rest, io),
): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && isCommandName(name)) {
    let command: Command;
    try {
      command = registry[name]();
    } catch (error) {
      io.stderr(
        `error: cannot load the ${name} command ` +
          `(${String(error instanceof Error ? error.message : error).split("\n")[0]}); reinstall the skill`,
      );
      return 1;
    }
    // The command's own execute: each bundle has its own error classes, so only it can tell them apart.
    return run(command, rest);
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(renderOverview(COMMANDS.map((n) => registry[n]())));
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`session ${VERSION}`);
    return 0;
  }
  if (name === undefined) {
    io.stderr("error: missing the command");
    io.stderr(renderOverview(COMMANDS.map((n) => registry[n]())));
    return 2;
  }
  const near = closest(name, COMMANDS);
  io.stderr(`error: unknown command ${JSON.stringify(name)}${near ? `; did you mean \`${near}\`?` : ""}`);
  io.stderr(`hint: Run \`${commandIn(io.form, "--help")}\` for the commands.`);
  return 2;
}

export default {
  /** Commands are loaded through REQUIRE (the entry script's, from the skill folder): their bundles, or sources. */
  async main(argv: readonly string[], require: SkillRequire, fromSource: boolean): Promise<void> {
    const form = invokedScript();
    const registry = commandRegistry(require, fromSource ? "source" : "bundle");
    const code = await dispatch(argv, processIo(form), registry, async (command, rest) => {
      await command.main(rest, form);
      return Number(process.exitCode ?? 0);
    });
    process.exitCode = code;
  },
};
