#!/usr/bin/env bun
// session — track, pause, resume and archive multi-step workflows.
// Usage: session <command> [args] (session <command> --help for each)
import { COMMANDS } from "../lib/commands/index.ts";
import { launch } from "../lib/launch.ts";

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
  await launch(name, rest);
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
