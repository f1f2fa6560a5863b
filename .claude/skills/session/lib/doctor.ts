/**
 * `doctor`: consistency checks over the state folder, and their repairs.
 * `diagnose` only looks; `repair` fixes one problem. Nothing a user wrote is
 * deleted: unreadable state files are moved to `.corrupt/`, and what is removed
 * (temporary files, stale locks, the leftover half of an interrupted save or
 * resume) is what the interrupted command would have removed itself.
 */
import { parseArchive } from "./archive-parse.ts";
import { CorruptStateError } from "./errors.ts";
import { errorCode, listFiles, nodeFs, readText } from "./files.ts";
import { isAlive, isStale } from "./lock.ts";
import { caseKey, nameFromStem } from "./names.ts";
import { join } from "./path.ts";
import type { ArchivedSession, Session, SessionEvent } from "./schema.ts";
import { parseSession } from "./state-file.ts";
import { archiveFiles, relativePath, type Store, writeGitignore } from "./store.ts";
import { dropArchive, finishSave, moveAside, recordEdit, removeLeftover } from "./store-repair.ts";
import { handEdits, sameJson } from "./timeline.ts";

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
  | "diverged"
  | "hand-edit"
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

export async function doctor(store: Store, options: { fix: boolean; now: string }): Promise<DoctorReport> {
  const { found, checked } = diagnose(store, options.now);
  const problems = found.map(({ fix, ...problem }) => {
    if (!options.fix || !fix) return { ...problem, fixed: false };
    try {
      return { ...problem, fixed: true, result: fix() };
    } catch (error) {
      return { ...problem, fixed: false, result: `repair failed: ${(error as Error).message}` };
    }
  });
  return { root: store.paths.root, checked, problems, ok: problems.every((p) => p.fixed) };
}

export function diagnose(store: Store, now: string): { found: Found[]; checked: DoctorReport["checked"] } {
  const paths = store.paths;
  const rel = (path: string) => relativePath(store, path);
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
      fix: () => (writeGitignore(store), "written"),
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
      const session = parseSession(readText(path) ?? "", path);
      if (caseKey(session.workflow) !== caseKey(name)) {
        throw new CorruptStateError(path, "wrong-name", `carries the name ${JSON.stringify(session.workflow)}`);
      }
      sessions.set(session.workflow, { path, session });
    } catch (error) {
      if (!(error instanceof CorruptStateError)) throw error;
      const aside = { repair: "move it aside to .corrupt/", fix: () => `moved to ${rel(moveAside(store, path, now))}` };
      if (error.reason === "conflict-markers") {
        add({ kind: "conflict-markers", path: rel(path), message: `${error.detail}: resolve the merge by hand (keep one side's JSON)` });
      } else if (error.reason === "symlink") {
        add({ kind: "symlink", path: rel(path), message: error.detail, ...aside, repair: "move the link aside to .corrupt/" });
      } else {
        add({ kind: "corrupt-state", path: rel(path), message: error.detail, ...aside });
      }
    }
  }
  for (const files of byCase.values()) {
    if (files.length > 1) add({ kind: "case-twins", path: files[0] as string, message: `${files.join(" and ")} differ only in letter case; case-insensitive checkouts merge them` });
  }

  // Archives, and sessions that are both active and archived.
  const archivesById = new Map<string, { path: string; state: ArchivedSession }[]>();
  const archived = archiveFiles(store);
  for (const file of archived) {
    const path = join(paths.archives, file);
    try {
      const state = parseArchive(readText(path) ?? "", path);
      archivesById.set(state.id, [...(archivesById.get(state.id) ?? []), { path, state }]);
    } catch (error) {
      if (!(error instanceof CorruptStateError)) throw error;
      add({ kind: "broken-archive", path: rel(path), message: `${error.detail}: fix its frontmatter by hand` });
    }
  }
  for (const { path, session } of sessions.values()) {
    // Decided by content, never by rev (branches count revs apart): equal timelines are a save cut
    // off before it removed the state; an archived timeline that the active one extends, a resume
    // cut off before it removed the archive; anything else has diverged and is left to a person.
    for (const archived of archivesById.get(session.id) ?? []) {
      const where = `${session.workflow} is both active and archived (${rel(archived.path)})`;
      const relation = compareTimelines(archived.state.events ?? [], session.events ?? []);
      if (relation === "save") {
        add({
          kind: "interrupted-save",
          path: rel(path),
          message: `${where}, and the archive ends the active timeline: a save was cut off`,
          repair: "finish the save: remove the active state, which the archive holds",
          fix: () => (finishSave(store, session.workflow, session.id) ? "active state removed" : "nothing to do: it changed since the check"),
        });
      } else if (relation === "resume") {
        add({
          kind: "interrupted-resume",
          path: rel(archived.path),
          message: `${where}, and the active timeline continues the archived one: a resume was cut off`,
          repair: "finish the resume: remove the archive, whose timeline the active state holds",
          fix: () => (dropArchive(store, archived.path, session.workflow) ? "archive removed" : "nothing to do: it was gone"),
        });
      } else {
        add({
          kind: "diverged",
          path: rel(path),
          message: `${where}, and their timelines have diverged: keep one with \`session reset ${session.workflow}\` or by removing the archive`,
        });
      }
    }
    const edits = handEdits(session);
    if (edits) {
      const fields = [...Object.keys(edits.state), ...edits.removed].join(", ") || "rev, updated_at";
      add({
        kind: "hand-edit",
        path: rel(path),
        message: `the state differs from what its timeline says (${fields}): edited by hand`,
        repair: "record the difference as an edit event, keeping the state as it is",
        fix: () => (recordEdit(store, session.workflow, now) ? "edit recorded" : "nothing to do: it changed since the check"),
      });
    }
  }

  // Leftovers of killed writers.
  for (const dir of [paths.sessions, paths.archives]) {
    for (const file of [...listFiles(dir, ".*.tmp"), ...listFiles(dir, ".*.broken")]) {
      const path = join(dir, file);
      const pid = Number(TEMP_PID.exec(file)?.[1] ?? 0);
      if (file.endsWith(".tmp") && pid && isAlive(pid)) continue; // a writer is busy with it
      add({ kind: "temp-file", path: rel(path), message: "a temporary file left by a writer that was cut off (the file it was replacing is intact)", repair: "remove it", fix: () => (removeLeftover(store, path), "removed") });
    }
  }
  for (const file of listFiles(paths.sessions, ".*.lock")) {
    const path = join(paths.sessions, file);
    const holder = readText(path) ?? "";
    if (!isStale(path, holder)) continue;
    add({ kind: "stale-lock", path: rel(path), message: `a lock left by a process that is gone (pid ${holder.split(" ")[0] || "?"})`, repair: "remove it", fix: () => (removeLeftover(store, path), "removed") });
  }

  // Active-session markers: `.active-<file stem>`, at most one, pointing at an active session.
  const markers = listFiles(paths.sessions, ".active-*");
  for (const file of markers) {
    const name = nameFromStem(file.slice(".active-".length));
    if (sessions.has(name)) continue;
    const path = join(paths.sessions, file);
    add({ kind: "orphaned-marker", path: rel(path), message: `marks ${name} active, but there is no such active session`, repair: "remove it", fix: () => (removeLeftover(store, path), "removed") });
  }
  const live = markers.filter((file) => sessions.has(nameFromStem(file.slice(".active-".length))));
  if (live.length > 1) {
    const keep = newestFile(paths.sessions, live);
    for (const file of live.filter((f) => f !== keep)) {
      const path = join(paths.sessions, file);
      add({ kind: "multiple-markers", path: rel(path), message: `more than one active session is marked; the newest mark (${keep}) stays`, repair: "remove this older mark", fix: () => (removeLeftover(store, path), "removed") });
    }
  }

  return { found, checked: { sessions: sessions.size, archives: archived.length } };
}

/**
 * How an archived timeline relates to the active one of the same id: the active
 * one plus the `save` (a save cut off before it removed the state), a prefix of
 * it (a resume cut off before it removed the archive), or diverged.
 */
export function compareTimelines(archived: readonly SessionEvent[], active: readonly SessionEvent[]): "save" | "resume" | "diverged" {
  const saved = archived.at(-1)?.kind === "save" ? archived.slice(0, -1) : archived;
  if (saved.length === active.length && isPrefix(saved, active)) return "save";
  return isPrefix(archived, active) ? "resume" : "diverged";
}

function isPrefix(a: readonly SessionEvent[], b: readonly SessionEvent[]): boolean {
  return a.length <= b.length && a.every((event, i) => sameJson(event as never, b[i] as never));
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
