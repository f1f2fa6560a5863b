/**
 * The per-session lock: a file created whole (link(2) of a written temporary
 * file, so a kill never leaves an empty one) naming its owner: pid, host, the
 * process's start time (so a reused pid is not mistaken for the owner) and a
 * nonce for this one acquisition.
 *
 * A lock whose owner is alive on this host is never broken, however long it is
 * held (a stalled writer — SIGSTOP, a closed laptop lid — resumes and finishes);
 * one whose owner is dead is broken at once; one from another host only after
 * `staleMs`. A writer checks that the lock is still its own just before it
 * commits, and releases only its own lock.
 */
import { ConflictError } from "../core/errors.ts";
import { failpoint } from "../fs/failpoints.ts";
import { errorCode, ioError, nodeFs, removeQuietly, tempPathFor, writeAll } from "../fs/files.ts";
import { join } from "../fs/path.ts";
import { readText } from "../fs/safe-read.ts";

// Loaded on first use: only writers take locks, and readers should not pay for these modules.
const fs = nodeFs;

/** How long a writer waits for a lock held by someone else before exit 3, unless `$SESSION_LOCK_TIMEOUT_MS` says. */
export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
/** How old another host's lock must be before it is broken, unless `$SESSION_LOCK_STALE_MS` says. */
export const DEFAULT_LOCK_STALE_MS = 30_000;

export interface LockOptions {
  timeoutMs: number;
  staleMs: number;
}

/** What a writer holding the lock can do with it. */
export interface HeldLock {
  /** Throws (exit 3) unless the lock is still this writer's: call it just before committing a write. */
  verify(): void;
}

export interface LockOwner {
  pid: number;
  host: string;
  /** The process's start time in clock ticks since boot (Linux), or "-" where unknown. */
  start: string;
  nonce: string;
}

let host: string | undefined;
/** This machine's name. node:os costs ~0.8 ms to load; Linux publishes the name as a file. */
export function hostname(): string {
  if (host === undefined) {
    try {
      host = fs().readFileSync("/proc/sys/kernel/hostname", "utf8").trim();
    } catch {
      host = (require("node:os") as typeof import("node:os")).hostname();
    }
  }
  return host;
}

/** The fields of /proc/PID/stat after the command name (field 3 on), or undefined off Linux or for no such process. */
function procStat(pid: number): string[] | undefined {
  try {
    const stat = fs().readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** When process PID started (field 22: clock ticks since boot), or "-" where that cannot be read. */
export function processStart(pid: number): string {
  return procStat(pid)?.[19] ?? "-";
}

/** R, S, D, T (stopped), Z ... (field 3), or undefined. */
export function processState(pid: number): string | undefined {
  return procStat(pid)?.[0];
}

export function lockPath(dir: string, key: string): string {
  return join(dir, `.${key}.lock`);
}

/** `pid host start nonce`; locks of version 0.1 hold only `pid host`. */
export function parseOwner(text: string): LockOwner | undefined {
  const [pid, owner, start = "-", nonce = "", ...rest] = (text.split("\n")[0] ?? "").trim().split(" ");
  if (!pid || !/^\d+$/.test(pid) || !owner || rest.length > 0) return undefined;
  return { pid: Number(pid), host: owner, start, nonce };
}

/** Runs `fn` holding the lock named `key` in `dir`. */
export function withLock<T>(dir: string, key: string, options: LockOptions, fn: (lock: HeldLock) => T): T {
  const path = lockPath(dir, key);
  const mine = `${process.pid} ${hostname()} ${processStart(process.pid)} ${Math.random().toString(36).slice(2, 10)}\n`;
  acquire(path, mine, options);
  failpoint("after-lock");
  try {
    return fn({ verify: () => verify(path, mine) });
  } finally {
    release(path, mine);
  }
}

function acquire(path: string, mine: string, { timeoutMs, staleMs }: LockOptions): void {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(path, mine)) return;
    const holder = readText(path); // a folder or a symlink named like the lock: exit 4, naming it
    // Broken: try again at once. Not broken (someone else is breaking it, or cannot): wait like any writer.
    if (holder !== undefined && isStale(path, holder, staleMs) && breakLock(path, holder, mine)) continue;
    if (Date.now() >= deadline) throw busy(path, holder, timeoutMs);
    // Back off with jitter so that waiting writers do not wake in lockstep.
    Bun.sleepSync(Math.min(2 + attempt * 2, 25) * (0.5 + Math.random()));
  }
}

function busy(path: string, holder: string | undefined, timeoutMs: number): ConflictError {
  const owner = holder === undefined ? undefined : parseOwner(holder);
  const who = owner ? `pid ${owner.pid}${owner.host === hostname() ? "" : ` on ${owner.host}`}` : "an unknown process";
  return new ConflictError(
    `${path} is held by another process (${who}); gave up after ${timeoutMs} ms`,
    "Safe to retry. A lock whose owner is alive is never broken; `session doctor` shows who holds it.",
  );
}

/** Creates the lock with its owner already written; false when it exists. */
function tryCreate(path: string, content: string): boolean {
  const { closeSync, linkSync, openSync } = fs();
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, "wx", 0o644);
    try {
      writeAll(fd, content);
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

/**
 * May this lock be broken? Its owner on this host is gone (or its pid now
 * belongs to a newer process); another host's lock is older than `staleMs`;
 * an unreadable one (a crash of an older version, a full disk) gets 2 s.
 */
export function isStale(path: string, holder: string, staleMs: number, now = Date.now()): boolean {
  const owner = parseOwner(holder);
  if (owner?.host === hostname()) return !ownerAlive(owner);
  try {
    return now - fs().statSync(path).mtimeMs > (owner ? staleMs : 2_000);
  } catch {
    return false;
  }
}

export function ownerAlive(owner: LockOwner): boolean {
  return isAlive(owner.pid) && (owner.start === "-" || processStart(owner.pid) === owner.start);
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

function verify(path: string, mine: string): void {
  let now: string | undefined;
  try {
    now = readText(path);
  } catch {}
  if (now !== mine) {
    throw new ConflictError(
      `lost the lock ${path} while writing (it was broken and taken by another writer); nothing was written`,
      "Read the session again, then retry.",
    );
  }
}

/**
 * Breaks the stale lock at PATH, which held STALE when judged. Breakers take a
 * guard first (itself a lock, created whole), so that of several waiters only
 * one breaks it, and under the guard it is removed only if it still holds
 * STALE: a live lock taken meanwhile is never touched. A guard left by a
 * killed breaker is itself a dead owner's lock, broken like any.
 */
function breakLock(path: string, stale: string, mine: string): boolean {
  const guard = `${path}.guard.lock`;
  if (!tryCreate(guard, mine)) {
    const holder = readText(guard);
    if (holder !== undefined && isStale(guard, holder, 2_000)) removeIfHolds(guard, holder);
    return false;
  }
  try {
    return removeIfHolds(path, stale);
  } finally {
    removeIfHolds(guard, mine);
  }
}

/** Removes the lock file at PATH if it holds EXPECTED (read just before the unlink). */
function removeIfHolds(path: string, expected: string): boolean {
  let content: string | undefined;
  try {
    content = readText(path);
  } catch {
    return false;
  }
  if (content !== expected) return false;
  removeQuietly(path);
  return true;
}

/**
 * Releases the lock only if it is still ours. (It stops being ours only if it
 * was judged stale — another host's, after staleMs — and then `verify` has
 * already refused to commit.)
 */
function release(path: string, mine: string): void {
  removeIfHolds(path, mine);
}

/** doctor's repair: breaks the lock at PATH only if, judged again now, it is still stale. */
export function breakIfStale(path: string, staleMs: number): boolean {
  const holder = readText(path);
  if (holder === undefined || !isStale(path, holder, staleMs)) return false;
  return breakLock(path, holder, `${process.pid} ${hostname()} ${processStart(process.pid)} doctor\n`);
}
