/**
 * Failpoints, as etcd and FoundationDB have them: named instants inside a write
 * where a test can make the process die (or stall), compiled in and inert
 * unless `$SESSION_FAILPOINT` names one. Two more stand for the device rather
 * than the process: `short-write` (each write(2) takes half of what it is
 * given, as a nearly full disk or a signal makes it) and `disk-full[:BYTES]`
 * (the device holds BYTES more, default 4096, then every write fails with ENOSPC).
 * `mid-write` cuts each write of a file in two and dies (or stalls) between the
 * halves: whatever file the bytes go to holds the first half there.
 */
let armed: { name: string; stop: boolean } | undefined;
let diskLeft = 0;
/** A write's first half is in its file and the rest not asked for yet (`mid-write`). */
let cut = false;

/**
 * Arms a failpoint (`$SESSION_FAILPOINT`, read at the command's edge): `NAME` to die there, `NAME:stop` to stall there
 * (SIGSTOP, until a SIGCONT); inert when unset.
 */
export function armFailpoint(spec: string | undefined): void {
  const [name = "", arg] = spec ? spec.split(":") : [];
  armed = spec ? { name, stop: arg === "stop" } : undefined;
  diskLeft = name === "disk-full" ? Number(arg ?? 4096) : 0;
}

/**
 * A named instant inside a write (as etcd and FoundationDB have them): when it is
 * the armed one, the process dies here with SIGKILL, as a crash would kill it, or stalls.
 */
export function failpoint(name: Failpoint): void {
  if (armed?.name === name) process.kill(process.pid, armed.stop ? "SIGSTOP" : "SIGKILL");
}

/** How many of WANTED bytes the next write(2) may take: all of them, unless a device failpoint is armed. */
export function writeAllowance(wanted: number): number {
  if (armed?.name === "short-write") return Math.max(1, Math.ceil(wanted / 2));
  if (armed?.name === "mid-write") {
    if (cut) {
      cut = false;
      failpoint("mid-write");
      return wanted;
    }
    cut = wanted > 1;
    return Math.ceil(wanted / 2);
  }
  if (armed?.name !== "disk-full") return wanted;
  if (diskLeft <= 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  const allowed = Math.min(wanted, diskLeft);
  diskLeft -= allowed;
  return allowed;
}

export type Failpoint =
  | "mid-write"
  | "after-resolve"
  | "after-list"
  | "after-lock"
  | "after-temp-write"
  | "after-replace"
  | "after-archive-write"
  | "after-state-remove"
  | "after-restore-write"
  | "after-segment-write";
