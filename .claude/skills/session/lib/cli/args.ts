/**
 * Command-line parsing with the semantics of node:util's parseArgs in strict
 * mode (long options, `--opt=value`, `-h`, `--`), written out because loading
 * node:util costs ~2 ms at every start and these scripts run at every step.
 */
import { closest } from "../core/closest.ts";
import { UsageError } from "../core/errors.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  /** One line for `--help`. */
  help: string;
  short?: string;
  multiple?: boolean;
  /** The value's name in `--help` (`--field PATH`); defaults to VALUE. */
  value?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S["type"] extends "boolean"
  ? boolean
  : S["multiple"] extends true
    ? string[]
    : string;
/** The parsed options of a command, typed from its specs: no casts in the commands. */
export type Values<O extends OptionSpecs> = { [K in keyof O]?: ValueOf<O[K]> };

/** A positional argument (as citty declares one): taken in the order declared, required unless `required: false`. */
export interface PositionalSpec {
  type: "positional";
  /** Its name in the usage line: `NAME|ID`. */
  value: string;
  /** False: it may be left out (`[NAME]`); only the last ones may. */
  required?: boolean;
}
export type PositionalSpecs = Record<string, PositionalSpec>;
/** The parsed positional arguments, by name, typed from their specs: an optional one may be undefined. */
export type Positionals<A extends PositionalSpecs> = {
  [K in keyof A]: A[K]["required"] extends false ? string | undefined : string;
};

export function parseArgv<O extends OptionSpecs>(
  argv: readonly string[],
  specs: O,
  help: string,
): { values: Values<O>; positionals: string[] } {
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = long ? arg.indexOf("=") : -1;
    const key = long ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    // Own keys only: `--constructor` or `--__proto__` must not find Object.prototype's.
    const name = long ? key : Object.keys(specs).find((n) => specs[n]?.short === key);
    const spec = name !== undefined && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (name === undefined || spec === undefined || (!long && key.length !== 1)) {
      const near = long ? closest(key, Object.keys(specs)) : undefined;
      throw new UsageError(`unknown option ${arg.split("=")[0]}${near ? `; did you mean --${near}?` : ""}`, help);
    }
    const flag = long ? `--${name}` : `-${key}`;
    let value: string | boolean;
    if (spec.type === "boolean") {
      if (eq !== -1) throw new UsageError(`option ${flag} takes no value`, help);
      value = true;
    } else if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`option ${flag} needs a value`, help);
      if (next.startsWith("-") && next !== "-") {
        throw new UsageError(`option ${flag} needs a value (for one starting with '-', write ${flag}=VALUE)`, help);
      }
      value = next;
      i++;
    }
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value as string];
    else values[name] = value;
  }
  return { values: values as Values<O>, positionals };
}

/** The positionals by the names their specs give them, in the order declared (their count is checked before). */
export function namedPositionals<A extends PositionalSpecs>(specs: A, positionals: readonly string[]): Positionals<A> {
  const named: Record<string, string | undefined> = {};
  let i = 0;
  for (const key of Object.keys(specs)) named[key] = positionals[i++];
  return named as Positionals<A>;
}
