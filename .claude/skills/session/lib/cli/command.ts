/**
 * A command is defined once: its options, positional arguments, usage line and
 * `--help` all come from one `defineCommand` call, which the dispatcher, the
 * build (entry scripts and bundles), the help tests and the docs tables read.
 */
import type { OptionSpecs, PositionalSpecs } from "./args.ts";
import type { Command, CommandDefinition } from "./command-types.ts";
import { execute, main } from "./run.ts";

const HELP: OptionSpecs = { help: { type: "boolean", short: "h", help: "show this help" } };
const PRETTY: OptionSpecs = { pretty: { type: "boolean", help: "indent the JSON" } };

/**
 * Typed from its options and positionals (`const O`, `const A`), so `run` reads `ctx.values.field` as
 * `string | undefined` and `ctx.args.ref` as `string` (or `string | undefined` when optional) with no cast.
 */
export function defineCommand<const O extends OptionSpecs, const A extends PositionalSpecs>(
  definition: CommandDefinition<O, A>,
): Command<O, A> {
  const command: Command<O, A> = {
    ...definition,
    allOptions: { ...definition.options, ...(definition.json || "json" in definition.options ? PRETTY : {}), ...HELP },
    execute: (argv, io) => execute(command as Command, argv, io),
    main: (argv, form) => main(command as Command, argv, form),
  };
  return command;
}
