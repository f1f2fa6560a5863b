#!/usr/bin/env bun
// Installs the session skill and the workflow skills into another repository, so they run there with nothing but Bun.
// Usage: bun run scripts/install.ts TARGET_DIR [--dry-run] [--uninstall]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { GITATTRIBUTES, GITIGNORE } from "../.claude/skills/session/lib/store.ts";
import { renderSettings, withoutSessionSettings, withSessionSettings } from "./claude-settings.ts";

const ROOT = join(import.meta.dir, "..");
const SKILLS = join(ROOT, ".claude/skills");
const MANIFEST = ".claude/skills/session/.installed.json";
const DRIVER_NAME = "workflow session state (union of timelines)";
const DRIVER = "bun run .claude/skills/session/scripts/merge-driver.ts %O %A %B %P";

interface Manifest {
  version: string;
  /** Files installed, relative to the target. */
  files: string[];
  /** Whether the install registered the merge driver (so uninstall takes it out). */
  mergeDriver: boolean;
}

/** The files to install: every skill folder's files, but the session skill's sources and local bytecode. */
export function skillFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      const rel = relative(ROOT, path);
      // The bundles are self-contained: the sources (which need node_modules) and bytecode (one Bun's) stay home.
      if (/^\.claude\/skills\/session\/(lib|dist\/.*\.jsc$|\.installed\.json$)/.test(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.push(rel);
    }
  };
  for (const skill of readdirSync(SKILLS)) if (skill === "session" || skill.startsWith("workflow")) walk(join(SKILLS, skill));
  return files.sort();
}

export interface Plan {
  actions: string[];
  apply: () => void;
}

function git(target: string, args: string[]): string | undefined {
  const proc = Bun.spawnSync(["git", ...args], { cwd: target, stdout: "pipe", stderr: "ignore" });
  return proc.exitCode === 0 ? proc.stdout.toString().trim() : undefined;
}

/** What installing (or upgrading) into TARGET does: each action said, then done by `apply`. */
export function planInstall(target: string): Plan {
  const actions: string[] = [];
  const steps: (() => void)[] = [];
  const old = readManifest(target);
  const files = skillFiles();
  for (const file of files) {
    const from = join(ROOT, file);
    const to = join(target, file);
    const same = existsSync(to) && readFileSync(to).equals(readFileSync(from));
    if (same) continue;
    actions.push(`${existsSync(to) ? "update" : "add"} ${file}`);
    steps.push(() => {
      mkdirSync(dirname(to), { recursive: true });
      cpSync(from, to);
    });
  }
  for (const file of old?.files.filter((f) => !files.includes(f)) ?? []) {
    actions.push(`remove ${file} (no longer shipped)`);
    steps.push(() => rmSync(join(target, file), { force: true }));
  }
  const sessions = join(target, "ia/state/sessions");
  for (const [name, text] of [[".gitignore", GITIGNORE], [".gitattributes", GITATTRIBUTES]] as const) {
    if (existsSync(join(sessions, name))) continue;
    actions.push(`add ia/state/sessions/${name}`);
    steps.push(() => {
      mkdirSync(sessions, { recursive: true });
      writeFileSync(join(sessions, name), text);
    });
  }
  const settingsPath = join(target, ".claude/settings.json");
  const settings = existsSync(settingsPath) ? (JSON.parse(readFileSync(settingsPath, "utf8")) as Record<string, unknown>) : {};
  const merged = renderSettings(withSessionSettings(settings));
  if (!existsSync(settingsPath) || readFileSync(settingsPath, "utf8") !== merged) {
    actions.push(`${existsSync(settingsPath) ? "merge into" : "add"} .claude/settings.json (script permissions, SessionStart hook)`);
    steps.push(() => {
      mkdirSync(dirname(settingsPath), { recursive: true });
      writeFileSync(settingsPath, merged);
    });
  }
  const repo = git(target, ["rev-parse", "--git-dir"]) !== undefined;
  const registered = repo && git(target, ["config", "--get", "merge.session.driver"]) !== undefined;
  if (repo && !registered) {
    actions.push(`register the merge driver in .git/config: git config merge.session.driver "${DRIVER}"`);
    steps.push(() => {
      git(target, ["config", "merge.session.name", DRIVER_NAME]);
      git(target, ["config", "merge.session.driver", DRIVER]);
    });
  }
  const manifest: Manifest = { version: readPackageVersion(), files, mergeDriver: Boolean(old?.mergeDriver || (repo && !registered)) };
  steps.push(() => writeFileSync(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`));
  return { actions, apply: () => steps.forEach((step) => step()) };
}

/** What uninstalling from TARGET does: the files, settings and driver the install added; never the state. */
export function planUninstall(target: string): Plan {
  const manifest = readManifest(target);
  if (!manifest) throw new Error(`${target} has no ${MANIFEST}: nothing installed there by this script`);
  const actions: string[] = [];
  const steps: (() => void)[] = [];
  for (const file of manifest.files) {
    if (!existsSync(join(target, file))) continue;
    actions.push(`remove ${file}`);
    steps.push(() => rmSync(join(target, file), { force: true }));
  }
  const settingsPath = join(target, ".claude/settings.json");
  if (existsSync(settingsPath)) {
    const cleaned = withoutSessionSettings(JSON.parse(readFileSync(settingsPath, "utf8")));
    actions.push("take the script permissions and the SessionStart hook out of .claude/settings.json");
    steps.push(() => (Object.keys(cleaned).length > 0 ? writeFileSync(settingsPath, renderSettings(cleaned)) : rmSync(settingsPath)));
  }
  if (manifest.mergeDriver) {
    actions.push("unregister the merge driver from .git/config");
    steps.push(() => git(target, ["config", "--remove-section", "merge.session"]));
  }
  steps.push(() => {
    rmSync(join(target, MANIFEST), { force: true });
    // Skill folders left empty go; anything else in them (the user's) stays.
    for (const skill of new Set(manifest.files.map((f) => f.split("/").slice(0, 3).join("/")))) removeEmptyDirs(join(target, skill));
  });
  actions.push("keep ia/state/sessions (the state is never touched)");
  return { actions, apply: () => steps.forEach((step) => step()) };
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
  for (const entry of readdirSync(dir)) removeEmptyDirs(join(dir, entry));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

function readManifest(target: string): Manifest | undefined {
  const path = join(target, MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Manifest) : undefined;
}

function readPackageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { "dry-run": { type: "boolean" }, uninstall: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  const usage = "Usage: bun run scripts/install.ts TARGET_DIR [--dry-run] [--uninstall]";
  if (values.help) {
    console.log(`install — put the session skill and the workflow skills into another repository.\n${usage}\n\nRe-running upgrades in place; the target's ia/state is never touched. --dry-run shows what\nwould be done; --uninstall takes out what the install added.`);
    process.exit(0);
  }
  const [target] = positionals;
  if (!target || positionals.length > 1 || !existsSync(target) || !statSync(target).isDirectory()) {
    console.error(`error: ${target ? `${target} is not a folder` : "missing TARGET_DIR"}`);
    console.error(`hint: ${usage}`);
    process.exit(2);
  }
  try {
    const plan = values.uninstall ? planUninstall(target) : planInstall(target);
    for (const action of plan.actions) console.log(`${values["dry-run"] ? "would " : ""}${action}`);
    if (plan.actions.length === 0) console.log("already up to date");
    if (!values["dry-run"]) plan.apply();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}
