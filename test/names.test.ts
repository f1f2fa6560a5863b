import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { caseKey, checkName, checkStep, fileStem, ID_PATTERN, isIdPrefix, nameFromStem, nameProblem, newId } from "../.claude/skills/session/lib/names.ts";

describe("session names", () => {
  test.each(["workflow:pr", "weekly-review", "WFS-oauth-integration", "git:pr:monitor", "a", "v1.2_x", "a".repeat(128)])("accepts %p", (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  test.each([
    ["", "empty"],
    ["../x", 'holds "/"'],
    ["a/b", 'holds "/"'],
    ["a\\b", 'holds "\\\\"'],
    ["a b", 'holds " "'],
    ["a::b", "empty segment"],
    [":a", "empty segment"],
    ["a:", "empty segment"],
    [".hidden", "must start with a letter or digit"],
    ["-flag", "must start with a letter or digit"],
    ["tab\there", 'holds "\\t"'],
    ["nul\u0000x", 'holds "\\u0000"'],
    ["a+b", 'holds "+"'],
    ["a".repeat(129), "longer than 128"],
    ["con", "reserved on Windows"],
    ["NUL.txt", "reserved on Windows"],
    ["ünïcode", 'holds "ü"'],
  ])("refuses %p (%s)", (name, why) => {
    expect(nameProblem(name)).toContain(why);
    expect(() => checkName(name)).toThrow("invalid session name");
  });

  test("maps ':' to '+' and back", () => {
    expect(fileStem("workflow:pr")).toBe("workflow+pr");
    expect(nameFromStem("workflow+pr")).toBe("workflow:pr");
  });

  test("names differing only in case share a case key", () => {
    expect(caseKey("Workflow:PR")).toBe(caseKey("workflow:pr"));
  });

  const validName = fc
    .array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/), { minLength: 1, maxLength: 4 })
    .map((segments) => segments.join(":"))
    .filter((name) => nameProblem(name) === undefined);

  test("the file name mapping is one-to-one, portable and stays in the folder (property)", () => {
    fc.assert(
      fc.property(validName, validName, (a, b) => {
        const stem = fileStem(a);
        expect(nameFromStem(stem)).toBe(a);
        expect(stem).toMatch(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/); // no / \ : * ? " < > | or controls
        expect(stem.includes("..") && stem.startsWith("..")).toBe(false);
        if (a !== b) expect(fileStem(a)).not.toBe(fileStem(b));
      }),
    );
  });

  test("anything the grammar refuses never reaches a file name (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        if (nameProblem(text) === undefined) expect(text).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$/);
      }),
    );
  });
});

describe("step names", () => {
  test.each(["git:pr:monitor", "Generate summary", "x".repeat(200), "étape 3 ✓"])("accepts %p", (step) => {
    expect(checkStep(step)).toBe(step);
  });
  test.each(["", "x".repeat(201), "a\nb", "bell\u0007"])("refuses %p", (step) => {
    expect(() => checkStep(step)).toThrow();
  });
});

describe("ids", () => {
  test("are 10 random characters of [0-9a-z]", () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(ids).size).toBe(1000);
    // Not time-ordered: the first characters spread over the alphabet.
    expect(new Set(ids.map((id) => id[0])).size).toBeGreaterThan(25);
  });

  test("id prefixes need at least 4 characters", () => {
    expect(isIdPrefix("k3v9")).toBe(true);
    expect(isIdPrefix("k3v")).toBe(false);
    expect(isIdPrefix("K3V9")).toBe(false);
  });
});
