#!/usr/bin/env bun
// Checks the skills an agent follows: frontmatter, and that every script and option they name exists.
// Usage: bun run check:skills [SKILLS_DIR]   (exit 1, listing each problem, when one is found)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { renderHelp } from "../.claude/skills/session/lib/cli/help.ts";
import { loadFromSource } from "../.claude/skills/session/lib/cli/in-process.ts";
import { COMMANDS } from "../.claude/skills/session/lib/cli/registry.ts";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SCRIPT = /\.claude\/skills\/session\/scripts\/([a-z-]+)\.ts((?:[ \t]+[^\s`|;&#]+)*)/g;

/** Every problem in the skills under DIR (and in extraDocs, such as the README and docs/, when given). */
export function checkSkills(dir: string, extraDocs: string[] = []): string[] {
  const problems: string[] = [];
  const docs: string[] = [...extraDocs];
  for (const skill of readdirSync(dir)) {
    const path = join(dir, skill, "SKILL.md");
    if (!existsSync(path)) continue;
    docs.push(path);
    let data: Record<string, unknown>;
    try {
      data = matter(readFileSync(path, "utf8"), { excerpt: false }).data;
    } catch (error) {
      problems.push(`${path}: the frontmatter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
      continue;
    }
    if (data.name !== skill)
      problems.push(`${path}: name is ${JSON.stringify(data.name)}, not the folder's name ${JSON.stringify(skill)}`);
    if (typeof data.name === "string" && !KEBAB.test(data.name))
      problems.push(`${path}: name ${JSON.stringify(data.name)} is not kebab-case`);
    const description = data.description;
    if (typeof description !== "string" || description.trim() === "") problems.push(`${path}: no description`);
    else if (description.length > 1024)
      problems.push(`${path}: the description is ${description.length} characters, over 1024`);
    for (const file of readdirSync(join(dir, skill)))
      if (file.endsWith(".md") && file !== "SKILL.md") docs.push(join(dir, skill, file));
  }
  const helps = new Map<string, string>(COMMANDS.map((name) => [name, renderHelp(loadFromSource(name))]));
  for (const doc of docs) {
    for (const [, name, rest = ""] of readFileSync(doc, "utf8").matchAll(SCRIPT)) {
      if (name !== "session" && !helps.has(name as string)) {
        problems.push(`${doc}: names scripts/${name}.ts, which does not exist`);
        continue;
      }
      const help = name === "session" ? [...helps.values()].join("\n") : (helps.get(name as string) as string);
      for (const option of rest.match(/(?<=\s)--[a-z][a-z-]*/g) ?? []) {
        if (!help.includes(option)) problems.push(`${doc}: scripts/${name}.ts has no option ${option}`);
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  const root = join(import.meta.dir, "..");
  const dir = process.argv[2] ?? join(root, ".claude/skills");
  const docs = join(root, "docs");
  const extra = [
    join(root, "README.md"),
    ...readdirSync(docs)
      .filter((file) => file.endsWith(".md"))
      .map((file) => join(docs, file)),
  ];
  const problems = checkSkills(dir, process.argv[2] ? [] : extra);
  for (const problem of problems) console.error(`error: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log(`skills checked: no problems (${dir})`);
}
