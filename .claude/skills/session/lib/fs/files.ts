/**
 * File primitives with the guarantees the store promises: atomic replacement
 * (temporary file, flush, rename) and never overwriting an archive (link(2)
 * refuses). What may be read, and where, is safe-read.ts's; the crash points, failpoints.ts's.
 */
import { SessionError, tooLarge } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import { MAX_READ_BYTES } from "../core/limits.ts";
import { type Failpoint, failpoint, writeAllowance } from "./failpoints.ts";
import { basename, dirname, join } from "./path.ts";

// node:fs costs ~4 ms to load, so only the paths that write (or must not follow
// a symlink) load it; plain reads go through Bun.file.
export const nodeFs = () => require("node:fs") as typeof import("node:fs");
const fs = nodeFs;

/** The file's text, or undefined when it does not exist; a file over MAX_READ_BYTES is corrupt, and read no further. */
export async function readFile(path: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await Bun.file(path)
      .slice(0, MAX_READ_BYTES + 1)
      .bytes();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw ioError("read", path, error);
  }
  if (bytes.length > MAX_READ_BYTES) throw tooLarge(path, MAX_READ_BYTES);
  return new TextDecoder().decode(bytes);
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

function writeTemp(path: string, text: string | Uint8Array): string {
  const { closeSync, fsyncSync, openSync } = fs();
  const temp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o644);
    writeAll(fd, text);
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
 * Writes every byte, or throws: write(2) may write fewer bytes than asked (a full
 * disk, a quota, a signal), and a count it returns short is never taken as done.
 * A write that makes no progress is the device's "no space", said as such.
 */
export function writeAll(fd: number, data: string | Uint8Array): void {
  const { writeSync } = fs();
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let done = 0;
  while (done < bytes.length) {
    const wrote = writeSync(fd, bytes, done, writeAllowance(bytes.length - done));
    if (wrote <= 0) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    done += wrote;
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
export function writeFileNew(
  candidates: Iterable<string>,
  text: string | Uint8Array,
  beforeCommit?: () => void,
  point: Failpoint = "after-replace",
): string {
  let temp: string | undefined;
  try {
    for (const path of candidates) {
      temp ??= writeTemp(path, text);
      beforeCommit?.();
      try {
        fs().linkSync(temp, path);
        failpoint(point);
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

/**
 * Copies FROM to a new file TO (another file system: link(2) cannot), then reads
 * the copy back and compares its size and SHA-256 with the source's, so the
 * caller removes the source only once its bytes are whole at TO. A bad copy is removed.
 */
function copyVerified(from: string, to: string): void {
  const { readFileSync } = fs();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(from);
  } catch (error) {
    throw ioError("move", from, error);
  }
  writeFileNew([to], bytes);
  let copy: Uint8Array | undefined;
  try {
    copy = readFileSync(to);
  } catch {}
  if (copy === undefined || copy.length !== bytes.length || sha256(copy) !== sha256(bytes)) {
    removeQuietly(to);
    throw new SessionError(
      `cannot move ${from} to ${to}: the copy does not match the original (size or SHA-256); the original is kept`,
    );
  }
}

/** Moves a file, refusing to replace one at the destination; across file systems, a verified copy first. */
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
      copyVerified(from, to);
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
