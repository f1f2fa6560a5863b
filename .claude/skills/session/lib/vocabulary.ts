/** The fixed words of the state format, shared by the schema and the scripts (no zod here). */
export const STATUSES = ["running", "paused", "completed", "failed", "abandoned"] as const;
export const ARCHIVE_STATUSES = ["completed", "failed", "abandoned"] as const;
export const SESSION_TYPES = ["workflow", "chat", "agent", "plugin"] as const;
export const EVENT_KINDS = ["enter", "update", "done", "error", "log", "pause", "resume", "replay", "skip"] as const;
