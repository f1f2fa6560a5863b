#!/usr/bin/env bun
// session — track, pause, resume and archive multi-step workflows.
// Usage: session <command> [args] (session <command> --help for each)
import { main, type Command } from "../lib/cli.ts";

const COMMANDS: Record<string, string> = {
  get: "print a session's state as JSON",
  set: "enter a step and merge context, creating the session if absent",
  reset: "delete a session's active state, without an archive",
  save: "archive a session to a dated markdown report and end it",
  cleanup: "remove old archives, archive sessions left untouched",
};

const USAGE = `session — track, pause, resume and archive multi-step workflows.
Usage: session <command> [args]

Commands:
${Object.entries(COMMANDS)
  .map(([name, what]) => `  ${name.padEnd(9)}${what}`)
  .join("\n")}

Run \`session <command> --help\` for a command's options.
State lives in ia/state/sessions/ of the project found from the working directory.`;

const [name, ...rest] = Bun.argv.slice(2);
if (name !== undefined && Object.hasOwn(COMMANDS, name)) {
  const { command } = (await import(`./${name}.ts`)) as { command: Command };
  await main(command, rest);
} else if (name === "--help" || name === "-h" || name === "help") {
  console.log(USAGE);
} else if (name === undefined) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  console.error(`error: unknown command ${JSON.stringify(name)}`);
  console.error("hint: Run `session --help` for the commands.");
  process.exitCode = 2;
}
