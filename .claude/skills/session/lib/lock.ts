/**
 * The per-session lock: a file created with O_EXCL, holding its owner's pid.
 * A lock whose owner has died (kill -9) is broken at once; one older than
 * STALE_AFTER_MS is broken too, whoever holds it, since no write takes that long.
 */
import { join } from "./path.ts";
import { ConflictError } from "./errors.ts";
import { errorCode, failpoint, ioError, nodeFs, readText, removeQuietly, tempPathFor } from "./files.ts";

// Loaded on first use: only writers take locks, and readers should not pay for these modules.
const fs = nodeFs;

let host: string | undefined;
/** This machine's name. node:os costs ~0.8 ms to load; Linux publishes the name as a file. */
function hostname(): string {
  if (host === undefined) {
    try {
      host = fs().readFileSync("/proc/sys/kernel/hostname", "utf8").trim();
    } catch {
      host = (require("node:os") as typeof import("node:os")).hostname();
    }
  }
  return host;
}

export const STALE_AFTER_MS = 30_000;

/** How long a writer waits for a lock held by someone else before exit 3, unless `$SESSION_LOCK_TIMEOUT_MS` says. */
export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

function lockPath(dir: string, key: string): string {
  return join(dir, `.${key}.lock`);
}

/** Runs `fn` holding the lock named `key` in `dir`, waiting up to `timeoutMs` for it. */
export function withLock<T>(dir: string, key: string, timeoutMs: number, fn: () => T): T {
  const path = lockPath(dir, key);
  acquire(path, timeoutMs);
  failpoint("after-lock");
  try {
    return fn();
  } finally {
    removeQuietly(path);
  }
}

const OWNER = () => `${process.pid} ${hostname()}\n`;

function acquire(path: string, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(path)) return;
    const holder = readText(path);
    if (holder !== undefined && isStale(path, holder)) {
      breakLock(path, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      const pid = holder?.split(" ")[0] ?? "?";
      throw new ConflictError(
        `${path} is held by another process (pid ${pid}); gave up after ${timeoutMs} ms`,
        "Safe to retry. If no session command is running, `session doctor --fix` removes the lock.",
      );
    }
    // Back off with jitter so that waiting writers do not wake in lockstep.
    Bun.sleepSync(Math.min(2 + attempt * 2, 25) * (0.5 + Math.random()));
  }
}

/**
 * Creates the lock with its owner already written: the owner goes into a
 * temporary file that link(2) then puts in place, which fails if the lock
 * exists. A writer killed at any instant never leaves an empty lock.
 */
function tryCreate(path: string): boolean {
  const { closeSync, linkSync, openSync, writeSync } = fs();
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, "wx", 0o644);
    try {
      writeSync(fd, OWNER());
    } finally {
      closeSync(fd);
    }
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw ioError("create the lock", path, error);
  } finally {
    removeQuietly(temp);
  }
}

/** A lock is stale when its owner on this host is gone, or when it is older than any write. */
export function isStale(path: string, holder: string, now = Date.now()): boolean {
  const [pid, host] = holder.trim().split(" ");
  if (host === hostname() && pid && !isAlive(Number(pid))) return true;
  try {
    // An unreadable owner (a lock from an older version, or a full disk) gets a short grace.
    const limit = pid ? STALE_AFTER_MS : 2_000;
    return now - fs().statSync(path).mtimeMs > limit;
  } catch {
    return false;
  }
}

/** Is there a process with this pid on this host? */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/**
 * Breaks a stale lock. The rename is atomic, so of several waiters only one
 * takes the file; if what it took is no longer the stale lock it judged (a new
 * owner got there first), it puts it back with link(2), which never replaces.
 */
function breakLock(path: string, staleHolder: string): void {
  const taken = `${path}.${process.pid}.broken`;
  try {
    fs().renameSync(path, taken);
  } catch {
    return; // someone else broke it first
  }
  if (readText(taken) !== staleHolder) {
    try {
      fs().linkSync(taken, path);
    } catch {}
  }
  removeQuietly(taken);
}
