#!/usr/bin/env bun
// Installs the session skill and the workflow skills into another repository, so they run there with nothing but Bun.
// Usage: bun run scripts/install.ts TARGET_DIR [--dry-run] [--force] [--uninstall]
import { createHash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { withoutBom } from "../.claude/skills/session/lib/core/text.ts";
import {
  git,
  isGitRepository,
  MERGE_DRIVER_NAME,
  mergeDriverCommand,
  registeredMergeDriver,
} from "../.claude/skills/session/lib/git/git.ts";
import { GITATTRIBUTES, GITIGNORE } from "../.claude/skills/session/lib/store/store.ts";
import {
  missingSessionEntries,
  RETIRED_ALLOW,
  renderSettings,
  type SessionEntries,
  settingsShapeProblem,
  withoutSessionEntries,
  withSessionSettings,
} from "./claude-settings.ts";

const ROOT = join(import.meta.dir, "..");
const SKILLS = join(ROOT, ".claude/skills");
const MANIFEST = ".claude/skills/session/.installed.json";
const SETTINGS = ".claude/settings.json";
const STATE = "ia/state/sessions";
const STATE_FILES: Record<string, string> = {
  [`${STATE}/.gitignore`]: GITIGNORE,
  [`${STATE}/.gitattributes`]: GITATTRIBUTES,
};
// The one definition of the driver command, for scripts at their standard place (git runs it from the top of the work
// tree).
const DRIVER = mergeDriverCommand("/", "/.claude/skills/session/scripts");
const OLD_DRIVER = "bun run .claude/skills/session/scripts/merge-driver.ts %O %A %B %P";

export const USAGE = "Usage: bun run scripts/install.ts TARGET_DIR [--dry-run] [--force] [--uninstall]";
export const HELP = `install — put the session skill and the workflow skills into another repository.
${USAGE}

Writes, inside TARGET_DIR only:
  .claude/skills/session/ and .claude/skills/workflow-*/   the skills (the committed bundles, not the sources)
  .claude/skills/session/.installed.json                   the manifest: each file installed, with its sha256
  .claude/settings.json          the session scripts' permission rules (delete, reset and cleanup in "ask":
                                 Claude Code asks first) and the SessionStart hook, merged into the file that
                                 is there (created when there is none)
  ia/state/sessions/.gitignore and .gitattributes          when missing (the state itself is never touched)
and registers the merge driver in the repository's git config (merge.session.name, merge.session.driver).

Re-running upgrades in place. A file is replaced or removed only when it is still exactly what this
script installed: one you changed is kept ("keep ... (changed by you)"), and one in the way that this
script did not write (yours, or changed since it installed it) is a conflict: the install refuses,
exit 2, nothing written. --force replaces it and keeps yours beside it as FILE.orig.
A symbolic link anywhere on a path it writes is refused (exit 2). A failure half-way undoes
everything it did (exit 1): the target is as it was.

  --dry-run     print what a real run would do (the same lines, each with "would"), change nothing
  --force       replace conflicting files, keeping each as FILE.orig
  --uninstall   take out what the install added and is still as it left it: files you changed stay,
                .claude/settings.json goes back to what you had (only the entries the install added
                come out), the merge driver is unregistered; the state is never touched`;

/**
 * Each installed file (relative to the target) with the sha256 of the bytes written; null: recorded by an older
 * installer, without one.
 */
type FileHashes = Record<string, string | null>;

interface SettingsRecord {
  /** The settings file's text before the first install; null when there was none. */
  original: string | null;
  /** Restoring `original` byte for byte is right while the file is still what the install last wrote. */
  exact: boolean;
  /** The entries the install added (the user's own, even when equal to one of ours, are never listed). */
  added: SessionEntries;
  /** The sha256 of the text the install last wrote (or found, when it had nothing to add). */
  written: string;
}

interface Manifest {
  version: string;
  files: FileHashes;
  /** Folders the install created, parents first: uninstall removes the ones left empty. */
  dirs: string[];
  /** Where --force kept a file it replaced (path → backup): uninstall puts it back. */
  backups: Record<string, string>;
  /** Absent in a manifest of an older installer, which did not record what it added. */
  settings?: SettingsRecord;
  /** Whether the install registered the merge driver (so uninstall takes it out). */
  mergeDriver: boolean;
}

/** A change to the target, relative paths; `applyPlan` does them in order and undoes them all if one fails. */
export type Op =
  | { op: "mkdir"; path: string }
  | { op: "rmdir"; path: string }
  | { op: "write"; path: string; bytes: Uint8Array; mode: number }
  | { op: "move"; path: string; to: string }
  | { op: "remove"; path: string }
  | { op: "git"; set: Record<string, string | undefined> };

export interface Plan {
  /** What will be done (or, for a refusal, what is in the way), one line each. */
  lines: string[];
  ops: Op[];
  /** Set when the run must not go ahead: the plan is then only reported. */
  refusal?: InstallRefused;
}

/** The install must not go ahead (a link, a conflict, settings it cannot read): exit 2, nothing written. */
export class InstallRefused extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The install failed half-way and was undone: exit 1. */
export class InstallFailed extends Error {
  readonly exitCode = 1;
}

// ---- what the install ships ----

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
  for (const skill of readdirSync(SKILLS))
    if (skill === "session" || skill.startsWith("workflow")) walk(join(SKILLS, skill));
  return files.sort();
}

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

// ---- looking at the target, never through a link ----

type Kind = "absent" | "file" | "dir" | "other";

/** Looks at TARGET/REL without following a link: any link on the way (REL included) is refused. */
class TargetView {
  private kinds = new Map<string, Kind>();
  constructor(readonly target: string) {}

  kind(rel: string): Kind {
    const known = this.kinds.get(rel);
    if (known) return known;
    const parent = dirname(rel);
    let kind: Kind;
    const parentKind = parent === "." ? "dir" : this.kind(parent);
    if (parentKind === "absent") kind = "absent";
    else if (parentKind !== "dir")
      throw new InstallRefused(
        `${parent} is not a folder, and the install puts files in it`,
        "move it aside, then install again",
      );
    else {
      try {
        const stat = lstatSync(join(this.target, rel));
        if (stat.isSymbolicLink())
          throw new InstallRefused(
            `${rel} is a symbolic link: the installer never writes through a link, so nothing was changed`,
            `make ${rel} a real ${rel === SETTINGS ? "file" : "folder or file"} inside the repository, then run again`,
          );
        kind = stat.isDirectory() ? "dir" : stat.isFile() ? "file" : "other";
      } catch (error) {
        if (error instanceof InstallRefused) throw error;
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        kind = "absent";
      }
    }
    this.kinds.set(rel, kind);
    return kind;
  }

  /** The regular file at REL (undefined when there is none); anything else there is refused. */
  read(rel: string): Buffer | undefined {
    const kind = this.kind(rel);
    if (kind === "absent") return undefined;
    if (kind !== "file")
      throw new InstallRefused(
        `${rel} is ${kind === "dir" ? "a folder" : "not a regular file"}, where the install keeps a file`,
        "move it aside, then run again",
      );
    return readFileSync(join(this.target, rel));
  }

  /** The folders REL needs that do not exist yet, parents first. */
  missingDirs(rel: string): string[] {
    const dirs: string[] = [];
    for (let dir = dirname(rel); dir !== "."; dir = dirname(dir)) if (this.kind(dir) === "absent") dirs.unshift(dir);
    return dirs;
  }

  /** FILE.orig, else FILE.orig-2, ...: the first name free for keeping the user's FILE. */
  backupName(rel: string, taken: Set<string>): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${rel}.orig` : `${rel}.orig-${n}`;
      if (!taken.has(name) && this.kind(name) === "absent") return name;
    }
  }
}

function gitOrThrow(target: string, args: string[]): void {
  const proc = Bun.spawnSync(["git", ...args], { cwd: target, stdout: "ignore", stderr: "pipe" });
  if (proc.exitCode !== 0)
    throw new Error(`git ${args.join(" ")} failed: ${proc.stderr.toString().trim() || `exit ${proc.exitCode}`}`);
}

function readManifest(view: TargetView): Manifest | undefined {
  const bytes = view.read(MANIFEST);
  if (bytes === undefined) return undefined;
  try {
    const raw = JSON.parse(bytes.toString("utf8")) as Partial<Manifest> & { files: string[] | FileHashes };
    if (typeof raw !== "object" || raw === null || typeof raw.files !== "object" || raw.files === null)
      throw new Error("no files");
    // The first installer listed its files without hashes.
    const files: FileHashes = Array.isArray(raw.files)
      ? Object.fromEntries(raw.files.map((file) => [file, null]))
      : raw.files;
    const legacyDirs = Array.isArray(raw.files)
      ? [...new Set(Object.keys(files).flatMap((file) => ancestorsUnder(file, 3)))].sort()
      : [];
    const manifest: Manifest = {
      version: String(raw.version ?? ""),
      files,
      dirs: raw.dirs ?? legacyDirs,
      backups: raw.backups ?? {},
      settings: raw.settings,
      mergeDriver: Boolean(raw.mergeDriver),
    };
    // A manifest comes from git like any file: a path in it that leaves what the install writes is never acted on.
    const paths = [...Object.keys(manifest.files), ...Object.entries(manifest.backups).flat()];
    if (
      !paths.every(
        (path) => typeof path === "string" && isInstallPath(path, /^(\.claude\/skills\/[^/]+|ia\/state\/sessions)\//),
      )
    )
      throw new Error("a file outside the skills");
    if (
      !(
        Array.isArray(manifest.dirs) &&
        manifest.dirs.every((dir) => typeof dir === "string" && isInstallPath(dir, /^(\.claude|ia)(\/|$)/))
      )
    )
      throw new Error("a folder outside");
    const added = manifest.settings?.added;
    if (
      manifest.settings &&
      !(
        added &&
        Array.isArray(added.allow) &&
        added.allow.every((rule) => typeof rule === "string") &&
        (added.ask === undefined ||
          (Array.isArray(added.ask) && added.ask.every((rule: unknown) => typeof rule === "string"))) &&
        (manifest.settings.original === null || typeof manifest.settings.original === "string")
      )
    )
      throw new Error("bad settings record");
    return manifest;
  } catch {
    throw new InstallRefused(
      `${MANIFEST} is not a manifest this installer can read`,
      "restore it from git, or move it aside (then nothing is known to be installed)",
    );
  }
}

/** A plain relative path (no `..`, `.`, empty or absolute part) starting as UNDER says. */
function isInstallPath(path: string, under: RegExp): boolean {
  return under.test(path) && path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/** REL's folders at depth DEPTH and below (`.claude/skills/x` is depth 3), parents first. */
function ancestorsUnder(rel: string, depth: number): string[] {
  const parts = rel.split("/").slice(0, -1);
  const dirs: string[] = [];
  for (let n = depth; n <= parts.length; n++) dirs.push(parts.slice(0, n).join("/"));
  return dirs;
}

function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function readPackageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

// ---- install ----

/** What installing (or upgrading) into TARGET does, decided before anything is written. */
export function planInstall(target: string, options: { force?: boolean } = {}): Plan {
  const view = new TargetView(target);
  const lines: string[] = [];
  const conflicts: string[] = [];
  const writes: Op[] = [];
  const dirs = new Set<string>();
  const need = (rel: string) => {
    for (const dir of view.missingDirs(rel)) dirs.add(dir);
  };
  const old = readManifest(view);
  const files: FileHashes = {};
  const backups: Record<string, string> = {};
  const taken = new Set<string>();
  const shipped = skillFiles();

  const install = (rel: string, bytes: Uint8Array, mode: number, policy: "skill" | "state") => {
    const hash = sha256(bytes);
    const current = view.read(rel);
    const recorded = old?.files[rel];
    if (current === undefined) {
      lines.push(`add ${rel}`);
      need(rel);
      writes.push({ op: "write", path: rel, bytes, mode });
      files[rel] = hash;
      return;
    }
    const now = sha256(current);
    const ours = recorded !== undefined && recorded !== null && now === recorded;
    if (now === hash) {
      if (recorded !== undefined) files[rel] = hash;
      else if (policy === "skill")
        lines.push(`keep ${rel} (yours, the same as the one shipped; not installed by this script)`);
      return;
    }
    if (ours) {
      lines.push(`update ${rel}`);
      writes.push({ op: "write", path: rel, bytes, mode });
      files[rel] = hash;
      return;
    }
    if (recorded !== undefined && recorded !== null && recorded === hash) {
      // Nothing new shipped for it: the user's edit stays, and it stays recorded, so a revert makes it ours again.
      lines.push(`keep ${rel} (changed by you)`);
      files[rel] = recorded;
      return;
    }
    const why =
      recorded === undefined
        ? "yours, not installed by this script"
        : recorded === null
          ? "changed by you, or installed by an older version"
          : "changed by you since it was installed";
    if (policy === "state") {
      lines.push(`keep ${rel} (${why})`);
      if (recorded !== undefined) files[rel] = recorded;
      return;
    }
    if (!options.force) {
      lines.push(`conflict ${rel} (${why})`);
      conflicts.push(rel);
      return;
    }
    const backup = view.backupName(rel, taken);
    taken.add(backup);
    lines.push(`replace ${rel} (${why}; yours kept as ${backup})`);
    writes.push({ op: "move", path: rel, to: backup }, { op: "write", path: rel, bytes, mode });
    files[rel] = hash;
    backups[rel] = backup;
  };

  for (const rel of shipped) install(rel, readFileSync(join(ROOT, rel)), modeOf(join(ROOT, rel)), "skill");
  for (const [rel, recorded] of Object.entries(old?.files ?? {})) {
    if (rel in STATE_FILES || shipped.includes(rel)) continue;
    const current = view.read(rel);
    if (current === undefined) continue;
    if (recorded !== null && sha256(current) === recorded) {
      lines.push(`remove ${rel} (no longer shipped)`);
      writes.push({ op: "remove", path: rel });
    } else lines.push(`keep ${rel} (changed by you; no longer shipped, so no longer the installer's)`);
  }
  for (const [rel, text] of Object.entries(STATE_FILES)) install(rel, new TextEncoder().encode(text), 0o644, "state");
  for (const [rel, backup] of Object.entries(old?.backups ?? {}))
    if (!(rel in backups) && view.kind(backup) === "file") backups[rel] = backup;

  const settings = planSettingsInstall(view, old?.settings);
  if (settings.write !== undefined) {
    lines.push(settings.line);
    need(SETTINGS);
    writes.push({ op: "write", path: SETTINGS, bytes: new TextEncoder().encode(settings.write), mode: settings.mode });
  }

  const repo = isGitRepository(target);
  const registered = repo ? registeredMergeDriver(target) : undefined;
  const gitOps: Op[] = [];
  // One this installer registered in its older form (which left a file unmarked when it could not run) is replaced.
  if (repo && (registered === undefined || registered === OLD_DRIVER)) {
    lines.push(
      `${registered === undefined ? "register" : "re-register (from its older form)"} the merge driver in the ` +
        `repository's git config (merge.session.name, merge.session.driver)`,
    );
    gitOps.push({ op: "git", set: { "merge.session.name": MERGE_DRIVER_NAME, "merge.session.driver": DRIVER } });
  }

  need(MANIFEST);
  const manifest: Manifest = {
    version: readPackageVersion(),
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))),
    dirs: [...new Set([...(old?.dirs ?? []).filter((dir) => view.kind(dir) === "dir"), ...dirs])],
    backups,
    settings: settings.record,
    mergeDriver: Boolean(old?.mergeDriver || gitOps.length > 0),
  };
  const text = renderManifest(manifest);
  const manifestOps: Op[] = [];
  if (view.read(MANIFEST)?.toString("utf8") !== text) {
    lines.push(`${old ? "update" : "write"} the manifest ${MANIFEST} (each file installed, with its sha256)`);
    manifestOps.push({ op: "write", path: MANIFEST, bytes: new TextEncoder().encode(text), mode: 0o644 });
  }
  const ops: Op[] = [...[...dirs].map((path): Op => ({ op: "mkdir", path })), ...writes, ...gitOps, ...manifestOps];
  if (conflicts.length > 0 && !options.force) {
    const refusal = new InstallRefused(
      `${conflicts.length} file(s) in the way hold content this script did not install (listed above); nothing ` +
        `was changed`,
      "move them aside (or keep your changes elsewhere), or run again with --force to replace them, each kept " +
        "as FILE.orig",
    );
    return { lines: lines.filter((line) => line.startsWith("conflict ")), ops: [], refusal };
  }
  return { lines, ops };
}

function planSettingsInstall(
  view: TargetView,
  record: SettingsRecord | undefined,
): { write?: string; line: string; mode: number; record: SettingsRecord } {
  const bytes = view.read(SETTINGS);
  const text = bytes?.toString("utf8");
  const current = text === undefined ? {} : parseSettings(text);
  const missing = missingSessionEntries(current);
  // The user's changes since the last install make the recorded original no longer the whole truth.
  const base: SettingsRecord | undefined =
    record && text !== undefined ? { ...record, exact: record.exact && sha256(text) === record.written } : undefined;
  const mode = bytes === undefined ? 0o644 : statSync(join(view.target, SETTINGS)).mode & 0o777;
  // An earlier install allowed what now asks (delete, reset, cleanup, the whole dispatcher): those of its rules go.
  const retired = RETIRED_ALLOW.filter((rule) => base?.added.allow.includes(rule) && ruleIn(current, rule));
  if (missing.allow.length === 0 && missing.ask.length === 0 && !missing.hook && retired.length === 0) {
    return {
      line: "",
      mode,
      record: base ?? {
        original: text ?? null,
        exact: true,
        added: { allow: [], ask: [], hook: false },
        written: sha256(text ?? ""),
      },
    };
  }
  const write = renderSettings(withSessionSettings(current, retired));
  const added: SessionEntries = {
    allow: [...new Set([...(base?.added.allow ?? []), ...missing.allow])].filter((rule) => !retired.includes(rule)),
    ask: [...new Set([...(base?.added.ask ?? []), ...missing.ask])],
    hook: Boolean(base?.added.hook || missing.hook),
  };
  const what =
    `${missing.allow.length} permission rule(s) for the session scripts, ` +
    `${missing.ask.length} ask rule(s) for the destructive ones` +
    `${retired.length > 0 ? ` (${retired.length} rule(s) that allowed them taken out)` : ""}` +
    `${missing.hook ? ", the SessionStart hook" : ""}`;
  return {
    write,
    mode,
    line: text === undefined ? `add ${SETTINGS} (${what})` : `merge into ${SETTINGS}: ${what}; the rest kept`,
    record: {
      original: base ? base.original : (text ?? null),
      exact: base ? base.exact : true,
      added,
      written: sha256(write),
    },
  };
}

function ruleIn(settings: Record<string, unknown>, rule: string): boolean {
  const allow = (settings.permissions as { allow?: unknown } | undefined)?.allow;
  return Array.isArray(allow) && allow.includes(rule);
}

function parseSettings(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch (error) {
    throw new InstallRefused(
      `${SETTINGS} is not valid JSON (${(error as Error).message}); nothing was changed`,
      `fix ${SETTINGS}, then run again`,
    );
  }
  const problem = settingsShapeProblem(value);
  if (problem)
    throw new InstallRefused(
      `${SETTINGS} cannot be merged into: ${problem}; nothing was changed`,
      `fix ${SETTINGS}, then run again`,
    );
  return value as Record<string, unknown>;
}

// ---- uninstall ----

/** What uninstalling from TARGET does: only what the install added and is still as it left it; never the state. */
export function planUninstall(target: string): Plan {
  const view = new TargetView(target);
  const manifest = readManifest(view);
  if (!manifest) throw new InstallRefused(`${target} has no ${MANIFEST}: nothing was installed there by this script`);
  const lines: string[] = [];
  const ops: Op[] = [];
  const shippedHash = (rel: string): string | undefined => {
    try {
      return sha256(readFileSync(join(ROOT, rel)));
    } catch {
      return undefined;
    }
  };
  const removed = new Set<string>();
  const isOurs = (rel: string, bytes: Buffer) => {
    const recorded = manifest.files[rel];
    return sha256(bytes) === (recorded ?? shippedHash(rel));
  };

  for (const rel of Object.keys(manifest.files)) {
    if (rel in STATE_FILES) continue;
    const kind = view.kind(rel);
    if (kind === "absent") continue;
    if (kind !== "file") {
      lines.push(`keep ${rel} (no longer a file: not the installer's)`);
      continue;
    }
    const bytes = view.read(rel) as Buffer;
    if (isOurs(rel, bytes)) {
      lines.push(`remove ${rel}`);
      ops.push({ op: "remove", path: rel });
      removed.add(rel);
    } else lines.push(`keep ${rel} (changed by you)`);
  }
  for (const [rel, backup] of Object.entries(manifest.backups)) {
    if (view.kind(backup) !== "file") continue;
    if (removed.has(rel) || view.kind(rel) === "absent") {
      lines.push(`restore ${rel} (yours, from ${backup})`);
      ops.push({ op: "move", path: backup, to: rel });
    } else lines.push(`keep ${backup} (yours from before the install; ${rel} is changed, so it stays too)`);
  }

  // The state folder's two files go only when they are all it holds and are as installed.
  const stateEntries = view.kind(STATE) === "dir" ? readdirSync(join(target, STATE)) : [];
  const ourStateFiles = Object.keys(STATE_FILES).filter(
    (rel) => manifest.files[rel] !== undefined && view.kind(rel) === "file" && isOurs(rel, view.read(rel) as Buffer),
  );
  if (stateEntries.length > 0 && stateEntries.every((entry) => ourStateFiles.includes(`${STATE}/${entry}`))) {
    for (const rel of ourStateFiles) {
      lines.push(`remove ${rel}`);
      ops.push({ op: "remove", path: rel });
    }
  } else if (stateEntries.length > 0) lines.push(`keep ${STATE} (the state is never touched)`);

  const settings = planSettingsUninstall(view, manifest.settings);
  if (settings.line) lines.push(settings.line);
  if (settings.op) ops.push(settings.op);

  if (manifest.mergeDriver && [DRIVER, OLD_DRIVER].includes(registeredMergeDriver(target) ?? "")) {
    lines.push("unregister the merge driver from the repository's git config");
    ops.push({ op: "git", set: { "merge.session.name": undefined, "merge.session.driver": undefined } });
  }
  lines.push(`remove the manifest ${MANIFEST}`);
  ops.push({ op: "remove", path: MANIFEST });
  // Folders the install created go when nothing else is left in them (checked as they are reached).
  const deepestFirst = [...manifest.dirs].sort((a, b) => b.split("/").length - a.split("/").length);
  for (const dir of deepestFirst) if (view.kind(dir) === "dir") ops.push({ op: "rmdir", path: dir });
  return { lines, ops };
}

function planSettingsUninstall(view: TargetView, record: SettingsRecord | undefined): { line?: string; op?: Op } {
  const bytes = view.read(SETTINGS);
  if (bytes === undefined) return {};
  const text = bytes.toString("utf8");
  if (!record)
    return {
      line:
        `keep ${SETTINGS} (installed by an older version, which did not record what it added: take the session ` +
        `rules and hook out by hand)`,
    };
  if (record.exact && sha256(text) === record.written) {
    if (record.original === null)
      return {
        line: `remove ${SETTINGS} (the install created it, and it holds nothing else)`,
        op: { op: "remove", path: SETTINGS },
      };
    if (record.original === text) return {};
    return {
      line: `restore ${SETTINGS} to exactly what it was before the install`,
      op: writeOp(view, SETTINGS, record.original),
    };
  }
  let current: Record<string, unknown>;
  let original: Record<string, unknown> | undefined;
  try {
    current = parseSettings(text);
    original = record.original === null ? undefined : parseSettings(record.original);
  } catch {
    return {
      line:
        `keep ${SETTINGS} (changed since the install and no longer readable: take the session rules and hook out ` +
        `by hand)`,
    };
  }
  const cleaned = withoutSessionEntries(current, record.added, original);
  if (Bun.deepEquals(cleaned, current)) return {};
  if (original === undefined && Object.keys(cleaned).length === 0)
    return {
      line: `remove ${SETTINGS} (the install created it, and it holds nothing else)`,
      op: { op: "remove", path: SETTINGS },
    };
  const restored =
    original !== undefined && Bun.deepEquals(cleaned, original) ? (record.original as string) : renderSettings(cleaned);
  return {
    line:
      `take what the install added out of ${SETTINGS} (${record.added.allow.length + (record.added.ask?.length ?? 0)} ` +
      `rule(s)${record.added.hook ? ", the SessionStart hook" : ""}); your entries kept`,
    op: writeOp(view, SETTINGS, restored),
  };
}

function writeOp(view: TargetView, rel: string, text: string): Op {
  return {
    op: "write",
    path: rel,
    bytes: new TextEncoder().encode(text),
    mode: statSync(join(view.target, rel)).mode & 0o777,
  };
}

// ---- doing a plan, all or nothing ----

/**
 * Does OPS in TARGET in order. If one fails (or the failpoint `after-files:N`, from
 * `$SESSION_INSTALL_FAILPOINT`, fires after the N-th file written, moved or removed;
 * `after-all` after the last change), every change already made is undone, last first.
 */
export function applyPlan(target: string, ops: Op[], failpoint?: string): void {
  const undo: (() => void)[] = [];
  const failAfter = failpoint?.startsWith("after-files:") ? Number(failpoint.slice("after-files:".length)) : undefined;
  let files = 0;
  try {
    for (const [index, op] of ops.entries()) {
      const inverse = applyOp(target, op);
      if (inverse) undo.push(inverse);
      const fileOp = op.op === "write" || op.op === "move" || op.op === "remove";
      if (fileOp) files++;
      if (failpoint === "after-all" ? index === ops.length - 1 : fileOp && files === failAfter)
        throw new Error(`failpoint ${failpoint}`);
    }
  } catch (error) {
    const failures: string[] = [];
    for (const inverse of undo.reverse()) {
      try {
        inverse();
      } catch (undoError) {
        failures.push((undoError as Error).message);
      }
    }
    const cause = (error as Error).message;
    if (failures.length > 0)
      throw new InstallFailed(`${cause}; undoing it failed too, so ${target} is NOT as it was: ${failures.join("; ")}`);
    throw new InstallFailed(`${cause}; every change was undone, ${target} is as it was`);
  }
}

/** Does one change; returns what undoes it (undefined when nothing was changed). */
function applyOp(target: string, op: Op): (() => void) | undefined {
  const abs = (rel: string) => join(target, rel);
  switch (op.op) {
    case "mkdir":
      mkdirSync(abs(op.path));
      return () => rmdirSync(abs(op.path));
    case "rmdir":
      if (existingDirEntries(abs(op.path)) !== 0) return undefined;
      rmdirSync(abs(op.path));
      return () => mkdirSync(abs(op.path));
    case "write": {
      const before = existingFile(abs(op.path));
      writeFileBytes(abs(op.path), op.bytes, op.mode, before !== undefined);
      return before
        ? () => writeFileBytes(abs(op.path), before.bytes, before.mode, true)
        : () => unlinkSync(abs(op.path));
    }
    case "move":
      moveFile(abs(op.path), abs(op.to));
      return () => moveFile(abs(op.to), abs(op.path));
    case "remove": {
      const before = existingFile(abs(op.path));
      if (!before) return undefined;
      unlinkSync(abs(op.path));
      return () => writeFileBytes(abs(op.path), before.bytes, before.mode, false);
    }
    case "git": {
      const had = Object.fromEntries(
        Object.keys(op.set).map((key) => [key, git(target, ["config", "--get", key])?.trim()]),
      );
      const section = (set: Record<string, string | undefined>) => {
        // Taking the whole section out leaves the config byte for byte as before; only when it holds nothing of the
        // user's.
        const keys = (git(target, ["config", "--name-only", "--get-regexp", "^merge\\.session\\."]) ?? "")
          .split("\n")
          .filter(Boolean);
        if (
          keys.length > 0 &&
          Object.values(set).every((value) => value === undefined) &&
          keys.every((key) => key in set)
        )
          return gitOrThrow(target, ["config", "--remove-section", "merge.session"]);
        for (const [key, value] of Object.entries(set)) {
          if (value !== undefined) gitOrThrow(target, ["config", key, value]);
          else if (git(target, ["config", "--get", key]) !== undefined) gitOrThrow(target, ["config", "--unset", key]);
        }
      };
      section(op.set);
      return () => section(had);
    }
  }
}

/** How many entries the folder at PATH holds; undefined when there is no folder there. */
function existingDirEntries(path: string): number | undefined {
  try {
    return lstatSync(path).isDirectory() ? readdirSync(path).length : undefined;
  } catch {
    return undefined;
  }
}

function existingFile(path: string): { bytes: Buffer; mode: number } | undefined {
  try {
    const stat = lstatSync(path);
    if (!stat.isFile()) throw new Error(`${path} is no longer a regular file`);
    return { bytes: readFileSync(path), mode: stat.mode & 0o777 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

let temps = 0;

/**
 * Writes every byte to a temporary file beside PATH, then renames it over PATH (REPLACE) or links it to a PATH that
 * must not exist.
 */
function writeFileBytes(path: string, bytes: Uint8Array, mode: number, replace: boolean): void {
  const temp = join(dirname(path), `.install-${process.pid}-${temps++}.tmp`);
  const fd = openSync(temp, "wx", mode);
  try {
    try {
      for (let done = 0; done < bytes.length; ) {
        const written = writeSync(fd, bytes, done, bytes.length - done);
        if (written <= 0) throw new Error(`short write to ${path}`);
        done += written;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode);
    // rename replaces a link planted meanwhile rather than writing through it; link refuses to replace anything.
    if (replace) renameSync(temp, path);
    else linkSync(temp, path);
  } finally {
    try {
      unlinkSync(temp);
    } catch {}
  }
}

/** Moves FROM to TO, which must not exist (link(2) refuses to replace). */
function moveFile(from: string, to: string): void {
  linkSync(from, to);
  unlinkSync(from);
}

// ---- the command ----

/** Runs the installer as the command line asked; returns the exit code (the one place that turns errors into one). */
export function main(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  let values: { "dry-run"?: boolean; force?: boolean; uninstall?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        "dry-run": { type: "boolean" },
        force: { type: "boolean" },
        uninstall: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    err(`error: ${(error as Error).message}`);
    err(`hint: ${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(HELP);
    return 0;
  }
  const [target] = positionals;
  const problem = !target
    ? "missing TARGET_DIR"
    : positionals.length > 1
      ? "one TARGET_DIR only"
      : !isFolder(target)
        ? `${target} is not a folder`
        : values.force && values.uninstall
          ? "--force is for installing; --uninstall never removes a file you changed"
          : undefined;
  if (problem || !target) {
    err(`error: ${problem}`);
    err(`hint: ${USAGE}`);
    return 2;
  }
  if (realpathSync(target) === realpathSync(ROOT)) {
    err("error: TARGET_DIR is this repository, where the skills come from");
    return 2;
  }
  const dry = Boolean(values["dry-run"]);
  try {
    const plan = values.uninstall ? planUninstall(target) : planInstall(target, { force: values.force });
    for (const line of plan.lines) out(dry && !plan.refusal ? `would ${line}` : line);
    if (plan.refusal) throw plan.refusal;
    if (plan.ops.length === 0) {
      out("already up to date");
      return 0;
    }
    if (dry) return 0;
    applyPlan(target, plan.ops, env.SESSION_INSTALL_FAILPOINT);
    if (!values.uninstall) {
      out("");
      out("Next:");
      out('  commit what was installed:  git add .claude ia && git commit -m "Add the workflow session skills"');
      out("  restart Claude Code in this repository, so it loads the SessionStart hook and the permissions");
    }
    return 0;
  } catch (error) {
    if (error instanceof InstallRefused) {
      err(`error: ${error.message}`);
      if (error.hint) err(`hint: ${error.hint}`);
      return error.exitCode;
    }
    err(`error: ${values.uninstall ? "uninstall" : "install"} failed: ${(error as Error).message}`);
    return 1;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

if (import.meta.main) {
  process.exitCode = main(
    Bun.argv.slice(2),
    process.env,
    (line) => console.log(line),
    (line) => console.error(line),
  );
}
