/**
 * File primitives with the guarantees the store promises: atomic replacement
 * (temporary file, flush, rename) and never overwriting an archive (link(2)
 * refuses). What may be read, and where, is folders.ts's; the crash points, failpoints.ts's.
 */
import { SessionError } from "./errors.ts";
import { failpoint } from "./failpoints.ts";
import { basename, dirname, join } from "./path.ts";

// node:fs costs ~4 ms to load, so only the paths that write (or must not follow
// a symlink) load it; plain reads go through Bun.file.
export const nodeFs = () => require("node:fs") as typeof import("node:fs");
const fs = nodeFs;

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
      let text: string;
      try {
        text = fs().readFileSync(from, "utf8");
      } catch (readError) {
        throw ioError("move", from, readError);
      }
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
