import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { mergePatch } from "../.claude/skills/session/lib/core/merge-patch.ts";

// The examples of RFC 7396, appendix A.
const RFC_EXAMPLES: [unknown, unknown, unknown][] = [
  [{ a: "b" }, { a: "c" }, { a: "c" }],
  [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
  [{ a: "b" }, { a: null }, {}],
  [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
  [{ a: ["b"] }, { a: "c" }, { a: "c" }],
  [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
  [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
  [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
  [
    ["a", "b"],
    ["c", "d"],
    ["c", "d"],
  ],
  [{ a: "b" }, ["c"], ["c"]],
  [{ a: "foo" }, null, null],
  [{ a: "foo" }, "bar", "bar"],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: "b", c: null }, { a: "b" }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

describe("mergePatch", () => {
  test.each(RFC_EXAMPLES)("RFC 7396 example: %j + %j", (target, patch, expected) => {
    expect(mergePatch(target as never, patch as never)).toEqual(expected as never);
  });

  test("__proto__ is a key like any other, never a prototype", () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const result = mergePatch({}, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(["__proto__", "a"]);
    expect(JSON.stringify(result)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("does not change its arguments", () => {
    const target = { a: { b: 1 } };
    const patch = { a: { c: 2 } };
    mergePatch(target, patch);
    expect(target).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { c: 2 } });
  });

  const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<any>;
  const object = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 5 });
  const nullFree = (v: any): boolean =>
    v === null ? false : typeof v === "object" && !Array.isArray(v) ? Object.values(v).every(nullFree) : true;

  test("laws: idempotent, empty patch is identity, a null-free patch's keys win (property)", () => {
    fc.assert(
      fc.property(object, object, (target, patch) => {
        const once = mergePatch(target, patch);
        expect(mergePatch(once, patch)).toEqual(once);
        expect(mergePatch(target, {})).toEqual(target);
        if (nullFree(patch)) {
          for (const key of Object.keys(patch)) {
            const value = (once as any)[key];
            if (typeof patch[key] !== "object" || Array.isArray(patch[key])) expect(value).toEqual(patch[key]);
          }
        }
      }),
    );
  });

  test("laws: keys the patch does not name are untouched; a null removes its key (property)", () => {
    fc.assert(
      fc.property(object, object, (target, patch) => {
        const result = mergePatch(target, patch) as Record<string, unknown>;
        for (const key of Object.keys(target)) if (!Object.hasOwn(patch, key)) expect(result[key]).toEqual(target[key]);
        for (const [key, value] of Object.entries(patch)) {
          if (value === null) expect(Object.hasOwn(result, key)).toBe(false);
          else expect(Object.hasOwn(result, key)).toBe(true);
        }
      }),
    );
  });
});
