/**
 * The state format: one zod schema is the single source of the types, the
 * validation and the published JSON Schema (`schema/session.schema.json`).
 */
import * as z from "zod/mini";
import { isJsonObject, type JsonObject, setOwn } from "./json.ts";
import { nameProblem } from "./names.ts";

// User-keyed maps are checked in place, never copied: zod's record copy would
// drop a `__proto__` key, and such keys are data here.
function jsonMap<T extends JsonObject>(description: string, valueOk: (v: unknown) => boolean, error: string) {
  const schema = z.custom<T>((v) => isJsonObject(v) && Object.values(v).every(valueOk), { error });
  z.globalRegistry.add(schema, { type: "object", description } as never);
  return schema;
}

export const JsonObjectSchema = jsonMap<JsonObject>("any JSON object", () => true, "must be a JSON object");
const Counters = jsonMap<Record<string, number>>(
  "summed counters, e.g. tokens",
  (v) => typeof v === "number" && Number.isFinite(v),
  "must be an object of numbers",
);
const Vars = jsonMap<Record<string, string>>("start variables", (v) => typeof v === "string", "must be an object of strings");

export const Timestamp = z.iso.datetime();
export const SessionName = z.string().check(
  z.refine((name) => nameProblem(name) === undefined, { error: "invalid session name" }),
);
z.globalRegistry.add(SessionName, {
  description: "segments of [A-Za-z0-9][A-Za-z0-9._-]* joined by ':', at most 128 characters",
  pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$",
  maxLength: 128,
} as never);
export const StepName = z.string().check(z.minLength(1), z.maxLength(200));
export const SessionId = z.string().check(z.regex(/^[0-9a-z]{8,26}$/));

export const STATUSES = ["running", "paused", "completed", "failed", "abandoned"] as const;
export const Status = z.enum(STATUSES);
export type Status = z.output<typeof Status>;
export const ARCHIVE_STATUSES = ["completed", "failed", "abandoned"] as const;

export const SessionType = z.enum(["workflow", "chat", "agent", "plugin"]);

export const StepError = z.object({ step: StepName, message: z.string(), at: Timestamp });
export type StepError = z.output<typeof StepError>;

export const EVENT_KINDS = ["enter", "update", "done", "error", "log", "pause", "resume", "replay", "skip"] as const;
export const SessionEvent = z.object({
  at: Timestamp,
  step: StepName,
  kind: z.enum(EVENT_KINDS),
  note: z.optional(z.string()),
  /** The merge patch this write applied to the context. */
  patch: z.optional(JsonObjectSchema),
  /** The whole context, when the write replaced it rather than patched it. */
  context: z.optional(JsonObjectSchema),
});
export type SessionEvent = z.output<typeof SessionEvent>;

const sessionShape = {
  workflow: SessionName,
  id: SessionId,
  type: SessionType,
  status: Status,
  started_at: Timestamp,
  updated_at: Timestamp,
  step: StepName,
  steps: z.array(StepName),
  /** The current step is finished (`set --done`); earlier steps are done by position. */
  step_done: z.optional(z.boolean()),
  plan: z.optional(z.array(StepName)),
  context: JsonObjectSchema,
  errors: z.optional(z.array(StepError)),
  usage: z.optional(Counters),
  vars: z.optional(Vars),
  spec: z.optional(z.object({ path: z.string(), sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) })),
  continued_from: z.optional(SessionId),
  artifacts: z.optional(z.array(z.string().check(z.minLength(1)))),
  events: z.optional(z.array(SessionEvent)),
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

const SESSION_KEYS = Object.keys(sessionShape);
const ARCHIVE_KEYS = [...SESSION_KEYS.slice(0, 6), "ended_at", ...SESSION_KEYS.slice(6), "notes"];

/** The same object with keys in the schema's order (unknown keys last), so diffs stay small. */
export function orderKeys<T extends object>(value: T, archived = false): T {
  const order = archived ? ARCHIVE_KEYS : SESSION_KEYS;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  const result = {} as Record<string, unknown>;
  for (const [key, v] of entries) setOwn(result, key, v);
  return result as T;
}

/** Validates `value` as a session, or returns the problems as one line. */
export function checkSession(value: unknown): { ok: true; session: Session } | { ok: false; problem: string } {
  return report(Session.safeParse(value));
}

export function checkArchivedSession(value: unknown): { ok: true; session: ArchivedSession } | { ok: false; problem: string } {
  return report(ArchivedSession.safeParse(value));
}

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function report<T>(result: Parsed<T>) {
  if (result.success) return { ok: true as const, session: result.data };
  const problem = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(top level)"}: ${issue.message}`)
    .join("; ");
  return { ok: false as const, problem };
}

/** The JSON Schema published beside the code; a test keeps the committed file equal to this. */
export function sessionJsonSchema(): object {
  return {
    ...z.toJSONSchema(Session, { unrepresentable: "any" }),
    $id: "https://workflow-sessions.dev/schema/session.schema.json",
    title: "Workflow session state",
  };
}
