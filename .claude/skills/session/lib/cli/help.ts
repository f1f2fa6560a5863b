/** `--help` and the usage line, rendered from a command's definition. */
import type { OptionSpec } from "./args.ts";
import type { Command } from "./command-types.ts";

/** `session set NAME STEP [CONTEXT_JSON] [options]`: options listed when there are few. */
export function usageLine(command: Command): string {
  const args = Object.values(command.args).map((arg) => (arg.required === false ? `[${arg.value}]` : arg.value));
  const own = Object.entries(command.options);
  const options = own.length <= 4 ? own.map(([name, spec]) => `[${flag(name, spec)}]`) : ["[options]"];
  return ["Usage: session", command.name, ...args, ...options].join(" ");
}

/** The whole `--help` text. */
export function renderHelp(command: Command): string {
  const rows = Object.entries(command.allOptions).map(
    ([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ""}${flag(name, spec)}`, spec.help] as const,
  );
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `session ${command.name} — ${command.summary}.`,
    usageLine(command),
    ...(command.description ? ["", command.description] : []),
    "",
    "Options:",
    ...rows.map(([left, help]) => `  ${left.padEnd(width)}${help}`),
    ...(command.footer ? ["", command.footer] : []),
  ].join("\n");
}

function flag(name: string, spec: OptionSpec): string {
  return spec.type === "boolean" ? `--${name}` : `--${name} ${spec.value ?? "VALUE"}`;
}

/** The positional arguments a command requires and allows. */
export function arity(command: Command): { min: number; max: number; names: string[] } {
  const specs = Object.values(command.args);
  const names = specs.map((arg) => arg.value);
  return { min: specs.filter((arg) => arg.required !== false).length, max: specs.length, names };
}
