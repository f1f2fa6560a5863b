/**
 * `doctor`: consistency checks over the state folder, and their repairs.
 * `diagnose` only looks; `repair` fixes one problem. Nothing a user wrote is
 * deleted: unreadable state files are moved to `.corrupt/`, and what is removed
 * (temporary files, stale locks, the leftover half of an interrupted save or
 * resume) is what the interrupted command would have removed itself.
 */
import { parseArchive } from "./archive.ts";
import { listArchiveFiles } from "./archives.ts";
import { ensureDir, errorCode, listFiles, moveFileNew, nodeFs, numbered, readText, removeFile, writeFileAtomic } from "./files.ts";
import { isAlive, isStale, withLock } from "./lock.ts";
import { caseKey, nameFromStem } from "./names.ts";
import { basename, join, relative } from "./path.ts";
import type { StatePaths } from "./paths.ts";
import type { ArchivedSession, Session } from "./schema.ts";
import { GITIGNORE, parseSessionText } from "./store.ts";

export type ProblemKind =
  | "corrupt-state"
  | "conflict-markers"
  | "symlink"
  | "case-twins"
  | "broken-archive"
  | "temp-file"
  | "stale-lock"
  | "interrupted-save"
  | "interrupted-resume"
  | "orphaned-marker"
  | "multiple-markers"
  | "missing-gitignore";

export interface Problem {
  kind: ProblemKind;
  /** The file concerned, relative to the project root. */
  path: string;
  message: string;
  /** What --fix does about it; undefined when it is left to a person. */
  repair?: string;
}

interface Found extends Problem {
  fix?: () => string;
}

export interface DoctorReport {
  root: string;
  checked: { sessions: number; archives: number };
  problems: (Problem & { fixed: boolean; result?: string })[];
  /** True when no problem is left. */
  ok: boolean;
}

const TEMP_PID = /\.(\d+)\.[0-9a-z]+\.tmp$/;

export async function doctor(paths: StatePaths, options: { fix: boolean; now: string }): Promise<DoctorReport> {
  const { found, checked } = diagnose(paths, options.now);
  const problems = found.map(({ fix, ...problem }) => {
    if (!options.fix || !fix) return { ...problem, fixed: false };
    try {
      return { ...problem, fixed: true, result: fix() };
    } catch (error) {
      return { ...problem, fixed: false, result: `repair failed: ${(error as Error).message}` };
    }
  });
  return { root: paths.root, checked, problems, ok: problems.every((p) => p.fixed) };
}

export function diagnose(paths: StatePaths, now: string): { found: Found[]; checked: DoctorReport["checked"] } {
  const rel = (path: string) => relative(paths.root, path);
  const found: Found[] = [];
  const add = (problem: Found) => found.push(problem);
  if (!isDir(paths.sessions)) return { found, checked: { sessions: 0, archives: 0 } };

  const gitignore = join(paths.sessions, ".gitignore");
  if (readText(gitignore) === undefined) {
    add({
      kind: "missing-gitignore",
      path: rel(gitignore),
      message: "the state folder has no .gitignore, so locks and temporary files could be committed",
      repair: "write it",
      fix: () => (writeFileAtomic(gitignore, GITIGNORE), "written"),
    });
  }

  // Active state files.
  const sessions = new Map<string, { path: string; session: Session }>();
  const byCase = new Map<string, string[]>();
  for (const file of listFiles(paths.sessions, "*.json")) {
    const path = join(paths.sessions, file);
    const name = nameFromStem(file.slice(0, -5));
    byCase.set(caseKey(name), [...(byCase.get(caseKey(name)) ?? []), rel(path)]);
    try {
      const text = readText(path) ?? "";
      const session = parseSessionText(path, text);
      if (caseKey(session.workflow) !== caseKey(name)) throw new Error(`carries the name ${JSON.stringify(session.workflow)}`);
      sessions.set(session.workflow, { path, session });
    } catch (error) {
      const reason = (error as Error).message.replace(`${path}: `, "");
      if (/conflict markers/.test(reason)) {
        add({ kind: "conflict-markers", path: rel(path), message: `${reason}: resolve the merge by hand (keep one side's JSON)` });
      } else if (/symbolic link/.test(reason)) {
        add({ kind: "symlink", path: rel(path), message: reason, repair: "move the link aside to .corrupt/", fix: () => moveAside(paths, path, now) });
      } else {
        add({ kind: "corrupt-state", path: rel(path), message: reason, repair: "move it aside to .corrupt/", fix: () => moveAside(paths, path, now) });
      }
    }
  }
  for (const files of byCase.values()) {
    if (files.length > 1) add({ kind: "case-twins", path: files[0] as string, message: `${files.join(" and ")} differ only in letter case; case-insensitive checkouts merge them` });
  }

  // Archives, and sessions that are both active and archived.
  const archivesById = new Map<string, { path: string; state: ArchivedSession }[]>();
  const archiveFiles = listArchiveFiles(paths);
  for (const file of archiveFiles) {
    const path = join(paths.archives, file);
    try {
      const state = parseArchive(readText(path) ?? "", path);
      archivesById.set(state.id, [...(archivesById.get(state.id) ?? []), { path, state }]);
    } catch (error) {
      const reason = (error as Error).message.replace(`${path}: `, "");
      add({ kind: "broken-archive", path: rel(path), message: `${reason}: fix its frontmatter by hand` });
    }
  }
  for (const { path, session } of sessions.values()) {
    const archived = archivesById.get(session.id) ?? [];
    if (archived.length === 0) continue;
    const newest = Math.max(...archived.map((a) => a.state.rev));
    if (newest >= session.rev) {
      add({
        kind: "interrupted-save",
        path: rel(path),
        message: `${session.workflow} is both active and archived (${archived.map((a) => rel(a.path)).join(", ")}) at rev ${session.rev}: a save was cut off`,
        repair: "finish the save: remove the active state, which the archive holds",
        fix: () => withLock(paths.sessions, caseKey(session.workflow), () => (removeFile(path), "active state removed")),
      });
    } else {
      add({
        kind: "interrupted-resume",
        path: rel(archived[0]?.path as string),
        message: `${session.workflow} is active at rev ${session.rev} and still archived at rev ${newest}: a resume was cut off`,
        repair: "finish the resume: remove the older archive",
        fix: () => (archived.forEach((a) => removeFile(a.path)), "archive removed"),
      });
    }
  }

  // Leftovers of killed writers.
  for (const dir of [paths.sessions, paths.archives]) {
    for (const file of [...listFiles(dir, ".*.tmp"), ...listFiles(dir, ".*.broken")]) {
      const path = join(dir, file);
      const pid = Number(TEMP_PID.exec(file)?.[1] ?? 0);
      if (file.endsWith(".tmp") && pid && isAlive(pid)) continue; // a writer is busy with it
      add({ kind: "temp-file", path: rel(path), message: "a temporary file left by a writer that was cut off (the file it was replacing is intact)", repair: "remove it", fix: () => (removeFile(path), "removed") });
    }
  }
  for (const file of listFiles(paths.sessions, ".*.lock")) {
    const path = join(paths.sessions, file);
    const holder = readText(path) ?? "";
    if (!isStale(path, holder)) continue;
    add({ kind: "stale-lock", path: rel(path), message: `a lock left by a process that is gone (pid ${holder.split(" ")[0] || "?"})`, repair: "remove it", fix: () => (removeFile(path), "removed") });
  }

  // Active-session markers: `.active-<file stem>`, at most one, pointing at an active session.
  const markers = listFiles(paths.sessions, ".active-*");
  for (const file of markers) {
    const name = nameFromStem(file.slice(".active-".length));
    if (sessions.has(name)) continue;
    const path = join(paths.sessions, file);
    add({ kind: "orphaned-marker", path: rel(path), message: `marks ${name} active, but there is no such active session`, repair: "remove it", fix: () => (removeFile(path), "removed") });
  }
  const live = markers.filter((file) => sessions.has(nameFromStem(file.slice(".active-".length))));
  if (live.length > 1) {
    const keep = newestFile(paths.sessions, live);
    for (const file of live.filter((f) => f !== keep)) {
      const path = join(paths.sessions, file);
      add({ kind: "multiple-markers", path: rel(path), message: `more than one active session is marked; the newest mark (${keep}) stays`, repair: "remove this older mark", fix: () => (removeFile(path), "removed") });
    }
  }

  return { found, checked: { sessions: sessions.size, archives: archiveFiles.length } };
}

/** Moves an unreadable file into `.corrupt/`, keeping its name and stamping the time. */
function moveAside(paths: StatePaths, path: string, now: string): string {
  const aside = join(paths.sessions, ".corrupt");
  ensureDir(aside);
  const to = moveFileNew(path, numbered(join(aside, `${basename(path)}.${now.replaceAll(":", "")}`)));
  return `moved to ${relative(paths.root, to)}`;
}

function isDir(path: string): boolean {
  try {
    return nodeFs().statSync(path).isDirectory();
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

function newestFile(dir: string, files: string[]): string {
  const { statSync } = nodeFs();
  return files.map((file) => ({ file, at: statSync(join(dir, file)).mtimeMs })).sort((a, b) => b.at - a.at || (a.file < b.file ? -1 : 1))[0]?.file as string;
}
