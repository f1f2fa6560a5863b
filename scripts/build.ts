#!/usr/bin/env bun
// Bundles each command into .claude/skills/session/dist/<name>.js with JSC bytecode, for fast starts.
// Usage: bun run build   (run by `bun install`, `bun test`, the bench and the demo; dist/ is git-ignored)
import { rmSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../.claude/skills/session/lib/commands/index.ts";

const SKILL = join(import.meta.dir, "../.claude/skills/session");
export const DIST = join(SKILL, "dist");

export async function build(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  const result = await Bun.build({
    entrypoints: Object.keys(COMMANDS).map((name) => join(SKILL, "lib/commands", `${name}.ts`)),
    outdir: DIST,
    target: "bun",
    // Bytecode needs CommonJS output; it skips parsing and compiling at every start.
    // JSC checks it against its own version and the source, so a stale one is ignored, never run.
    format: "cjs",
    bytecode: true,
    minify: true,
  });
  if (!result.success) throw new AggregateError(result.logs, "build failed");
}

if (import.meta.main) {
  const started = performance.now();
  await build();
  console.log(`built ${Object.keys(COMMANDS).length} commands into ${DIST} in ${Math.round(performance.now() - started)} ms`);
}
