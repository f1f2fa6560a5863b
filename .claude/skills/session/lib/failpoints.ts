/**
 * Failpoints, as etcd and FoundationDB have them: named instants inside a write
 * where a test can make the process die (or stall), compiled in and inert
 * unless `$SESSION_FAILPOINT` names one.
 */
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
