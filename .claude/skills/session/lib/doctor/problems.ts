/** What `doctor` finds: each kind of problem, where, and what `--fix` would do about it. */
export type ProblemKind =
  | "symlinked-folder"
  | "not-a-folder"
  | "corrupt-state"
  | "conflict-markers"
  | "symlink"
  | "not-a-file"
  | "case-twins"
  | "broken-archive"
  | "untrusted-archive"
  | "broken-history"
  | "temp-file"
  | "stale-lock"
  | "held-lock"
  | "interrupted-save"
  | "interrupted-resume"
  | "diverged"
  | "two-archives"
  | "two-sessions"
  | "hand-edit"
  | "orphaned-marker"
  | "multiple-markers"
  | "missing-gitignore"
  | "missing-gitattributes"
  | "merge-driver"
  | "unmerged"
  | "index-drift"
  | "index-corrupt"
  | "index-refused"
  | "unreadable";

export interface Problem {
  kind: ProblemKind;
  /** The file concerned, relative to the project root. */
  path: string;
  message: string;
  /** What --fix does about it; undefined when it is left to a person. */
  repair?: string;
}

export interface Found extends Problem {
  fix?: () => string;
}
