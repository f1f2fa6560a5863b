/** The scripts validate with validators compiled from the zod schema; they must agree with zod itself. */
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { validateArchivedSession } from "../.claude/skills/session/lib/core/generated/validate-archive.js";
import { validateSession } from "../.claude/skills/session/lib/core/generated/validate-session.js";
import { ArchivedSession, Session } from "../.claude/skills/session/lib/core/schema.ts";
import { checkSession } from "../.claude/skills/session/lib/core/validate.ts";

const valid = {
  workflow: "workflow:pr",
  id: "k3v9q2m8ab",
  type: "workflow",
  status: "running",
  started_at: "2025-01-29T15:00:00Z",
  updated_at: "2025-01-29T15:05:00Z",
  step: "monitor",
  steps: ["init", "monitor"],
  step_done: true,
  plan: ["init", "monitor", "merge"],
  context: { branch: "feat/x", nested: { a: [1, null] } },
  errors: [{ step: "monitor", message: "red", at: "2025-01-29T15:04:00Z" }],
  usage: { tokens: 12 },
  vars: { env: "prod" },
  spec: { path: "spec.md", sha256: "a".repeat(64) },
  continued_from: "abcd1234",
  artifacts: ["out.md"],
  events: [{ at: "2025-01-29T15:00:00Z", step: "init", kind: "enter", patch: { branch: "feat/x" } }],
  rev: 2,
};

// Values that sit on the edges of the schema's rules.
const edgy = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    "",
    "x",
    "a".repeat(201),
    "2025-13-01T00:00:00Z",
    "2025-01-29T15:00:00.5Z",
    "2025-01-29T15:00:00+01:00",
    "2024-02-29T00:00:00Z",
    "2025-02-29T00:00:00Z",
    "ABCD1234",
    "abc",
    "a:b",
    "a::b",
    "paused",
    "done",
    -1,
    0,
    1.5,
    2 ** 53,
    [],
    {},
    [""],
    ["ok"],
    { k: "v" },
    { k: 1 },
    true,
  ),
);
const keys = Object.keys(valid);

/** A valid state with a few fields replaced, removed, or reached into. */
const mutated = fc
  .array(
    fc.tuple(
      fc.constantFrom(...keys, "extra"),
      fc.oneof(edgy, fc.constant(undefined)),
      fc.constantFrom("set", "inner"),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((changes) => {
    const state: any = structuredClone(valid);
    for (const [key, value, how] of changes) {
      if (how === "inner" && Array.isArray(state[key]) && state[key].length > 0) {
        const first = state[key][0];
        if (first && typeof first === "object") first[Object.keys(first)[0] as string] = value;
        else state[key][0] = value;
      } else if (value === undefined) delete state[key];
      else state[key] = value;
    }
    return state;
  });

describe("compiled validators", () => {
  test("accept the full example", () => {
    expect(validateSession(valid)).toBe(true);
    expect(Session.safeParse(valid).success).toBe(true);
  });

  test("agree with the zod schema on valid and broken states (property)", () => {
    fc.assert(
      fc.property(mutated, (state) => {
        expect(validateSession(state)).toBe(Session.safeParse(state).success);
        const archived = {
          ...state,
          status: state.status === "running" ? "completed" : state.status,
          ended_at: "2025-01-29T16:00:00Z",
        };
        expect(validateArchivedSession(archived)).toBe(ArchivedSession.safeParse(archived).success);
      }),
      { numRuns: 2000 },
    );
  });

  test("say where the problem is", () => {
    expect(checkSession({ ...valid, context: [] })).toEqual({ ok: false, problem: "context: must be object" });
    expect(checkSession({ ...valid, status: "done" })).toMatchObject({
      ok: false,
      problem: expect.stringContaining("status: must be equal to one of the allowed values (running, paused"),
    });
    expect(checkSession({ ...valid, errors: [{ step: "x" }] })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^errors\.0: must have required property/),
    });
  });
});
