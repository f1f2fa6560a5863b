/**
 * What a command is made of, as types only: what it takes from the world (`Io`),
 * what its `run` gets (`Context`), and its definition before and after
 * `defineCommand` (command.ts) fills it in. Apart from command.ts so that the
 * edge (run.ts) and help.ts can name a command without importing what runs it.
 */

import type { StatePaths } from "../fs/state-paths.ts";
import type { Store } from "../store/store.ts";
import type { OptionSpecs, PositionalSpecs, Positionals, Values } from "./args.ts";

/** Everything a command takes from the world; tests pass their own. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Text on stderr as it comes (a progress bar), no newline added. */
  progress(text: string): void;
  readStdin(): Promise<string>;
  isTerminal(fd: 0 | 1): boolean;
  /** Asks a yes/no question (on a terminal) and says whether the answer was yes. */
  confirm(question: string): Promise<boolean>;
  /** How hints name a command: `session` (the bin), or the entry scripts' folder as the user reaches it. */
  form?: string;
  /** The folder of the entry scripts that ran (for what must name them: the merge driver's git config). */
  scriptsDir?: string;
}

/** What a command's `run` gets: its parsed input and everything from the edge (env, cwd, clock, streams). */
export interface Context<V, A> {
  values: V;
  /** The positional arguments, by the names the definition gives them. */
  args: A;
  /** The working directory the command was run from. */
  cwd: string;
  paths: StatePaths;
  store: Store;
  /** The current time (`$SESSION_NOW` when set), formatted as stored. */
  now(): string;
  nowDate(): Date;
  print(text: string): void;
  /** JSON as every command prints it: one compact line, indented with `--pretty`. */
  printJson(value: unknown): void;
  warn(text: string): void;
  /** For views that succeed yet report a state (doctor: 1 while problems remain). */
  setExitCode(code: number): void;
  readStdin(): Promise<string>;
  /** Writes to stderr as it comes (a progress bar on a terminal). */
  progress(text: string): void;
  /** Asks a yes/no question on the terminal. */
  confirm(question: string): Promise<boolean>;
  /** Colour for human views: stdout is a terminal and NO_COLOR is unset. */
  color(): boolean;
  stdinIsTerminal(): boolean;
  stdoutIsTerminal(): boolean;
  /** The folder of the entry scripts that ran, when known. */
  scriptsDir?: string;
  /** A command as the user would type it here: `session get x` or `bun run .claude/skills/session/scripts/get.ts x`. */
  command(text: string): string;
}

export interface CommandDefinition<O extends OptionSpecs, A extends PositionalSpecs = PositionalSpecs> {
  name: string;
  /** One line: what it does. The first line of `--help` and of the entry script. */
  summary: string;
  /** Positional arguments, in order: `{ ref: { type: "positional", value: "NAME|ID", required: false } }`. */
  args: A;
  options: O;
  /** Paragraphs between the usage line and the options. */
  description?: string;
  /** Lines after the options, e.g. the exit codes. */
  footer?: string;
  /**
   * Machine commands print JSON; human views print text, and JSON with their `--json` option. Either way the JSON
   * is one compact line, indented with `--pretty`.
   */
  json?: boolean;
  run(ctx: Context<Values<O> & CommonValues, Positionals<A>>): unknown | Promise<unknown>;
}

export interface CommonValues {
  help?: boolean;
  pretty?: boolean;
}

export interface Command<O extends OptionSpecs = OptionSpecs, A extends PositionalSpecs = PositionalSpecs>
  extends CommandDefinition<O, A> {
  /** Every option the command accepts, `--help` (and `--pretty` for commands that print JSON) included. */
  allOptions: OptionSpecs;
  /** Runs it and returns the exit code (never throws), with its own bundle's error classes. */
  execute(argv: readonly string[], io: Io): Promise<number>;
  /** Runs it as the process's main program (what `scripts/<name>.ts` calls). `form` names the tool in hints. */
  main(argv: readonly string[], form?: string): Promise<void>;
}
