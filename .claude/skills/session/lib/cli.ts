/**
 * The command-line edge: options (parsed by args.ts), `--help`, the project
 * root and clock from the environment, JSON output, and the one place that
 * turns an error into stderr text and an exit code.
 */
import { type OptionSpecs, parseArgv, type Values } from "./args.ts";
import { clockFrom, formatTimestamp } from "./clock.ts";
import { SessionError, UsageError } from "./errors.ts";
import { findRoot, type StatePaths, statePaths } from "./paths.ts";

export interface Command {
  name: string;
  /** The help text; its first two lines also head the script as a comment. */
  usage: string;
  options: OptionSpecs;
  /** The positional arguments, as the usage names them; the first `min` are required. */
  args: { min: number; max: number; names?: string[] };
  /** Machine commands print JSON (`--pretty` for indented); human views print text. */
  json?: boolean;
  run(ctx: Context): unknown | Promise<unknown>;
}

export interface Context {
  values: Values;
  args: string[];
  /** The state folders of the project found from the working directory. */
  paths: StatePaths;
  /** The current time (`$SESSION_NOW` when set), formatted as stored. */
  now(): string;
  nowDate(): Date;
  print(text: string): void;
  warn(text: string): void;
  /** For views that succeed yet report a state (doctor: 1 while problems remain). */
  setExitCode(code: number): void;
}

const COMMON: OptionSpecs = { help: { type: "boolean", short: "h" } };
const PRETTY: OptionSpecs = { pretty: { type: "boolean" } };

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

const processIo: Io = {
  // console.log, not process.stdout: touching process.stdout costs ~10 ms at start-up.
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  env: process.env,
  cwd: process.cwd(),
};

/** Runs a command and returns its exit code. Never throws. */
export async function runCommand(command: Command, argv: string[], io: Io = processIo): Promise<number> {
  try {
    const options = { ...COMMON, ...(command.json ? PRETTY : {}), ...command.options };
    const { values, positionals } = parseArgv(argv, options, command.name);
    if (values.help) {
      io.out(command.usage.trimEnd());
      return 0;
    }
    const { min, max, names = [] } = command.args;
    if (positionals.length < min || positionals.length > max) {
      const missing = names.slice(positionals.length, min).join(" and ") || "arguments";
      const what = positionals.length < min ? `missing ${missing}` : `unexpected argument ${JSON.stringify(positionals[max])}`;
      throw new UsageError(`${what}\n${usageLine(command)}`);
    }
    const paths = statePaths(await findRoot(io.cwd, io.env));
    const clock = clockFrom(io.env);
    let exitCode = 0;
    const ctx: Context = {
      values,
      args: positionals,
      paths,
      now: () => formatTimestamp(clock()),
      nowDate: clock,
      print: io.out,
      warn: (text) => io.err(`warning: ${text}`),
      setExitCode: (code) => {
        exitCode = code;
      },
    };
    const result = await command.run(ctx);
    if (result !== undefined) io.out(JSON.stringify(result, null, values.pretty ? 2 : undefined));
    return exitCode;
  } catch (error) {
    return reportError(error, command, io);
  }
}

function usageLine(command: Command): string {
  return command.usage.split("\n").find((line) => line.startsWith("Usage:")) ?? `Usage: session ${command.name} --help`;
}

function reportError(error: unknown, command: Command, io: Io): number {
  if (error instanceof SessionError) {
    const [first, ...more] = error.message.split("\n");
    io.err(`error: ${first}`);
    for (const line of more) io.err(line);
    if (error.hint) io.err(`hint: ${error.hint}`);
    return error.exitCode;
  }
  io.err(`error: unexpected failure in session ${command.name}: ${(error as Error)?.message ?? String(error)}`);
  if (io.env.SESSION_DEBUG) io.err(String((error as Error)?.stack));
  return 1;
}

export interface RunnableCommand extends Command {
  /** Runs the command as the process's main program. */
  main(argv: string[]): Promise<void>;
}

export function defineCommand(command: Command): RunnableCommand {
  return {
    ...command,
    async main(argv) {
      process.exitCode = await runCommand(command, argv);
    },
  };
}

/** A JSON object from the command line; anything else is a usage error. */
export function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`, `Example: '{"pr_number": 8}'`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(`${what} must be a JSON object, not ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
  }
  return value as Record<string, unknown>;
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid ${option} ${JSON.stringify(value)}: expected one of ${allowed.join(", ")}`);
}

export function parseNonNegativeInt(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}
