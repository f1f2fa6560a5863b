/**
 * A command is defined once: its options, positional arguments, usage line and
 * `--help` all come from one `defineCommand` call, which the dispatcher, the
 * build (entry scripts and bundles), the help tests and the docs tables read.
 */
import type { OptionSpecs, Values } from "./args.ts";
import { execute, type Io, main } from "./run.ts";
import type { StatePaths } from "../fs/state-paths.ts";
import type { Store } from "../store/store.ts";

/** What a command's `run` gets: its parsed input and everything from the edge (env, cwd, clock, streams). */
export interface Context<V> {
  values: V;
  args: string[];
  /** The working directory the command was run from. */
  cwd: string;
  paths: StatePaths;
  store: Store;
  /** The current time (`$SESSION_NOW` when set), formatted as stored. */
  now(): string;
  nowDate(): Date;
  print(text: string): void;
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

export interface CommandDefinition<O extends OptionSpecs> {
  name: string;
  /** One line: what it does. The first line of `--help` and of the entry script. */
  summary: string;
  /** Positional arguments in order; a trailing `?` marks an optional one (`CONTEXT_JSON?`). */
  args: readonly string[];
  options: O;
  /** Paragraphs between the usage line and the options. */
  description?: string;
  /** Lines after the options, e.g. the exit codes. */
  footer?: string;
  /** Machine commands print JSON (with `--pretty` to indent); human views print text. */
  json?: boolean;
  run(ctx: Context<Values<O> & CommonValues>): unknown | Promise<unknown>;
}

export interface CommonValues {
  help?: boolean;
  pretty?: boolean;
}

export interface Command<O extends OptionSpecs = OptionSpecs> extends CommandDefinition<O> {
  /** Every option the command accepts, `--help` (and `--pretty` for JSON commands) included. */
  allOptions: OptionSpecs;
  /** Runs it and returns the exit code (never throws), with its own bundle's error classes. */
  execute(argv: readonly string[], io: Io): Promise<number>;
  /** Runs it as the process's main program (what `scripts/<name>.ts` calls). `form` names the tool in hints. */
  main(argv: readonly string[], form?: string): Promise<void>;
}

const HELP: OptionSpecs = { help: { type: "boolean", short: "h", help: "show this help" } };
const PRETTY: OptionSpecs = { pretty: { type: "boolean", help: "indent the JSON" } };

/** Typed from its options (`const O`), so `run` reads `ctx.values.field` as `string | undefined` with no cast. */
export function defineCommand<const O extends OptionSpecs>(definition: CommandDefinition<O>): Command<O> {
  const command: Command<O> = {
    ...definition,
    allOptions: { ...definition.options, ...(definition.json ? PRETTY : {}), ...HELP },
    execute: (argv, io) => execute(command as Command, argv, io),
    main: (argv, form) => main(command as Command, argv, form),
  };
  return command;
}

