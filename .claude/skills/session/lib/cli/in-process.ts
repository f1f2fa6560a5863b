/**
 * Commands run in this process from their sources: for tests (no Bun spawned
 * per call) and tools. Never bundled: its loader names every command's source.
 */
import type { Command, Io } from "./command-types.ts";
import { dispatch } from "./dispatch.ts";

export function loadFromSource(name: string): Command {
  return require(`../commands/${name}.ts`).default as Command;
}

/** `session ARGV...` in-process: `runCommand(["get", "x"], io)` returns the exit code. */
export function runCommand(argv: readonly string[], io: Io): Promise<number> {
  return dispatch(argv, io, loadFromSource);
}
