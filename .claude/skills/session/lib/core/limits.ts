/**
 * The bounds, in one place: what this tool writes, and so the most it reads. A
 * file from git is input from a stranger; one past these bounds is corrupt, and
 * reading it costs a fixed time and memory whatever it holds.
 */

/** Nesting of a context (the context object itself is level 1), as input and as stored. */
export const MAX_DEPTH = 64;
/** A stored file's own nesting around a context (state, events, an event's state) leaves it at most this deep. */
export const MAX_FILE_DEPTH = MAX_DEPTH + 6;
/** An active state file, as an ordinary write may leave it. */
export const MAX_STATE_BYTES = 1024 * 1024;
/** An active state file, as a write that only records an error, a pause or a note may leave it; and as read. */
export const MAX_STATE_READ_BYTES = 2 * MAX_STATE_BYTES;
/** An archive: a state of at most MAX_STATE_BYTES as YAML, plus its report. */
export const MAX_ARCHIVE_BYTES = 8 * 1024 * 1024;
/** No file the tool reads is larger: a read stops here, before a parser sees anything. */
export const MAX_READ_BYTES = MAX_ARCHIVE_BYTES;
