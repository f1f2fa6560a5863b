/**
 * The state format: one zod schema is the single source of the types, the
 * published JSON Schema (`schema/*.schema.json`) and the validators the scripts
 * run (`generated/validators.js`, compiled from that JSON Schema by
 * `bun run generate`, because loading zod costs ~8 ms at every start).
 * Scripts import only types from here.
 */
import * as z from "zod/mini";
import { isJsonObject, type JsonObject } from "./json.ts";
import { nameProblem } from "./names.ts";
import { ARCHIVE_STATUSES, EVENT_KINDS, SESSION_TYPES, STATUSES } from "./vocabulary.ts";

// User-keyed maps are checked in place, never copied: zod's record copy would
// drop a `__proto__` key, and such keys are data here.
function jsonMap<T extends JsonObject>(description: string, values: "any" | "number" | "string") {
  const valueOk = (v: unknown) => values === "any" || typeof v === values;
  const schema = z.custom<T>((v) => isJsonObject(v) && Object.values(v).every(valueOk), {
    error: values === "any" ? "must be a JSON object" : `must be an object of ${values}s`,
  });
  const valueSchema = values === "any" ? {} : { additionalProperties: { type: values } };
  z.globalRegistry.add(schema, { type: "object", description, ...valueSchema } as never);
  return schema;
}

export const JsonObjectSchema = jsonMap<JsonObject>("any JSON object", "any");
const Counters = jsonMap<Record<string, number>>("summed counters, e.g. tokens", "number");
const Vars = jsonMap<Record<string, string>>("start variables", "string");

// step → the steps it waits for: a user-keyed map, checked in place like `jsonMap`'s.
const Needs = z.custom<Record<string, string[]>>(
  (v) =>
    isJsonObject(v) &&
    Object.values(v).every((list) => Array.isArray(list) && list.every((s) => typeof s === "string" && s !== "")),
  { error: "must be an object of step lists" },
);
z.globalRegistry.add(Needs, {
  type: "object",
  description: "a plan that branches: step → the steps it waits for",
  additionalProperties: { type: "array", items: { type: "string", minLength: 1 } },
} as never);
const Branches = z.custom<Record<string, "running" | "done" | "failed" | "skipped">>(
  (v) =>
    isJsonObject(v) && Object.values(v).every((s) => ["running", "done", "failed", "skipped"].includes(s as string)),
  { error: "must be an object of step states" },
);
z.globalRegistry.add(Branches, {
  type: "object",
  description: "a plan that branches: step → running, done, failed or skipped",
  additionalProperties: { enum: ["running", "done", "failed", "skipped"] },
} as never);

export const Timestamp = z.iso.datetime();
export const SessionName = z
  .string()
  .check(z.refine((name) => nameProblem(name) === undefined, { error: "invalid session name" }));
z.globalRegistry.add(SessionName, {
  description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters",
  // The lookahead is names.ts's Windows device-name rule (`con`, `nul.txt`, `COM1`), spelt without regex flags.
  pattern:
    "^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:[.]|$))" +
    "[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$",
  maxLength: 128,
} as never);
// Lengths in characters (code points), as JSON Schema's maxLength counts them, not UTF-16 units.
export const StepName = z
  .string()
  .check(z.refine((step) => step.length > 0 && [...step].length <= 200, { error: "must be 1 to 200 characters" }));
z.globalRegistry.add(StepName, { minLength: 1, maxLength: 200 } as never);
export const SessionId = z.string().check(z.regex(/^[0-9a-z]{8,26}$/));

export const Status = z.enum(STATUSES);
export type Status = z.output<typeof Status>;

export const SessionType = z.enum(SESSION_TYPES);

/**
 * The spec a run follows: its path from the project root, its SHA-256, and a snapshot to restore it from: the git blob
 * id when it was tracked and unchanged (`git show BLOB`), else a copy of its text (at most 256 KiB as stored).
 */
const Spec = z.object({
  path: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  blob: z.optional(z.string().check(z.regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/))),
  copy: z.optional(z.string()),
});

export const StepError = z.object({ step: StepName, message: z.string(), at: Timestamp });
export type StepError = z.output<typeof StepError>;

/**
 * One change to a session. Every write appends its events, and folding them from
 * nothing gives the rest of the state (timeline.ts); each kind uses its own fields.
 */
export const EventId = z.string().check(z.regex(/^[0-9a-z]{12,16}$/));

/**
 * One key a merge found set to different values on the two branches: the values (in a fixed order) and the one kept.
 */
const Gates = jsonMap<Record<string, string>>("approval gates: step → the question asked on entering it", "string");

/** What a waiting session waits for: the step, the question, since when, and the `await` event (by identity). */
const Waiting = z.object({ step: StepName, question: z.string(), at: Timestamp, gate: z.optional(EventId) });

const Resolved = z.object({ key: z.string(), values: z.array(z.unknown()), kept: z.unknown() });

export const SessionEvent = z.looseObject({
  /**
   * Its identity, given by the write that created it and never changed (a merge unions timelines by it). Absent in
   * timelines before 0.3.
   */
  eid: z.optional(EventId),
  /** The write that recorded it (several events may share one). Absent in timelines of version 0.1. */
  rev: z.optional(z.int().check(z.minimum(1))),
  at: Timestamp,
  kind: z.enum(EVENT_KINDS),
  /** The current step when it happened (none on `start`). */
  step: z.optional(StepName),
  /** start: who the session is; rename: its new name. */
  workflow: z.optional(SessionName),
  id: z.optional(SessionId),
  type: z.optional(SessionType),
  /** error: the message; log: the text. */
  note: z.optional(z.string()),
  /** enter, update: the merge patch applied to the context. */
  patch: z.optional(JsonObjectSchema),
  /** enter, update: the whole new context, when it was replaced rather than patched. */
  context: z.optional(JsonObjectSchema),
  /** status: the new status. */
  status: z.optional(Status),
  /** plan: the new plan. */
  plan: z.optional(z.array(StepName)),
  /** plan: what its steps wait for, when it branches. */
  needs: z.optional(Needs),
  /** usage: counters added. */
  usage: z.optional(Counters),
  /** artifacts: paths added. */
  artifacts: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * edit: top-level fields a person changed by hand, and those they removed (recorded by doctor --fix); fork: the state
   * copied; replay: the state restored.
   */
  state: z.optional(JsonObjectSchema),
  removed: z.optional(z.array(z.string())),
  /** start, var: start variables (var: those overridden). */
  vars: z.optional(Vars),
  /** start, spec (`resume --accept-spec`): the spec the run follows from here, by content, and its snapshot. */
  spec: z.optional(Spec),
  /** start: the session this one continues or was forked from. */
  continued_from: z.optional(SessionId),
  /** Who wrote it: $SESSION_ACTOR, else git's user.name, else $USER. */
  actor: z.optional(z.string()),
  /**
   * replay: the identity of the `enter` event replayed from (its `state`: what that restores); fork: of the source's
   * event whose state it copies.
   */
  to: z.optional(EventId),
  /** replay, before identities: the position in the timeline of the `enter` event replayed from. */
  index: z.optional(z.int().check(z.minimum(0))),
  /** merge: keys the two branches set to different values, and the value kept. */
  resolved: z.optional(z.array(Resolved)),
  /** approve, reject: the person who answered the gate (`--by`, else the actor). */
  by: z.optional(z.string()),
  /** start: the gates declared up front (step → question); entering one waits for approval. */
  gates: z.optional(Gates),
});
export type SessionEvent = z.output<typeof SessionEvent>;

const SegmentRef = z.object({
  file: z.string().check(z.regex(/^history\/[0-9a-z]{8,26}\/\d{8}-[0-9a-f]{12}\.jsonl$/)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  oid: z.string().check(z.regex(/^[0-9a-f]{40}$/)),
  events: z.int().check(z.minimum(1)),
});
const History = z.object({ events: z.int().check(z.minimum(1)), last: SegmentRef });

const sessionShape = {
  workflow: SessionName,
  id: SessionId,
  type: SessionType,
  status: Status,
  started_at: Timestamp,
  updated_at: Timestamp,
  /** The current step; none yet in a session started with a plan and no step entered. */
  step: z.optional(StepName),
  steps: z.array(StepName),
  /** The current step is finished (`set --done`); earlier steps are done by position. */
  step_done: z.optional(z.boolean()),
  /** Steps given up on by `resume --skip-failed`: done, but not done well. */
  skipped: z.optional(z.array(StepName)),
  plan: z.optional(z.array(StepName)),
  /** A plan that branches: step → the steps it waits for (absent: the plan is a sequence). */
  needs: z.optional(Needs),
  /** A plan that branches: where each step entered stands, so parallel branches each keep their own. */
  branches: z.optional(Branches),
  context: JsonObjectSchema,
  errors: z.optional(z.array(StepError)),
  usage: z.optional(Counters),
  vars: z.optional(Vars),
  spec: z.optional(Spec),
  continued_from: z.optional(SessionId),
  artifacts: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Approval gates declared at start (step → question). */
  gates: z.optional(Gates),
  /** Status `waiting`: the gate a person must answer (`approve` or `reject`). */
  waiting: z.optional(Waiting),
  events: z.optional(z.array(SessionEvent)),
  /** Older events, compacted into segment files (history.ts): the segments, and the state after them. */
  history: z.optional(History),
  rev: z.int().check(z.minimum(0)),
};

// Loose: keys written by a newer version survive a rewrite by this one.
export const Session = z.looseObject(sessionShape);
export type Session = z.output<typeof Session>;

export const ArchivedSession = z.looseObject({
  ...sessionShape,
  status: z.enum(ARCHIVE_STATUSES),
  ended_at: Timestamp,
  notes: z.optional(z.string()),
});
export type ArchivedSession = z.output<typeof ArchivedSession>;

/** The JSON Schema published beside the code; a test keeps the committed file equal to this. */
export function sessionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Session, { unrepresentable: "any" }),
    $id: "https://workflow-sessions.dev/schema/session.schema.json",
    title: "Workflow session state",
  };
}

export function archivedSessionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ArchivedSession, { unrepresentable: "any" }),
    $id: "https://workflow-sessions.dev/schema/archived-session.schema.json",
    title: "Archived workflow session (archive frontmatter)",
  };
}
