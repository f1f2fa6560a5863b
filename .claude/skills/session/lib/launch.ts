/**
 * Runs a command from its prebuilt bundle (`dist/<name>.js` with JSC bytecode,
 * which starts several times faster than the sources) when there is one, else
 * from the sources. `bun run build` makes the bundles; `bun install`, `bun test`,
 * the bench and the demo run it. SESSION_FROM_SOURCE=1 forces the sources.
 */
import type { RunnableCommand } from "./cli.ts";

export async function launch(name: string, argv: string[] = Bun.argv.slice(2)): Promise<void> {
  let command: RunnableCommand | undefined;
  if (!process.env.SESSION_FROM_SOURCE) {
    try {
      command = require(`${import.meta.dir}/../dist/${name}.js`).default;
    } catch (error) {
      if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
    }
  }
  command ??= (await import(`./commands/${name}.ts`)).default as RunnableCommand;
  await command.main(argv);
}
