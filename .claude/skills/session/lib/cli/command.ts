/**
 * A command is defined once: its options, positional arguments, usage line and
 * `--help` all come from one `defineCommand` call, which the dispatcher, the
 * build (entry scripts and bundles), the help tests and the docs tables read.
 */
import type { OptionSpecs } from "./args.ts";
import type { Command, CommandDefinition } from "./command-types.ts";
import { execute, main } from "./run.ts";

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
