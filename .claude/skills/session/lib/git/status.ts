/**
 * What git says of the state files, for the human views (`status`, `list`,
 * `pending`): changes not committed, since which commit (the last one that
 * recorded the file), or a merge left unresolved. A `git stash`, `checkout .`
 * or a fresh clone rewinds what is not committed without a word; these views
 * say so. One `git status` a call, and one `git log` when a tracked file has
 * changes; outside a repository, or without git, nothing is said. The machine
 * commands (get, set) never ask: they must stay fast.
 */

/** The last commit that recorded a file: its short hash and subject. */
export interface Commit {
  commit: string;
  subject: string;
}

/** What a view says of one file: `committed` is null when it never was, absent when git could not tell. */
export type GitMark = { git: "unmerged" } | { git: "uncommitted"; committed?: Commit | null };

// No optional locks: a view never takes .git/index.lock from a git command the user runs meanwhile.
const STATUS = [
  "--no-optional-locks",
  "status",
  "--porcelain=v2",
  "-z",
  "--untracked-files=all",
  "--no-renames",
  "--ignore-submodules=all",
  "--",
];
// A merge lists the files it changed against every parent (`cc`), as `git log -1 -- FILE` finds it.
const LOG = ["--no-optional-locks", "log", "--format=%x01%h%x00%s", "--name-only", "-z", "--diff-merges=cc", "--"];

/**
 * The git marks of the files under PATHS (relative to ROOT, all inside FOLDER,
 * the state folder relative to ROOT), keyed by their path relative to ROOT.
 * Files git has nothing to say about are absent; so is everything when ROOT is
 * in no repository or git is missing.
 */
export async function gitMarks(root: string, folder: string, paths: string[]): Promise<Map<string, GitMark>> {
  const marks = new Map<string, GitMark>();
  const status = gitOutput(root, [...STATUS, ...paths]);
  if (status === undefined) return marks;
  const tracked: string[] = [];
  for (const { path, mark, headBlob } of parseStatus(status, folder)) {
    marks.set(path, mark);
    if (mark.git === "uncommitted" && headBlob !== undefined) tracked.push(path);
  }
  if (tracked.length > 0) {
    const commits = await lastCommits(root, folder, tracked);
    for (const path of tracked)
      marks.set(path, { git: "uncommitted", ...(commits.has(path) && { committed: commits.get(path) }) });
  }
  return marks;
}

/**
 * `git status --porcelain=v2 -z` read: an unmerged entry (`u`), a changed one
 * (`1`: in HEAD when its HEAD blob is not all zeros) or an untracked one (`?`).
 * Files gone from the work tree (a save removed the state) are left out.
 * Git names paths from the top of the work tree; FOLDER finds them from ROOT.
 */
export function parseStatus(text: string, folder: string): { path: string; mark: GitMark; headBlob?: string }[] {
  const out: { path: string; mark: GitMark; headBlob?: string }[] = [];
  for (const record of text.split("\0")) {
    const kind = record[0];
    if (kind === "u") out.push({ path: fromTop(afterFields(record, 10), folder), mark: { git: "unmerged" } });
    else if (kind === "?")
      out.push({ path: fromTop(record.slice(2), folder), mark: { git: "uncommitted", committed: null } });
    else if (kind === "1") {
      const [, xy = "", , , , , headBlob = ""] = record.split(" ");
      if (xy.includes("D")) continue;
      const path = fromTop(afterFields(record, 8), folder);
      out.push(
        /^0+$/.test(headBlob)
          ? { path, mark: { git: "uncommitted", committed: null } }
          : { path, mark: { git: "uncommitted" }, headBlob },
      );
    }
  }
  return out;
}

/**
 * How long the history walk may take. A file last committed far back makes git
 * walk every commit since (about 90 ms per 20,000 commits measured); past this,
 * the view says "not committed" without "since" rather than hold up the
 * SessionStart hook. (`git commit-graph write --reachable --changed-paths`
 * makes such walks several times faster.)
 */
const LOG_BUDGET_MS = 150;

/**
 * The last commit that recorded each of PATHS, from one `git log` over all of
 * them, read as it comes and stopped once every path is found (a long history
 * is not walked to its end), or once its time is up.
 */
async function lastCommits(root: string, folder: string, paths: string[]): Promise<Map<string, Commit>> {
  const found = new Map<string, Commit>();
  const wanted = new Set(paths);
  let proc: Bun.Subprocess<"ignore", "pipe", "ignore">;
  try {
    proc = Bun.spawn(["git", ...LOG, ...paths], { cwd: root, stdin: "ignore", stdout: "pipe", stderr: "ignore" });
  } catch {
    return found; // git is missing
  }
  // Records: `\x01HASH`, `SUBJECT`, then the commit's paths (the first after a newline), each ended by NUL.
  const decoder = new TextDecoder();
  let buffer = "";
  let current: Commit | undefined;
  let subjectNext = false;
  const deadline = setTimeout(() => proc.kill(), LOG_BUDGET_MS);
  try {
    for await (const chunk of proc.stdout) {
      buffer += decoder.decode(chunk, { stream: true });
      let nul = buffer.indexOf("\0");
      while (nul !== -1 && wanted.size > 0) {
        const token = buffer.slice(0, nul).replace(/^\n/, "");
        buffer = buffer.slice(nul + 1);
        nul = buffer.indexOf("\0");
        if (subjectNext && current) {
          current.subject = token;
          subjectNext = false;
        } else if (token.startsWith("\x01")) {
          current = { commit: token.slice(1), subject: "" };
          subjectNext = true;
        } else if (current && token !== "") {
          const path = fromTop(token, folder);
          if (wanted.delete(path)) found.set(path, current);
        }
      }
      if (wanted.size === 0) break;
    }
  } catch {
    // A pipe that broke: what was read stands.
  } finally {
    clearTimeout(deadline);
    proc.kill();
  }
  return found;
}

/**
 * A path as git names it (from the top of the work tree) made relative to the project root, whose state folder is
 * FOLDER.
 */
function fromTop(path: string, folder: string): string {
  const at = path.lastIndexOf(`${folder}/`);
  return at <= 0 ? path : path.slice(at);
}

/** What follows the first N space-separated fields of a record: the path, which may hold spaces. */
function afterFields(record: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) at = record.indexOf(" ", at) + 1;
  return record.slice(at);
}

/** Runs git in ROOT; undefined when git is missing, ROOT is in no repository, or it fails. */
function gitOutput(root: string, args: string[]): string | undefined {
  try {
    const proc = Bun.spawnSync(["git", ...args], { cwd: root, stdin: "ignore", stdout: "pipe", stderr: "ignore" });
    return proc.exitCode === 0 ? proc.stdout.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a view says of a mark, with what it means; the commit subject is
 * recorded text, shown through QUOTE; DOCTOR is the command as the user types it.
 */
export function describeMark(mark: GitMark, quote: (text: string) => string, doctor: string): string {
  if (mark.git === "unmerged") return `unmerged: a git merge left this file unresolved (run ${doctor})`;
  if (mark.committed === null) return "never committed to git (a fresh clone would not have it)";
  const since = mark.committed === undefined ? "" : ` since ${mark.committed.commit} ${quote(mark.committed.subject)}`;
  return `changes not committed to git${since} (a stash, a checkout or a fresh clone would lose them)`;
}
