/**
 * Commands run in this process from their sources: for tests (no Bun spawned
 * per call) and tools. Never bundled: it loads every command's source.
 */
import type { Command, Io } from "./command-types.ts";
import { dispatch } from "./dispatch.ts";
import { type CommandName, commandRegistry } from "./registry.ts";

/** Every command from its source, through the registry. */
export const SOURCES = commandRegistry((file) => require(`../../${file}`), "source");

export function loadFromSource(name: CommandName): Command {
  return SOURCES[name]();
}

/** `session ARGV...` in-process: `runCommand(["get", "x"], io)` returns the exit code. */
export function runCommand(argv: readonly string[], io: Io): Promise<number> {
  return dispatch(argv, io, SOURCES);
}
