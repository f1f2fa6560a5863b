/**
 * Every command, in the order `session --help` lists them, and where each one
 * lives. Each is one definition in `lib/commands/<name>.ts`; the dispatcher, the
 * build (an entry script and a bundle per command), the in-process runner, the
 * help tests and the docs tables go through this module. Adding a command: a
 * definition file, its core function, a name here.
 */
import type { Command } from "./command-types.ts";

export const COMMANDS = [
  "start",
  "set",
  "get",
  "status",
  "pending",
  "resume",
  "approve",
  "reject",
  "list",
  "show",
  "search",
  "log",
  "activate",
  "pause",
  "save",
  "reset",
  "delete",
  "rename",
  "cleanup",
  "doctor",
  "reindex",
  "merge-driver",
] as const;
/** The version `session --version` prints; a test keeps it equal to package.json's. */
export const VERSION = "0.2.0";

export type CommandName = (typeof COMMANDS)[number];

export function isCommandName(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** A command's files, relative to the skill folder: its definition, its committed bundle, its entry script. */
export function commandFiles(name: string): { source: string; bundle: string; script: string } {
  return { source: `lib/commands/${name}.ts`, bundle: `dist/${name}.js`, script: `scripts/${name}.ts` };
}

/** Name → loader: what dispatch, the build and the in-process runner load a command through. */
export type Registry = Record<CommandName, () => Command>;

/** Requires FILE, a path relative to the skill folder, from where the caller stands (`../${file}` in scripts/). */
export type SkillRequire = (file: string) => { default: Command };

/** Every command, loaded through REQUIRE from its source or from its committed bundle (what ships). */
export function commandRegistry(require: SkillRequire, from: "source" | "bundle"): Registry {
  const registry: Partial<Registry> = {};
  for (const name of COMMANDS) registry[name] = () => require(commandFiles(name)[from]).default;
  return registry as Registry;
}
