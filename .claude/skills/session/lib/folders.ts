/**
 * Reading the state folders without being led out of them: git carries
 * symlinks, so a symlinked folder, a symlinked or non-regular state file (a
 * folder, a FIFO) is refused (exit 4, naming it), never followed or waited on.
 */
import { CorruptStateError } from "./errors.ts";
import { errorCode, ioError, nodeFs, readFile } from "./files.ts";
import { basename, dirname, join } from "./path.ts";

const fs = nodeFs;

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
