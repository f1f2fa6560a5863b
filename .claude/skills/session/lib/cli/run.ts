/**
 * The command edge: the environment is read here, once, into the command's
 * context; `--help` and arity are checked; JSON is printed; and this is the one
 * place that turns an error into stderr text and an exit code.
 */

import { clockFrom, formatTimestamp } from "../core/clock.ts";
import { SessionError, UsageError } from "../core/errors.ts";
import { envMilliseconds } from "../core/parse.ts";
import { armFailpoint } from "../fs/failpoints.ts";
import { findRoot, statePaths } from "../fs/state-paths.ts";
import { actorFrom } from "../git/actor.ts";
import { indexUpdater } from "../index/write.ts";
import { DEFAULT_LOCK_STALE_MS, DEFAULT_LOCK_TIMEOUT_MS } from "../store/lock.ts";
import { openStore } from "../store/store.ts";
import { namedPositionals, parseArgv } from "./args.ts";
import type { Command, Io } from "./command-types.ts";
import { arity, renderHelp, usageLine } from "./help.ts";

/** The real process. TTY checks are lazy: touching process.stdout costs milliseconds at start-up. */
export function processIo(form?: string): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    // console.log, not process.stdout: see above.
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    progress: (text) => void process.stderr.write(text),
    readStdin: async () => decodeUtf8(await Bun.stdin.bytes(), "stdin"),
    isTerminal,
    scriptsDir: (Bun.argv[1] ?? "").slice(0, (Bun.argv[1] ?? "").lastIndexOf("/")),
    confirm: async (question) => {
      process.stderr.write(question);
      const { value } = await console[Symbol.asyncIterator]().next();
      return /^\s*y(es)?\s*$/i.test(String(value ?? ""));
    },
    form,
  };
}

/**
 * Is FD a terminal? Asked of the tty binding, isatty(3) itself: `process.stdout.isTTY` builds the stream first, which
 * loads node:stream (~10 ms of CPU, twice what a bare start costs). The stream answers where there is no binding.
 */
function isTerminal(fd: 0 | 1): boolean {
  try {
    const tty = process.binding("tty_wrap") as { isTTY?: (fd: number) => boolean };
    if (typeof tty.isTTY === "function") return Boolean(tty.isTTY(fd));
  } catch {}
  return Boolean(fd === 0 ? process.stdin.isTTY : process.stdout.isTTY);
}

/** Strict UTF-8: invalid bytes are refused, not silently replaced by U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${what} is not valid UTF-8`);
  }
}

/** Runs a command as the process's main program: `scripts/<name>.ts` calls this through its bundle. */
export async function main(command: Command, argv: readonly string[], form?: string): Promise<void> {
  // Bun replaces invalid UTF-8 in arguments with U+FFFD: look at the bytes before taking that for data.
  if (argv.some((arg) => arg.includes("\uFFFD")) && !argumentsAreUtf8()) {
    console.error("error: an argument is not valid UTF-8");
    console.error("hint: Pass such data on stdin (`-`), where it is refused just the same, or fix the encoding.");
    process.exitCode = 2;
    return;
  }
  const script = invokedScript();
  process.exitCode = await execute(command, argv, processIo(form ?? script.slice(0, script.lastIndexOf("/"))));
}

/** Are the process's arguments valid UTF-8, byte for byte? (Linux: /proc/self/cmdline; elsewhere assumed.) */
function argumentsAreUtf8(): boolean {
  let bytes: Uint8Array;
  try {
    bytes = require("node:fs").readFileSync("/proc/self/cmdline") as Uint8Array;
  } catch {
    return true; // no /proc: nothing to tell
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The script the user ran, relative to the working directory, so that hints
 * run as printed: `session` when it was the `session` bin on the PATH.
 */
export function invokedScript(): string {
  const script = Bun.argv[1] ?? "";
  if (!script.endsWith(".ts") && script.slice(script.lastIndexOf("/") + 1) === "session") return "session";
  const cwd = process.cwd();
  return script.startsWith(`${cwd}/`) ? script.slice(cwd.length + 1) : script;
}

/**
 * `session get x` in the form the user typed: `session` (the bin), a
 * dispatcher script (`bun run .../session.ts get x`), or the folder of the
 * per-command scripts (`bun run .../get.ts x`).
 */
export function commandIn(form: string | undefined, text: string): string {
  if (!form || form === "session") return `session ${text}`;
  if (form.endsWith(".ts")) return `bun run ${form} ${text}`;
  const space = text.indexOf(" ");
  const name = space === -1 ? text : text.slice(0, space);
  return `bun run ${form}/${name}.ts${space === -1 ? "" : text.slice(space)}`;
}

/** Runs a command and returns its exit code. Never throws. */
export async function execute(command: Command, argv: readonly string[], io: Io): Promise<number> {
  const say = (text: string) =>
    text.replace(/`session ([a-z-]+)([^`]*)`/g, (_, name, rest) => `\`${commandIn(io.form, `${name}${rest}`)}\``);
  try {
    const help = `Run \`session ${command.name} --help\` for the options.`;
    const { values, positionals } = parseArgv(argv, command.allOptions, help);
    if (values.help) {
      io.stdout(renderHelp(command));
      return 0;
    }
    const { min, max, names } = arity(command);
    if (positionals.length < min || positionals.length > max) {
      const missing = names.slice(positionals.length, min).join(" and ");
      const what =
        positionals.length < min ? `missing ${missing}` : `unexpected argument ${JSON.stringify(positionals[max])}`;
      throw new UsageError(what, `${usageLine(command)}  (\`session ${command.name} --help\` for more)`);
    }
    const env = io.env;
    armFailpoint(env.SESSION_FAILPOINT);
    const clock = clockFrom(env);
    const root = findRoot(io.cwd, env);
    const paths = statePaths(env.SESSION_ROOT ? realFolder(root) : root);
    let actor: string | undefined;
    const store = openStore(paths, {
      lock: {
        timeoutMs: envMilliseconds(env, "SESSION_LOCK_TIMEOUT_MS", DEFAULT_LOCK_TIMEOUT_MS),
        staleMs: envMilliseconds(env, "SESSION_LOCK_STALE_MS", DEFAULT_LOCK_STALE_MS),
      },
      // Every write goes into the index too, when there is one (and costs nothing when there is none).
      onChange: indexUpdater(paths),
      actor: () => (actor ??= actorFrom(env, paths.root) ?? ""),
    });
    let exitCode = 0;
    const once = <T>(get: () => T) => {
      let value: T | undefined;
      return () => (value ??= get());
    };
    const stdoutIsTerminal = once(() => io.isTerminal(1));
    const printJson = (value: unknown) => io.stdout(JSON.stringify(value, null, values.pretty ? 2 : undefined));
    const ctx: Parameters<Command["run"]>[0] = {
      values,
      args: namedPositionals(command.args, positionals),
      cwd: io.cwd,
      paths,
      store,
      now: () => formatTimestamp(clock()),
      nowDate: clock,
      print: io.stdout,
      printJson,
      warn: (text) => io.stderr(`warning: ${say(text)}`),
      setExitCode: (code) => {
        exitCode = code;
      },
      readStdin: io.readStdin,
      progress: io.progress,
      confirm: io.confirm,
      stdoutIsTerminal,
      stdinIsTerminal: once(() => io.isTerminal(0)),
      color: once(() => stdoutIsTerminal() && !env.NO_COLOR),
      command: (text) => commandIn(io.form, text),
      scriptsDir: io.scriptsDir,
    };
    const result = await command.run(ctx);
    if (result !== undefined) printJson(result);
    return exitCode;
  } catch (error) {
    if (error instanceof SessionError) {
      const [first, ...more] = error.message.split("\n");
      io.stderr(`error: ${say(first as string)}`);
      for (const line of more) io.stderr(say(line));
      if (error.hint) io.stderr(`hint: ${say(error.hint)}`);
      return error.exitCode;
    }
    io.stderr(`error: unexpected failure in session ${command.name}: ${(error as Error)?.message ?? String(error)}`);
    if (io.env.SESSION_DEBUG) io.stderr(String((error as Error)?.stack));
    return 1;
  }
}

/**
 * `$SESSION_ROOT` must name a folder. It may lie behind a symlink of the user's
 * own (a root found from the working directory never does): the real path is
 * used, so that symlinks planted inside the project are told apart from it.
 */
function realFolder(root: string): string {
  const { realpathSync, statSync } = require("node:fs") as typeof import("node:fs");
  try {
    if (statSync(root).isDirectory()) return realpathSync(root);
  } catch {}
  throw new UsageError(
    `SESSION_ROOT is not a folder: ${root}`,
    "Point it at the project's root folder (the one holding ia/state or .git).",
  );
}
