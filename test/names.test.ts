import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import {
  caseKey,
  checkName,
  checkStep,
  fileStem,
  ID_PATTERN,
  isIdPrefix,
  MAX_NAME_LENGTH,
  nameFromStem,
  nameProblem,
  newId,
} from "../.claude/skills/session/lib/core/names.ts";
import { Session } from "../.claude/skills/session/lib/core/schema.ts";
import { checkSession } from "../.claude/skills/session/lib/core/validate.ts";
import { SAMPLE_SESSION } from "./helpers.ts";

// --- Generated names: mostly valid ones from the grammar, and near-misses of each kind. ---

const GRAMMAR = /^[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"];
const DEVICES = new Set(["con", "prn", "aux", "nul", ...DIGITS.flatMap((d) => [`com${d}`, `lpt${d}`])]);

/** The rule, stated apart from names.ts: the grammar, 128 characters, and no Windows device name as the file stem. */
function isValidName(name: string): boolean {
  if (name.length > MAX_NAME_LENGTH || !GRAMMAR.test(name)) return false;
  // Windows refuses "CON", "con.txt", "Nul.tar.gz": the part of the file name before its first ".".
  return !DEVICES.has((fileStem(name).split(".")[0] as string).toLowerCase());
}

const segment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/);
const grammarName = fc.array(segment, { minLength: 1, maxLength: 6 }).map((segments) => segments.join(":"));

/** Splices `text` into `name` at a position drawn by fast-check. */
const spliced = (name: fc.Arbitrary<string>, text: fc.Arbitrary<string>) =>
  fc
    .tuple(name, fc.nat(), text)
    .map(([n, at, t]) => n.slice(0, at % (n.length + 1)) + t + n.slice(at % (n.length + 1)));

// Characters the grammar refuses anywhere (U+212A is the Kelvin sign, which /i/u would match to "k").
const forbidden = fc.constantFrom(
  "/",
  "\\",
  " ",
  "+",
  "*",
  "?",
  '"',
  "<",
  ">",
  "|",
  "#",
  "%",
  "~",
  "@",
  "=",
  ",",
  ";",
  "'",
  "!",
  "$",
  "&",
  "(",
  "[",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u007f",
  "\u00a0",
  "\u2028",
  "ü",
  "é",
  "ß",
  "¹",
  "\u212a",
  "😀",
);
// One of them spliced in, or one that is refused only at the start of a segment (or, for ":", at either end).
const oneBadCharacter = spliced(
  grammarName,
  fc.oneof({ arbitrary: forbidden, weight: 4 }, fc.constantFrom(".", "-", "_", ":")),
);

// A segment that starts with ".", "-" or "_" (which may follow its first character).
const badStart = fc
  .tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.nat(), fc.constantFrom(".", "-", "_", "..", "._"))
  .map(([segments, at, head]) => segments.map((s, i) => (i === at % segments.length ? head + s : s)).join(":"));

const emptySegment = fc
  .tuple(grammarName, fc.constantFrom("start", "end", "middle"))
  .map(([name, where]) =>
    where === "start"
      ? `:${name}`
      : where === "end"
        ? `${name}:`
        : name.includes(":")
          ? name.replace(":", "::")
          : `${name}::x`,
  );

// Around the 128-character limit: padded to 125..131 characters.
const nearTheLimit = fc
  .tuple(grammarName, fc.integer({ min: MAX_NAME_LENGTH - 3, max: MAX_NAME_LENGTH + 3 }))
  .map(([name, length]) => name.padEnd(length, "x"));

// Device names in any case, with or without an extension, alone or beside other segments; and names that only look like
// one.
const device = fc.mixedCase(
  fc.constantFrom(...DEVICES, "com", "lpt", "com10", "lpt00", "cons", "nula", "auxx", "xnul"),
);
const windowsName = fc
  .tuple(
    fc.constantFrom("", "", "", "w:", "x.y:"),
    device,
    fc.constantFrom("", "", ".txt", ".", "..", ".json.bak", "_1", "-x", "0"),
    fc.constantFrom("", "", ":x", ":con", ".d:e"),
  )
  .map((parts) => parts.join(""));

const nameCase: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: grammarName, weight: 8 },
  { arbitrary: windowsName, weight: 4 },
  { arbitrary: oneBadCharacter, weight: 3 },
  { arbitrary: badStart, weight: 1 },
  { arbitrary: emptySegment, weight: 1 },
  { arbitrary: nearTheLimit, weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
);

describe("session names", () => {
  test.each([
    "workflow:pr",
    "weekly-review",
    "WFS-oauth-integration",
    "git:pr:monitor",
    "a",
    "v1.2_x",
    "a".repeat(128),
  ])("accepts %p", (name) => {
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
        if (a !== b) expect(fileStem(a)).not.toBe(fileStem(b));
      }),
      { seed: 6 },
    );
  });

  test("the name generator is mostly valid and reaches every kind of near-miss", () => {
    const sample = fc.sample(nameCase, { seed: 7, numRuns: 2000 });
    const valid = sample.filter(isValidName);
    const problems = sample.map(nameProblem).filter((problem) => problem !== undefined);
    expect(valid.length / sample.length).toBeGreaterThan(0.5);
    expect(valid.some((name) => name.length === MAX_NAME_LENGTH)).toBe(true);
    // device-like but allowed
    expect(valid.filter((name) => /^(con|prn|aux|nul|com|lpt)/i.test(name)).length).toBeGreaterThan(20);
    for (const why of ["empty segment", "holds", "must start with", "longer than", "reserved on Windows"]) {
      expect(problems.filter((problem) => problem.includes(why)).length).toBeGreaterThan(20);
    }
  });

  test("nameProblem accepts exactly the grammar's names (property)", () => {
    fc.assert(
      fc.property(nameCase, (name) => {
        expect(nameProblem(name) === undefined).toBe(isValidName(name));
        if (!isValidName(name)) expect(() => checkName(name)).toThrow("invalid session name");
      }),
      { seed: 8, numRuns: 3000 },
    );
  });
});

describe("a session's name, checked by zod and by the compiled validator", () => {
  const withName = (workflow: string) => ({ ...SAMPLE_SESSION, workflow });

  test("the state around the names is valid", () => {
    expect(Session.safeParse(SAMPLE_SESSION).success).toBe(true);
    expect(checkSession(SAMPLE_SESSION).ok).toBe(true);
  });

  test("they agree on every name but Windows device names, which only zod refuses (property)", () => {
    fc.assert(
      fc.property(nameCase, (name) => {
        const zod = Session.safeParse(withName(name)).success;
        const compiled = checkSession(withName(name)).ok;
        if (zod !== compiled) {
          expect({ name, zod, compiled, problem: nameProblem(name) }).toEqual({
            name,
            zod: false,
            compiled: true,
            problem: expect.stringContaining("reserved on Windows"),
          });
        }
      }),
      { seed: 9, numRuns: 3000 },
    );
  });

  test("they agree on every name, Windows device names included (property)", () => {
    fc.assert(
      fc.property(nameCase, (name) => {
        expect(checkSession(withName(name)).ok).toBe(Session.safeParse(withName(name)).success);
      }),
      { seed: 10, numRuns: 3000 },
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
