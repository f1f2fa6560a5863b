/**
 * File primitives with the guarantees the store promises: atomic replacement,
 * never overwriting an archive, never following a planted symlink; and the
 * failpoints that let crash tests kill a writer at an exact instant.
 */
import { basename, dirname, join } from "./path.ts";
import { CorruptStateError, SessionError } from "./errors.ts";

// node:fs costs ~4 ms to load, so only the paths that write (or must not follow
// a symlink) load it; plain reads go through Bun.file.
export const nodeFs = () => require("node:fs") as typeof import("node:fs");
const fs = nodeFs;

let armed: { name: string; stop: boolean } | undefined;

/**
 * Arms a failpoint (`$SESSION_FAILPOINT`, read at the command's edge): `NAME` to
 * die there, `NAME:stop` to stall there (SIGSTOP, until a SIGCONT); inert when unset.
 */
export function armFailpoint(spec: string | undefined): void {
  armed = spec ? { name: spec.replace(/:stop$/, ""), stop: spec.endsWith(":stop") } : undefined;
}

/**
 * A named instant inside a write (as etcd and FoundationDB have them): when it is
 * the armed one, the process dies here with SIGKILL, as a crash would kill it, or stalls.
 */
export function failpoint(name: Failpoint): void {
  if (armed?.name === name) process.kill(process.pid, armed.stop ? "SIGSTOP" : "SIGKILL");
}

export type Failpoint = "after-lock" | "after-temp-write" | "after-replace" | "after-archive-write" | "after-state-remove" | "after-restore-write";

/** `x.md`, then `x-2.md`, `x-3.md`, ...: candidates for a file that must not replace another. */
export function* numbered(path: string, extension = ""): Generator<string> {
  const ext = extension && path.endsWith(extension) ? extension : "";
  const stem = path.slice(0, path.length - ext.length);
  yield path;
  for (let n = 2; n < 10_000; n++) yield `${stem}-${n}${ext}`;
}

/** The file's text, or undefined when it does not exist. */
export async function readFile(path: string): Promise<string | undefined> {
  try {
    return await Bun.file(path).text();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw ioError("read", path, error);
  }
}

/**
 * For readers: the text of the regular file at PATH (absolute, with no symlink
 * in it), or undefined when there is none. A symlink anywhere in PATH, a folder
 * or a FIFO is refused (exit 4), never followed or waited on. Bun's module
 * resolver gives a regular file's real path without loading node:fs (~3 ms)
 * and refuses FIFOs and folders; it caches answers per process, which a
 * command, one process per call, never sees.
 */
export async function readRegularFile(path: string): Promise<string | undefined> {
  const real = realFile(path);
  // The resolver matches names without regard to case: a twin differing only in case is read as it is.
  if (real === path || (real !== undefined && real.toLowerCase() === path.toLowerCase() && dirname(real) === dirname(path))) return readFile(real);
  // Absent, or something else is there (a symlink, a folder, a FIFO, a file the resolver
  // guessed an extension for, one another writer renamed in place just now): look closely.
  return existsAt(path) ? readText(path) : undefined;
}

function realFile(path: string): string | undefined {
  try {
    return Bun.resolveSync(path, "/");
  } catch {
    return undefined;
  }
}

/** Like readRegularFile, for writers: synchronous, with O_NOFOLLOW and O_NONBLOCK so that nothing is followed or waited on. */
export function readText(path: string): string | undefined {
  const { closeSync, constants, fstatSync, openSync, readFileSync } = fs();
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "ELOOP") throw symlinked(path);
    throw ioError("read", path, error);
  }
  try {
    if (!fstatSync(fd).isFile()) throw notRegular(path);
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Is there anything at PATH? Without node:fs: a literal glob is one stat (it
 * follows symlinks, and sees FIFOs); a wildcard one walks the folder (it lists
 * symlinks, dangling ones too, but never FIFOs). Together they see everything.
 */
function existsAt(path: string): boolean {
  const name = basename(path);
  return globMatches(dirname(path), name, false) || globMatches(dirname(path), `[${name[0]}]${name.slice(1)}`, false);
}

function globMatches(dir: string, pattern: string, onlyFiles: boolean): boolean {
  try {
    for (const _ of new Bun.Glob(pattern).scanSync({ cwd: dir, onlyFiles, dot: true, followSymlinks: false })) return true;
  } catch {}
  return false;
}

/**
 * The first of FOLDERS (paths relative to ROOT, each inside the one before)
 * that exists but is not a real folder: a symlink (git carries them) or a file.
 * A wildcard in every segment makes Bun's glob walk the folders itself, and the
 * walk does not enter symlinks; a literal pattern is one stat, which follows them.
 */
export function firstNonFolder(root: string, folders: readonly string[]): string | undefined {
  for (const rel of folders) {
    const walked = rel.split("/").map((segment) => `[${segment[0]}]${segment.slice(1)}`).join("/");
    // Listed by the walk (so a dangling symlink counts too) — else absent, and nothing deeper exists.
    if (!globMatches(root, walked, false)) return undefined;
    if (!globMatches(root, `${walked}/`, false)) return join(root, rel);
  }
  return undefined;
}

/** Refuses (exit 4) when one of FOLDERS under ROOT is a symlink or not a folder, naming it. */
export function checkFolders(root: string, folders: readonly string[]): void {
  const bad = firstNonFolder(root, folders);
  if (bad === undefined) return;
  const link = isSymlink(bad);
  throw new CorruptStateError(
    bad,
    link ? "symlink" : "not-a-folder",
    link ? "is a symbolic link; the state folders must be real folders inside the project" : "is not a folder",
    "Nothing was read or written through it. Run `session doctor` for the details.",
  );
}

/** PATH with every symlink resolved; for a path that does not exist yet, its nearest existing ancestor's real path and the rest. */
export function realPath(path: string): string {
  try {
    return fs().realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/** Is PATH a folder (through symlinks) or nothing at all? */
export function isDirectoryOrAbsent(path: string): boolean {
  try {
    return fs().statSync(path).isDirectory();
  } catch (error) {
    return errorCode(error) === "ENOENT";
  }
}

export function isSymlink(path: string): boolean {
  try {
    return fs().lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function symlinked(path: string): CorruptStateError {
  return new CorruptStateError(path, "symlink", "is a symbolic link; state files must be regular files inside the project");
}

export function notRegular(path: string): CorruptStateError {
  return new CorruptStateError(path, "not-a-file", "is not a regular file (a folder, a FIFO or a device)");
}

export type EntryKind = "file" | "symlink" | "folder" | "other";

/**
 * The entries of `dir` whose names match `pattern` (a glob such as `*.json`;
 * dot files only when the pattern starts with a dot), sorted, with their kind
 * (FIFOs and devices are "other": Bun.Glob would not even list them); none when
 * `dir` is absent.
 */
export function listEntries(dir: string, pattern: string): { name: string; kind: EntryKind }[] {
  const glob = new Bun.Glob(pattern);
  const dotOk = pattern.startsWith(".");
  try {
    return fs()
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => (dotOk || !entry.name.startsWith(".")) && glob.match(entry.name))
      .map((entry) => {
        const kind: EntryKind = entry.isFile() ? "file" : entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "folder" : "other";
        return { name: entry.name, kind };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return [];
    throw ioError("list", dir, error);
  }
}

/** The names of `listEntries`; with `regularOnly`, only regular files. */
export function listFiles(dir: string, pattern: string, regularOnly = false): string[] {
  return listEntries(dir, pattern)
    .filter((entry) => !regularOnly || entry.kind === "file")
    .map((entry) => entry.name);
}

/** Does anything exist at `path`? For writers, which load node:fs anyway. */
export function exists(path: string): boolean {
  return fs().existsSync(path);
}

/** A name for a temporary file beside `path`; `*.tmp` is git-ignored and `doctor` sweeps leftovers. */
export function tempPathFor(path: string): string {
  const nonce = Math.floor(Math.random() * 36 ** 6).toString(36);
  return join(dirname(path), `.${basename(path)}.${process.pid}.${nonce}.tmp`);
}

function writeTemp(path: string, text: string): string {
  const { closeSync, fsyncSync, openSync, writeSync } = fs();
  const temp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    failpoint("after-temp-write");
    return temp;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
    throw ioError("write", path, error);
  }
}

/**
 * Replaces `path` with `text` so that a reader sees the old or the new file, never
 * a part. `beforeCommit` runs just before the rename (a writer checks its lock there).
 */
export function writeFileAtomic(path: string, text: string, beforeCommit?: () => void): void {
  const temp = writeTemp(path, text);
  try {
    beforeCommit?.();
    // rename replaces a planted symlink itself rather than writing through it.
    fs().renameSync(temp, path);
    failpoint("after-replace");
  } catch (error) {
    removeQuietly(temp);
    throw ioError("write", path, error);
  }
}

/**
 * Writes `text` under the first of `candidates` that does not exist yet and
 * returns it. link(2) fails rather than replace, so nothing is ever overwritten,
 * even by a writer racing this one.
 */
export function writeFileNew(candidates: Iterable<string>, text: string, beforeCommit?: () => void): string {
  let temp: string | undefined;
  try {
    for (const path of candidates) {
      temp ??= writeTemp(path, text);
      beforeCommit?.();
      try {
        fs().linkSync(temp, path);
        failpoint("after-replace");
        return path;
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw ioError("write", path, error);
      }
    }
    throw new SessionError("no free file name left for the archive");
  } finally {
    if (temp) removeQuietly(temp);
  }
}

/** Deletes `path`; true when it was there. */
export function removeFile(path: string): boolean {
  try {
    fs().unlinkSync(path);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw ioError("remove", path, error);
  }
}

export function removeQuietly(path: string): void {
  try {
    fs().unlinkSync(path);
  } catch {}
}

export function ensureDir(path: string): void {
  try {
    fs().mkdirSync(path, { recursive: true });
  } catch (error) {
    throw ioError("create", path, error);
  }
}

/** Moves a file, refusing to replace one at the destination. */
export function moveFileNew(from: string, candidates: Iterable<string>): string {
  const { existsSync, linkSync } = fs();
  for (const to of candidates) {
    if (existsSync(to)) continue;
    try {
      linkSync(from, to);
    } catch (error) {
      const code = errorCode(error);
      if (code === "EEXIST") continue;
      if (code !== "EXDEV") throw ioError("move", from, error);
      const text = readText(from);
      if (text === undefined) throw new SessionError(`cannot move ${from}: it is gone`);
      writeFileNew([to], text);
    }
    removeFile(from);
    return to;
  }
  throw new SessionError(`no free file name to move ${from} to`);
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** An I/O failure as a one-line error naming the file: `cannot write x.json: permission denied`. */
export function ioError(verb: string, path: string, error: unknown): SessionError {
  if (error instanceof SessionError) return error;
  const code = errorCode(error);
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "ENOSPC"
        ? "no space left on the device"
        : code === "EROFS"
          ? "the file system is read-only"
          : ((error as Error).message ?? String(error));
  return new SessionError(`cannot ${verb} ${path}: ${reason}`);
}
