/**
 * The few things the tool asks of git: whether the project is a repository,
 * and the merge driver's registration in its config. One `git` process a call.
 */
import { relative } from "./path.ts";

/** Runs git in ROOT; undefined when git is missing or fails. */
export function git(root: string, args: string[], stdin?: string): string | undefined {
  try {
    const proc = Bun.spawnSync(["git", ...args], { cwd: root, stdin: stdin === undefined ? "ignore" : new TextEncoder().encode(stdin), stdout: "pipe", stderr: "ignore" });
    return proc.exitCode === 0 ? proc.stdout.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Several blobs at once (`REV:PATH` each) through one `git cat-file --batch`: their texts, undefined where missing. */
export function readBlobs(root: string, specs: string[]): (string | undefined)[] {
  if (specs.length === 0) return [];
  const proc = Bun.spawnSync(["git", "cat-file", "--batch"], { cwd: root, stdin: new TextEncoder().encode(`${specs.join("\n")}\n`), stdout: "pipe", stderr: "ignore" });
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

/** The other local branches, and the state files (`*.json` directly in FOLDER) committed on each. */
export function stateFilesOnBranches(root: string, folder: string): { branch: string; path: string }[] {
  const current = git(root, ["branch", "--show-current"])?.trim();
  const branches = (git(root, ["for-each-ref", "refs/heads", "--format=%(refname:short)"]) ?? "").split("\n").filter((b) => b && b !== current);
  return branches.flatMap((branch) =>
    (git(root, ["ls-tree", "--name-only", `${branch}`, "--", `${folder}/`]) ?? "")
      .split("\n")
      .filter((path) => path.endsWith(".json"))
      .map((path) => ({ branch, path })),
  );
}

export function isGitRepository(root: string): boolean {
  return git(root, ["rev-parse", "--git-dir"]) !== undefined;
}

/** The driver command git runs (from the top of the work tree) for `merge=session` files. */
export function mergeDriverCommand(root: string, scriptsDir: string): string {
  const rel = relative(root, scriptsDir);
  const dir = rel.startsWith("..") || rel === "" ? scriptsDir : rel;
  return `bun run ${dir}/merge-driver.ts %O %A %B %P`;
}

export function registeredMergeDriver(root: string): string | undefined {
  return git(root, ["config", "--get", "merge.session.driver"])?.trim() || undefined;
}

/** The `git config` lines that register the driver, as doctor prints them. */
export function registerLines(command: string): string[] {
  return [`git config merge.session.name "workflow session state (union of timelines)"`, `git config merge.session.driver "${command}"`];
}

export function registerMergeDriver(root: string, command: string): boolean {
  return git(root, ["config", "merge.session.name", "workflow session state (union of timelines)"]) !== undefined && git(root, ["config", "merge.session.driver", command]) !== undefined;
}
