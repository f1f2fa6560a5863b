/**
 * The error classes. Each knows its exit code, and each corrupt-data error a
 * `reason` code, so callers (doctor) decide by code, never by message text.
 * Only the command edge (`run.ts`) turns an error into stderr text and a status.
 */
export class SessionError extends Error {
  readonly exitCode: number = 1;
  constructor(
    message: string,
    /** One line telling the user what to do next. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad name, bad JSON, unknown option, refused request: exit 2. */
export class UsageError extends SessionError {
  override readonly exitCode = 2;
}

/** A session that does not exist where one was required: exit 2. */
export class NotFoundError extends UsageError {}

/** Safe to retry: `--expect-rev` mismatch or a lock not acquired in time: exit 3. */
export class ConflictError extends SessionError {
  override readonly exitCode = 3;
}

/** Why stored data could not be read. */
export type CorruptReason =
  | "invalid-json"
  | "invalid-state"
  | "conflict-markers"
  | "symlink"
  | "not-a-file"
  | "not-a-folder"
  | "wrong-name"
  | "no-frontmatter"
  | "broken-frontmatter"
  | "broken-timeline"
  | "front-matter-engine"
  | "too-large"
  | "too-deep"
  | "yaml-anchor"
  | "broken-history";

/** Reasons that mark a file as hostile or past every bound, rather than damaged: doctor moves it aside, unread. */
export const UNTRUSTED_REASONS: readonly CorruptReason[] = [
  "front-matter-engine",
  "too-large",
  "too-deep",
  "yaml-anchor",
];

/** Stored data that cannot be read. The file is kept: exit 4. */
export class CorruptStateError extends SessionError {
  override readonly exitCode = 4;
  constructor(
    readonly path: string,
    readonly reason: CorruptReason,
    /** What is wrong, without the path. */
    readonly detail: string,
    hint = "Run `session doctor` to inspect it; the file is kept as it is.",
  ) {
    super(`${path}: ${detail}`, hint);
  }
}

/** A stored file larger than anything this tool writes: corrupt, and never read past LIMIT bytes. */
export function tooLarge(path: string, limit: number): CorruptStateError {
  return new CorruptStateError(
    path,
    "too-large",
    `is larger than ${limit / 1024 / 1024} MiB, more than this tool ever writes`,
  );
}
