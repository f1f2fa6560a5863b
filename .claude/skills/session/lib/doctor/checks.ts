/** The checks `doctor` runs, one function per concern; each problem found may carry its fix. */

import { CorruptStateError, SessionError, UNTRUSTED_REASONS } from "../core/errors.ts";
import { verifiedCheckpoint } from "../core/history.ts";
import { caseKey, nameFromStem } from "../core/names.ts";
import { applySet } from "../core/progress.ts";
import { foldArchives, foldSaveAndSets, type Reconciled } from "../core/reconcile.ts";
import type { ArchivedSession, Session } from "../core/schema.ts";
import { compareTimelines, type FoldState, handEdits } from "../core/timeline.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { conflictingSessions, parseSession, serializeSession } from "../format/state-file.ts";
import { failpoint } from "../fs/failpoints.ts";
import { exists, nodeFs } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { listFiles, readText } from "../fs/safe-read.ts";
import { relativePath } from "../fs/state-paths.ts";
import {
  git,
  isGitRepository,
  isOutdatedMergeDriver,
  mergeDriverCommand,
  mergeDriverProblem,
  registeredMergeDriver,
  registerLines,
  registerMergeDriver,
} from "../git/git.ts";
import { indexProblem, reindex, removeIndexLink } from "../index/read.ts";
import { discardIndex } from "../index/write.ts";
import { segmentReader } from "../store/history-segments.ts";
import { hostname, isAlive, isStale, ownerAlive, parseOwner, processState } from "../store/lock.ts";
import { archiveFiles } from "../store/read.ts";
import {
  breakStaleLock,
  dropArchive,
  finishSave,
  foldArchiveTwins,
  foldIntoArchive,
  moveUnreadableAside,
  moveUntrustedArchiveAside,
  recordEdit,
  removeLeftover,
  removeMarker,
} from "../store/repair.ts";
import { type Store, writeGitattributes } from "../store/store.ts";
import type { Found } from "./problems.ts";

/** A lock held longer than this by a live process is worth a look. */
const LONG_HELD_MS = 60_000;
// Our own temporary files and broken-lock files: `.<file>.<pid>.<nonce>.tmp`, `.<key>.lock.<pid>.broken`.
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-z]+\.tmp$/;
const BROKEN_LOCK = /^\..+\.lock\.(\d+)\.broken$/;

/** Every `*.json` in the state folder: readable, named right, equal to the fold of its timeline. */
export function checkStateFiles(
  store: Store,
  now: string,
  add: (problem: Found) => void,
): Map<string, { path: string; session: Session }> {
  const sessions = new Map<string, { path: string; session: Session }>();
  const byCase = new Map<string, string[]>();
  const files = listFiles(store.paths.sessions, "*.json");
  failpoint("after-list"); // a save or reset may remove a listed file before it is read
  for (const file of files) {
    const path = join(store.paths.sessions, file);
    const name = nameFromStem(file.slice(0, -5));
    try {
      const text = readText(path);
      if (text === undefined) continue; // removed since the folder was listed (a save, a reset): gone, not corrupt
      const session = parseSession(text, path);
      if (caseKey(session.workflow) !== caseKey(name))
        throw new CorruptStateError(path, "wrong-name", `carries the name ${JSON.stringify(session.workflow)}`);
      sessions.set(session.workflow, { path, session });
    } catch (error) {
      const aside = { repair: "move it aside to .corrupt/", fix: () => moveUnreadableAside(store, path, name, now) };
      if (!(error instanceof CorruptStateError))
        add({ kind: "unreadable", path: relativePath(store.paths, path), message: (error as Error).message });
      else if (error.reason === "conflict-markers") add(conflictProblem(store, path, error.detail));
      else if (error.reason === "not-a-file")
        add({
          kind: "not-a-file",
          path: relativePath(store.paths, path),
          message: `${error.detail}: move it away by hand`,
        });
      else if (error.reason === "symlink")
        add({
          kind: "symlink",
          path: relativePath(store.paths, path),
          message: error.detail,
          ...aside,
          repair: "move the link (not its target) aside to .corrupt/",
        });
      else add({ kind: "corrupt-state", path: relativePath(store.paths, path), message: error.detail, ...aside });
    }
    byCase.set(caseKey(name), [...(byCase.get(caseKey(name)) ?? []), relativePath(store.paths, path)]);
  }
  for (const files of byCase.values()) {
    if (files.length > 1)
      add({
        kind: "case-twins",
        path: files[0] as string,
        message: `${files.join(" and ")} differ only in letter case; case-insensitive checkouts merge them`,
      });
  }
  for (const { path, session } of sessions.values()) {
    let checkpoint: FoldState = {};
    if (session.history) {
      try {
        checkpoint = verifiedCheckpoint(session, segmentReader(store.paths.sessions));
      } catch {
        add({
          kind: "broken-history",
          path: relativePath(store.paths, path),
          message: brokenHistory(store, session) ?? "",
        });
        continue;
      }
    }
    const edits = handEdits(session, checkpoint);
    if (!edits) continue;
    const fields = [...Object.keys(edits.state), ...edits.removed].join(", ") || "rev, updated_at";
    add({
      kind: "hand-edit",
      path: relativePath(store.paths, path),
      message: `the state differs from what its timeline says (${fields}): edited by hand`,
      repair: "record the difference as an edit event, keeping the state as it is",
      fix: () => recordEdit(store, session.workflow, now),
    });
  }
  return sessions;
}

/** Every archive readable; a session both active and archived told apart by its timelines. Returns the count. */
export function checkArchives(
  store: Store,
  sessions: Map<string, { path: string; session: Session }>,
  now: string,
  add: (problem: Found) => void,
): number {
  const byId = new Map<string, { path: string; state: ArchivedSession }[]>();
  const files = archiveFiles(store);
  const regular = new Set(files);
  for (const file of listFiles(store.paths.archives, "*.md").filter((f) => !regular.has(f))) {
    add({
      kind: "not-a-file",
      path: relativePath(store.paths, join(store.paths.archives, file)),
      message: "is a symlink, a folder or a FIFO named like an archive: move it away by hand",
    });
  }
  let gone = 0;
  for (const file of files) {
    const path = join(store.paths.archives, file);
    try {
      const text = readText(path);
      if (text === undefined) {
        gone++; // removed since the folder was listed (cleanup, a resume): gone, not corrupt
        continue;
      }
      const state = parseArchive(text, path);
      byId.set(state.id, [...(byId.get(state.id) ?? []), { path, state }]);
      const broken = brokenHistory(store, state);
      if (broken) add({ kind: "broken-history", path: relativePath(store.paths, path), message: broken });
    } catch (error) {
      if (!(error instanceof CorruptStateError)) {
        add({ kind: "unreadable", path: relativePath(store.paths, path), message: (error as Error).message });
        continue;
      }
      if (UNTRUSTED_REASONS.includes(error.reason)) {
        // Not a damaged report a person may mend, but a file no writer of ours made: set aside, never read.
        add({
          kind: "untrusted-archive",
          path: relativePath(store.paths, path),
          message: error.detail,
          repair: "move it aside to .corrupt/, unread",
          fix: () => moveUntrustedArchiveAside(store, path, now),
        });
        continue;
      }
      const kind = error.reason === "conflict-markers" ? "conflict-markers" : "broken-archive";
      add({
        kind,
        path: relativePath(store.paths, path),
        message:
          `${error.detail}: ` +
          `${kind === "conflict-markers" ? "resolve the merge by hand" : "fix its frontmatter by hand"}`,
      });
    }
  }
  for (const { path, session } of sessions.values()) {
    for (const archived of byId.get(session.id) ?? []) {
      const where = `${session.workflow} is both active and archived (${relativePath(store.paths, archived.path)})`;
      const relation = compareTimelines(archived.state.events ?? [], session.events ?? []);
      if (relation === "save") {
        add({
          kind: "interrupted-save",
          path: relativePath(store.paths, path),
          message:
            `${where}, and the archive holds all of the active timeline: a save was cut off, or a merge brought ` +
            `back an older copy`,
          repair: "finish the save: remove the active state, which the archive holds",
          fix: () => finishSave(store, session.workflow, session.id, archived.path),
        });
      } else if (relation === "resume") {
        add({
          kind: "interrupted-resume",
          path: relativePath(store.paths, archived.path),
          message: `${where}, and the active timeline continues the archived one: a resume was cut off`,
          repair: "finish the resume: remove the archive, whose timeline the active state holds",
          fix: () => dropArchive(store, session.workflow, session.id, archived.path),
        });
      } else {
        add(divergedProblem(store, session, path, archived, `${where}, and their timelines have diverged`));
      }
    }
  }
  checkArchiveTwins(store, byId, now, add);
  return files.length - gone;
}

/**
 * A session saved on one branch and advanced on another: folded into its
 * archive when nothing is lost (reconcile.ts says why the archive wins), else
 * left for a person with the ways to keep one.
 */
function divergedProblem(
  store: Store,
  session: Session,
  path: string,
  archived: { path: string; state: ArchivedSession },
  where: string,
): Found {
  const folded = foldSaveAndSets(archived.state, session, segmentReader(store.paths.sessions));
  if (!folded.ok) {
    return {
      kind: "diverged",
      path: relativePath(store.paths, path),
      message:
        `${where}, and cannot be folded into one (${folded.reason}): keep one with \`session reset ` +
        `${session.workflow}\` or by removing the archive`,
    };
  }
  return {
    kind: "diverged",
    path: relativePath(store.paths, path),
    message:
      `${where} (saved on one branch, advanced on another); nothing is lost by folding them into the archive, ` +
      `the save last`,
    repair: "fold both timelines into the archive (every event of each, the save last) and remove the active state",
    fix: () => foldIntoArchive(store, session.workflow, session.id, archived.path),
  };
}

/**
 * One id, several archives (saved on two branches on different days): `show
 * NAME` and `show ID` can show different ones. Folded into the latest when
 * their union loses nothing, else left for a person.
 */
function checkArchiveTwins(
  store: Store,
  byId: Map<string, { path: string; state: ArchivedSession }[]>,
  now: string,
  add: (problem: Found) => void,
): void {
  for (const [id, archives] of byId) {
    if (archives.length < 2) continue;
    const [first, ...rest] = archives as [
      { path: string; state: ArchivedSession },
      ...{ path: string; state: ArchivedSession }[],
    ];
    const name = first.state.workflow;
    const where =
      `${name} (id ${id}) has ${archives.length} archives (${archives.map((a) => relativePath(store.paths, a.path)).join(", ")}), ` +
      `saved on two branches: \`session show ${name}\` and \`session show ${id}\` may show different ones`;
    const folded = rest.reduce<Reconciled>(
      (sum, next) => (sum.ok ? foldArchives(sum.state, next.state, segmentReader(store.paths.sessions)) : sum),
      {
        ok: true,
        state: first.state,
      },
    );
    if (!folded.ok) {
      add({
        kind: "two-archives",
        path: relativePath(store.paths, first.path),
        message:
          `${where}; they cannot be folded into one (${folded.reason}): keep the one you want and remove the ` +
          `others (\`git rm PATH\`)`,
      });
      continue;
    }
    add({
      kind: "two-archives",
      path: relativePath(store.paths, first.path),
      message: `${where}; nothing is lost by folding them into one`,
      repair:
        "fold them into the latest archive (every event of each, both saves) and remove the others, each once " +
        "the fold holds all of its events",
      fix: () =>
        foldArchiveTwins(
          store,
          name,
          id,
          archives.map((a) => a.path),
          now,
        ),
    });
  }
}

/**
 * A state file with conflict markers: two different sessions started under one name (the way out: rename one), or one
 * session git did not merge.
 */
function conflictProblem(store: Store, path: string, detail: string): Found {
  let twins: ReturnType<typeof conflictingSessions>;
  try {
    twins = conflictingSessions(readText(path) ?? "", path);
  } catch {}
  if (!twins || twins.ours.id === twins.theirs.id)
    return {
      kind: "conflict-markers",
      path: relativePath(store.paths, path),
      message: `${detail}: resolve the merge by hand (keep one side's JSON)`,
    };
  const { ours, theirs } = twins;
  return {
    kind: "two-sessions",
    path: relativePath(store.paths, path),
    message:
      `two different sessions were started under the name ${ours.workflow} on two branches (ids ${ours.id} and ` +
      `${theirs.id}) and a merge left both in its file: keep both with \`session rename ${ours.workflow} ` +
      `NEW_NAME --id ${theirs.id}\` (that one moves to NEW_NAME, the other stays ${ours.workflow}), then commit ` +
      `both files`,
  };
}

/**
 * What killed writers leave: temporary files, broken-lock files, locks of dead owners; and locks held suspiciously
 * long.
 */
export function checkLeftovers(store: Store, add: (problem: Found) => void): void {
  for (const dir of [store.paths.sessions, store.paths.archives]) {
    for (const file of listFiles(dir, ".*")) {
      const pid = Number(TEMP_FILE.exec(file)?.[1] ?? BROKEN_LOCK.exec(file)?.[1] ?? 0);
      if (!pid || isAlive(pid)) continue; // not ours, or a writer is busy with it
      const path = join(dir, file);
      add({
        kind: "temp-file",
        path: relativePath(store.paths, path),
        message: "a temporary file left by a writer that was cut off (the file it was replacing is intact)",
        repair: "remove it",
        fix: () => removeLeftover(store, path, pid),
      });
    }
  }
  for (const file of listFiles(store.paths.sessions, ".*.lock")) {
    const path = join(store.paths.sessions, file);
    let holder: string | undefined;
    try {
      holder = readText(path);
    } catch (error) {
      add({
        kind: "not-a-file",
        path: relativePath(store.paths, path),
        message:
          `${error instanceof CorruptStateError ? error.detail : error}: every write to that session fails until ` +
          `it is moved away by hand`,
      });
      continue;
    }
    if (holder === undefined) continue; // released since the folder was listed
    const owner = parseOwner(holder);
    if (isStale(path, holder, store.lock.staleMs)) {
      add({
        kind: "stale-lock",
        path: relativePath(store.paths, path),
        message: `a lock left by a process that is gone (pid ${owner?.pid ?? "?"})`,
        repair: "remove it",
        fix: () => breakStaleLock(store, path),
      });
    } else if (owner?.host === hostname() && ownerAlive(owner)) {
      const heldMs = Date.now() - (nodeFs().statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      const state = processState(owner.pid);
      if (state === "T" || state === "t")
        add({
          kind: "held-lock",
          path: relativePath(store.paths, path),
          message:
            `held by pid ${owner.pid}, which is stopped (SIGSTOP?): writers to that session wait until it runs ` +
            `again (kill -CONT ${owner.pid}) or ends`,
        });
      else if (heldMs > LONG_HELD_MS)
        add({
          kind: "held-lock",
          path: relativePath(store.paths, path),
          message:
            `held for ${Math.round(heldMs / 1000)} s by pid ${owner.pid}, which is still running; it is never ` +
            `broken while its owner lives`,
        });
    }
  }
}

/** Active-session markers: `.active-<file stem>`, at most one, pointing at an active session. */
export function checkMarkers(store: Store, sessions: Map<string, unknown>, add: (problem: Found) => void): void {
  const markers = listFiles(store.paths.sessions, ".active-*");
  const marked = (file: string) => nameFromStem(file.slice(".active-".length));
  // A mark whose state file is there but unreadable (conflict markers: two sessions under one name) marks a live
  // session: never stray.
  const stateFileOf = (file: string) => join(store.paths.sessions, `${file.slice(".active-".length)}.json`);
  for (const file of markers.filter((f) => !sessions.has(marked(f)) && !exists(stateFileOf(f)))) {
    const path = join(store.paths.sessions, file);
    const stillStray = () => listFiles(store.paths.sessions, `${file.slice(".active-".length)}.json`).length === 0;
    add({
      kind: "orphaned-marker",
      path: relativePath(store.paths, path),
      message: `marks ${marked(file)} active, but there is no such active session`,
      repair: "remove it",
      fix: () => removeMarker(store, path, stillStray),
    });
  }
  const live = markers.filter((file) => sessions.has(marked(file)));
  if (live.length <= 1) return;
  const keep = newestFile(store.paths.sessions, live);
  for (const file of live.filter((f) => f !== keep)) {
    const path = join(store.paths.sessions, file);
    add({
      kind: "multiple-markers",
      path: relativePath(store.paths, path),
      message: `more than one active session is marked; the newest mark (${keep}) stays`,
      repair: "remove this older mark",
      fix: () => removeMarker(store, path, () => true),
    });
  }
}

function newestFile(dir: string, files: string[]): string {
  const { statSync } = nodeFs();
  return files
    .map((file) => ({ file, at: statSync(join(dir, file), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at || (a.file < b.file ? -1 : 1))[0]?.file as string;
}

/**
 * Git's side of sharing the folder: `.gitattributes` routing state files to the merge driver, and the driver
 * registered.
 */
export function checkGitattributes(store: Store, add: (problem: Found) => void): void {
  const attributes = join(store.paths.sessions, ".gitattributes");
  if (!exists(attributes)) {
    add({
      kind: "missing-gitattributes",
      path: relativePath(store.paths, attributes),
      message:
        "the state folder has no .gitattributes: state files would merge line by line, and core.autocrlf could " +
        "rewrite line endings",
      repair: "write it",
      fix: () => (writeGitattributes(store), "written"),
    });
  }
}

/**
 * The merge driver lives in .git/config, which no clone carries: reported when
 * it is missing, registered in the older form that leaves a file unmarked when
 * it cannot run, or when the registered command does not merge a state file.
 */
export function checkMergeDriver(store: Store, add: (problem: Found) => void, scriptsDir?: string): void {
  const root = store.paths.root;
  if (!isGitRepository(root)) return;
  const registered = registeredMergeDriver(root);
  const standard = join(root, ".claude/skills/session/scripts");
  const scripts = exists(join(standard, "merge-driver.ts")) ? standard : (scriptsDir ?? standard);
  const command = mergeDriverCommand(root, scripts);
  const register = {
    repair: "register it in .git/config",
    fix: () => {
      if (!registerMergeDriver(root, command)) throw new SessionError("git config failed: run the lines above by hand");
      return "registered";
    },
  };
  const how = `to register it: ${registerLines(command).join(" && ")}`;
  if (registered === undefined) {
    add({
      kind: "merge-driver",
      path: ".git/config",
      message: `the session merge driver is not registered, so two branches advancing one session conflict; ${how}`,
      ...register,
    });
    return;
  }
  if (isOutdatedMergeDriver(registered)) {
    add({
      kind: "merge-driver",
      path: ".git/config",
      message:
        `the session merge driver is registered in an older form, which leaves a state file unmarked (only our ` +
        `side) when it cannot run; ${how}`,
      ...register,
    });
    return;
  }
  // A session that merges with itself: the driver must exit 0 and write it back.
  const sample = serializeSession(
    applySet(
      undefined,
      { workflow: "probe", step: "probe" },
      { now: "2025-01-01T00:00:00Z", newId: () => "probe00000" },
    ),
  );
  const problem = mergeDriverProblem(root, registered, sample);
  if (problem === undefined) return;
  const message =
    `the registered session merge driver does not merge a state file (${problem}), so every merge of one will ` +
    `stop with conflict markers`;
  // Registering again helps only when it names other scripts that are there (the registered ones moved); else bun or
  // the skill is what is missing.
  if (registered !== command && exists(join(scripts, "merge-driver.ts")))
    add({
      kind: "merge-driver",
      path: ".git/config",
      message: `${message}; ${how}`,
      ...register,
      repair: "register the driver of these scripts in .git/config",
    });
  else
    add({
      kind: "merge-driver",
      path: ".git/config",
      message: `${message}: put bun on the PATH, or reinstall the skill`,
    });
}

/**
 * State files git left unmerged (a merge, rebase, cherry-pick or stash pop that stopped): each may hold one side only,
 * or both between markers.
 */
export function checkUnmerged(store: Store, add: (problem: Found) => void): void {
  const out = git(store.paths.root, ["ls-files", "-u", "-z", "--", relativePath(store.paths, store.paths.sessions)]);
  const paths = new Set(
    (out ?? "")
      .split("\0")
      .filter(Boolean)
      .map((line) => line.slice(line.indexOf("\t") + 1)),
  );
  for (const path of paths) {
    add({
      kind: "unmerged",
      path,
      message:
        `git left it unmerged (a merge, rebase, cherry-pick or stash pop stopped on it), so it may hold one side ` +
        `only: with a working merge driver, merge it again (\`git checkout -m -- ${path}\`), or resolve it by ` +
        `hand; then \`git add ${path}\``,
    });
  }
}

/**
 * The search index, when there is one: reported when a link stands where it
 * belongs (--fix removes the link, never its target), when it is corrupt,
 * unreadable or wrongly typed, or when it disagrees with the files (--fix rebuilds it).
 */
export function checkIndex(store: Store, add: (problem: Found) => void): void {
  const problem = indexProblem(store.paths);
  if (problem === undefined) return;
  const { kind, path, message } = problem;
  const rebuilt = () => `rebuilt (${reindex(store.paths) ?? 0} sessions)`;
  if (kind === "index-refused") {
    const fix = problem.link
      ? { repair: "remove the link (what it points to is untouched)", fix: () => removeIndexLink(store.paths, path) }
      : {};
    add({
      kind,
      path: relativePath(store.paths, path),
      message: problem.link ? message : `${message}: move it away by hand`,
      ...fix,
    });
    return;
  }
  // A corrupt index is made anew rather than rebuilt in place: the pages a rebuild does not rewrite could stay broken.
  const fix = kind === "index-corrupt" ? () => (discardIndex(store.paths), rebuilt()) : rebuilt;
  add({ kind, path: relativePath(store.paths, path), message, repair: "rebuild it from the files", fix });
}

/**
 * Why SESSION's compacted history (active or archived) cannot be read, or undefined: every segment there,
 * unaltered, each following on from the one before. Segments are committed beside the state, so a checkout or a
 * merge that left one out, or an edit, shows here.
 */
function brokenHistory(store: Store, session: Session): string | undefined {
  if (!session.history) return undefined;
  try {
    verifiedCheckpoint(session, segmentReader(store.paths.sessions));
    return undefined;
  } catch (error) {
    return (
      `its compacted history cannot be read: ${(error as Error).message}; restore the segment from git ` +
      "(`git checkout -- ia/state/sessions/history`)"
    );
  }
}
