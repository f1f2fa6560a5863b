/**
 * The few things the tool asks of git: whether the project is a repository,
 * and the merge driver's registration in its config. One `git` process a call.
 */
import { relative } from "../fs/path.ts";
import { configValue } from "./config.ts";

/** Runs git in ROOT; undefined when git is missing or fails. */
export function git(root: string, args: string[], stdin?: string): string | undefined {
  try {
    const proc = Bun.spawnSync(["git", ...args], {
      cwd: root,
      stdin: stdin === undefined ? "ignore" : new TextEncoder().encode(stdin),
      stdout: "pipe",
      stderr: "ignore",
    });
    return proc.exitCode === 0 ? proc.stdout.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Several blobs at once (`REV:PATH` each) through one `git cat-file --batch`: their texts, undefined where missing. */
export function readBlobs(root: string, specs: string[]): (string | undefined)[] {
  if (specs.length === 0) return [];
  const proc = Bun.spawnSync(["git", "cat-file", "--batch"], {
    cwd: root,
    stdin: new TextEncoder().encode(`${specs.join("\n")}\n`),
    stdout: "pipe",
    stderr: "ignore",
  });
  const out = proc.stdout;
  const texts: (string | undefined)[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  for (let i = 0; i < specs.length && at < out.length; i++) {
    const eol = out.indexOf(10, at);
    const header = decoder.decode(out.subarray(at, eol));
    at = eol + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      texts.push(undefined); // "<spec> missing"
      continue;
    }
    texts.push(decoder.decode(out.subarray(at, at + Number(size))));
    at += Number(size) + 1;
  }
  return texts;
}

/**
 * The other branches, local and remote-tracking (as last fetched: nothing is
 * fetched), and the state files (`*.json` directly in FOLDER) committed on
 * each. Branches at one commit share one listing.
 */
export function stateFilesOnBranches(root: string, folder: string): { branch: string; path: string }[] {
  const current = git(root, ["branch", "--show-current"])?.trim();
  const refs = (
    git(root, ["for-each-ref", "refs/heads", "refs/remotes", "--format=%(objectname) %(symref) %(refname:short)"]) ?? ""
  )
    .split("\n")
    .map((line) => /^(\S+) (\S*) (.+)$/.exec(line))
    // A symbolic ref (`origin/HEAD`) names a branch listed anyway.
    .filter((m): m is RegExpExecArray => m !== null && m[2] === "" && m[3] !== current);
  const listings = new Map<string, string[]>();
  return refs.flatMap(([, commit, , branch]) => {
    let paths = listings.get(commit as string);
    if (paths === undefined) {
      paths = (git(root, ["ls-tree", "--name-only", commit as string, "--", `${folder}/`]) ?? "")
        .split("\n")
        .filter((path) => path.endsWith(".json"));
      listings.set(commit as string, paths);
    }
    return paths.map((path) => ({ branch: branch as string, path }));
  });
}

export function isGitRepository(root: string): boolean {
  return git(root, ["rev-parse", "--git-dir"]) !== undefined;
}

/** The driver's name in .git/config, as `git config merge.session.name` shows it. */
export const MERGE_DRIVER_NAME = "workflow session state (union of timelines)";

/**
 * The driver command git runs for `merge=session` files: a shell command (git
 * runs it through `sh`, from the top of the work tree), whole in .git/config so
 * that it works when nothing else does. It runs the session merge driver when
 * `bun` and the script are there. When they are not, or the driver ends without
 * a verdict (any exit but 0, with no conflict markers written: a crash, a
 * missing bundle), `git merge-file` against an empty base puts every line where
 * the sides differ between conflict markers, and it exits 1: a file git reports
 * unmerged always shows it. That fallback needs nothing but sh and git.
 */
export function mergeDriverCommand(root: string, scriptsDir: string): string {
  const rel = relative(root, scriptsDir);
  const dir = (rel.startsWith("..") || rel === "" ? scriptsDir : rel).replaceAll("\\", "/");
  // git puts each %X in single quotes: never inside double quotes here.
  return [
    `d=${shellQuote(dir)} o=%O a=%A b=%B p=%P`,
    `if command -v bun >/dev/null 2>&1 && test -f "$d/merge-driver.ts"; then bun --no-install run ` +
      `"$d/merge-driver.ts" "$o" "$a" "$b" "$p"; s=$?`,
    `if test $s = 0; then exit 0; fi`,
    `IFS= read -r first <"$a"; case $first in "<<<<<<< "*) exit 1;; esac`,
    `why="it exited $s without a verdict"; else why="bun or $d/merge-driver.ts is missing"; fi`,
    `git merge-file -L ours -L base -L theirs "$a" /dev/null "$b"`,
    `echo "$p: not merged: the session merge driver could not run ($why), so what differs is left between ` +
      `conflict markers; run session doctor" >&2`,
    `exit 1`,
  ].join("; ");
}

/**
 * The form registered before the driver fell back to conflict markers: when it cannot run, git keeps our side unmarked.
 */
export function isOutdatedMergeDriver(command: string): boolean {
  return /^bun run .+\/merge-driver\.ts %O %A %B %P$/.test(command);
}

export function registeredMergeDriver(root: string): string | undefined {
  return git(root, ["config", "--get", "merge.session.driver"])?.trim() || undefined;
}

/**
 * Whether ROOT's repository registers the merge driver: "outdated" in the older
 * form, undefined when ROOT is no git repository. Read from the config file
 * itself when it holds the entry (no git process: the SessionStart hook asks);
 * only when it does not is git asked, since an include or the user's global
 * config may hold it.
 */
export async function mergeDriverRegistration(
  root: string,
): Promise<"registered" | "outdated" | "missing" | undefined> {
  const config = await gitConfigText(root);
  if (config === undefined) return undefined;
  const value = configValue(config, "merge", "session", "driver");
  if (value !== undefined) return isOutdatedMergeDriver(value) ? "outdated" : "registered";
  const proc = Bun.spawnSync(["git", "config", "--get", "merge.session.driver"], {
    cwd: root,
    stdin: "ignore",
    stdout: "pipe",
    stderr: "ignore",
  });
  if (proc.exitCode === 0) return isOutdatedMergeDriver(proc.stdout.toString().trim()) ? "outdated" : "registered";
  return proc.exitCode === 1 ? "missing" : undefined;
}

/**
 * The text of ROOT's repository config (`.git/config`, or a worktree's or submodule's through its `.git` file), or
 * undefined.
 */
async function gitConfigText(root: string): Promise<string | undefined> {
  const dot = `${root}/.git`;
  let gitDir = dot;
  const pointer = await Bun.file(dot)
    .text()
    .catch(() => undefined); // a folder does not read as text
  if (pointer !== undefined) {
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(pointer)?.[1];
    if (target === undefined) return undefined;
    gitDir = target.startsWith("/") || /^[A-Za-z]:/.test(target) ? target : `${root}/${target}`;
    const common = (
      await Bun.file(`${gitDir}/commondir`)
        .text()
        .catch(() => undefined)
    )?.trim();
    if (common) gitDir = common.startsWith("/") || /^[A-Za-z]:/.test(common) ? common : `${gitDir}/${common}`;
  }
  return Bun.file(`${gitDir}/config`)
    .text()
    .catch(() => undefined);
}

/** The `git config` lines that register the driver, as doctor prints them. */
export function registerLines(command: string): string[] {
  return [
    `git config merge.session.name ${shellQuote(MERGE_DRIVER_NAME)}`,
    `git config merge.session.driver ${shellQuote(command)}`,
  ];
}

export function registerMergeDriver(root: string, command: string): boolean {
  return (
    git(root, ["config", "merge.session.name", MERGE_DRIVER_NAME]) !== undefined &&
    git(root, ["config", "merge.session.driver", command]) !== undefined
  );
}

/**
 * Runs COMMAND as git would, from ROOT, on three copies of SAMPLE (a state file
 * that merges with itself) in a temporary folder: undefined when it merged
 * (exit 0, the result written over OURS), else what went wrong.
 */
export function mergeDriverProblem(root: string, command: string, sample: string): string | undefined {
  const { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } = require("node:fs") as typeof import("node:fs");
  const { tmpdir } = require("node:os") as typeof import("node:os");
  const dir = mkdtempSync(`${tmpdir()}/session-driver-`);
  try {
    const sides: Record<string, string> = {
      O: `${dir}/base.json`,
      A: `${dir}/ours.json`,
      B: `${dir}/theirs.json`,
      P: "ia/state/sessions/probe.json",
    };
    for (const key of ["O", "A", "B"]) writeFileSync(sides[key] as string, sample);
    const before = statSync(sides.A as string).ino;
    const expanded = command.replace(/%([OABPL])/g, (_, key: string) =>
      key === "L" ? "7" : shellQuote(sides[key] as string),
    );
    const proc = Bun.spawnSync(["sh", "-c", expanded], {
      cwd: root,
      stdin: "ignore",
      stdout: "ignore",
      stderr: "pipe",
      timeout: 20_000,
    });
    const said = proc.stderr.toString().trim().split("\n").at(-1) ?? "";
    if (proc.exitCode !== 0) return `it exited ${proc.exitCode ?? `on ${proc.signalCode}`}${said ? `: ${said}` : ""}`;
    // The driver replaces OURS atomically; a command that exits 0 and leaves it as it was merged nothing.
    if (statSync(sides.A as string).ino === before && readFileSync(sides.A as string, "utf8") === sample)
      return "it exited 0 without writing a result";
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** TEXT as one shell word: bare when it is plain, else in single quotes. */
function shellQuote(text: string): string {
  return /^[\w./@+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
