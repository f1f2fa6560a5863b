/**
 * The error classes. Each knows its exit code; only `cli.ts` turns one into
 * stderr text and an exit status.
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

/** Stored data that cannot be read. The file is kept: exit 4. */
export class CorruptStateError extends SessionError {
  override readonly exitCode = 4;
  constructor(
    readonly path: string,
    reason: string,
    hint = "Run `session doctor` to inspect it; the file is kept as it is.",
  ) {
    super(`${path}: ${reason}`, hint);
  }
}
