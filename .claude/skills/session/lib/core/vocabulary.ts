/** The fixed words of the state format, shared by the schema and the scripts (no zod here). */
export const STATUSES = ["running", "paused", "waiting", "completed", "failed", "abandoned"] as const;
export const ARCHIVE_STATUSES = ["completed", "failed", "abandoned"] as const;
export const SESSION_TYPES = ["workflow", "chat", "agent", "plugin"] as const;
/** Timeline events: what each one changes is `applyEvent` in timeline.ts. */
export const EVENT_KINDS = [
  "start",
  "enter",
  "update",
  "done",
  "error",
  "status",
  "plan",
  "usage",
  "artifacts",
  "edit",
  "save",
  "log",
  "resume",
  "replay",
  "skip",
  "var",
  "spec",
  "fork",
  "merge",
  "rename",
  "await",
  "approve",
  "reject",
] as const;
