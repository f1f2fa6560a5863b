/**
 * The filters `list` and `search` share: their options, as both commands
 * declare them, and what those parse to (applied to files by listing.ts, in
 * SQL by read.ts).
 */
import { oneOf, parseWhen } from "../core/parse.ts";
import { SESSION_TYPES, STATUSES } from "../core/vocabulary.ts";

const LIST_STATUSES = [...STATUSES, "corrupt"] as const;

export const FILTER_OPTIONS = {
  status: { type: "string", value: "S", help: `only this status: ${LIST_STATUSES.join(", ")}` },
  workflow: { type: "string", value: "W", help: "only this workflow (a glob: 'pr:*')" },
  type: { type: "string", value: "T", help: `only this type: ${SESSION_TYPES.join(", ")}` },
  since: {
    type: "string",
    value: "WHEN",
    help: "updated at or after WHEN: 2025-01-29, an instant, or an age such as 7d",
  },
  until: { type: "string", value: "WHEN", help: "updated at or before WHEN (a date counts to its end)" },
} as const;

export interface ListFilter {
  status?: string;
  /** A glob (`pr:*`); in SQL, matched as SQLite's GLOB does. */
  workflow?: string;
  type?: string;
  /** Milliseconds since the epoch, compared with `updated_at`. */
  since?: number;
  until?: number;
  limit?: number;
}

/** The filter the options' values give (the limit is each command's own). */
export function parseFilter(
  values: { status?: string; workflow?: string; type?: string; since?: string; until?: string },
  now: Date,
): ListFilter {
  return {
    status: values.status === undefined ? undefined : oneOf(values.status, LIST_STATUSES, "--status"),
    workflow: values.workflow,
    type: values.type === undefined ? undefined : oneOf(values.type, SESSION_TYPES, "--type"),
    since: values.since === undefined ? undefined : parseWhen(values.since, "--since", now),
    until: values.until === undefined ? undefined : parseWhen(values.until, "--until", now),
  };
}
