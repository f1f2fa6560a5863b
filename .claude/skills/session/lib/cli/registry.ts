/**
 * Every command, in the order `session --help` lists them. Each is one
 * definition in `commands/<name>.ts`; the dispatcher, the build (an entry
 * script and a bundle per command), the help tests and the docs tables iterate
 * over this list. Adding a command: a definition file, its core function, a name here.
 */
export const COMMANDS = [
  "start",
  "set",
  "get",
  "status",
  "pending",
  "resume",
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
