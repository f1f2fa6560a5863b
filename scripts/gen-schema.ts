#!/usr/bin/env bun
// Writes the JSON Schema of the state format from the zod schema.
// Usage: bun run schema   (a test fails while the committed file differs)
import { join } from "node:path";
import { sessionJsonSchema } from "../.claude/skills/session/lib/schema.ts";

export const SCHEMA_PATH = join(import.meta.dir, "../.claude/skills/session/schema/session.schema.json");
export const renderSchema = () => `${JSON.stringify(sessionJsonSchema(), null, 2)}\n`;

if (import.meta.main) {
  await Bun.write(SCHEMA_PATH, renderSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
