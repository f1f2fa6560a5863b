import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import type { Session } from "../.claude/skills/session/lib/core/schema.ts";
import {
  archivedState,
  archiveFileNames,
  archiveLabel,
  renderArchive,
  slug,
} from "../.claude/skills/session/lib/format/archive.ts";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { renderYaml } from "../.claude/skills/session/lib/format/yaml.ts";

const base: Session = {
  workflow: "workflow:pr",
  id: "k3v9q2m8ab",
  type: "workflow",
  status: "running",
  started_at: "2025-01-29T15:00:00Z",
  updated_at: "2025-01-29T15:05:00Z",
  step: "git:pr:monitor",
  steps: ["init", "git:pr:find", "git:pr:monitor"],
  context: { branch: "feat/workflow-start", pr_number: 8 },
  rev: 3,
};

const TRICKY_STRINGS = [
  "2025-01-29",
  "2025-01-29T15:00:00Z",
  "null",
  "~",
  "yes",
  "no",
  "on",
  "off",
  "true",
  "False",
  "0x1F",
  "0o17",
  "1e3",
  ".inf",
  "-.nan",
  "---",
  "...",
  "# x",
  "- item",
  "? q",
  ": c",
  "a: b",
  "'single'",
  '"double"',
  "back\\slash",
  "tab\there",
  "new\nline",
  "cr\rlf",
  "😀 emoji",
  "\u2028 line sep",
  "\u0085 nel",
  "\u007f del",
  "\ufeff bom",
  "  spaces  ",
  "",
  "@at",
  "`tick`",
  "|",
  ">",
  "&anchor",
  "*alias",
  "!tag",
  "%directive",
  "{a: 1}",
  "[1, 2]",
  "<<",
  "=",
  "012",
  "+1",
  "1_000",
];
const TRICKY_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "yes",
  "null",
  "1",
  "",
  "a b",
  "a:b",
  "-",
  "<<",
  "ключ",
  "😀",
];

function roundTrip(session: Session) {
  const state = archivedState(session, {
    status: "completed",
    endedAt: "2025-01-29T16:00:00Z",
    notes: "done\n---\nreally",
  });
  return { state, parsed: parseArchive(renderArchive(state)) };
}

const HAS_PYYAML = Bun.spawnSync(["python3", "-c", "import yaml"], { stderr: "ignore" }).exitCode === 0;
if (!HAS_PYYAML)
  console.warn(
    "python3 with PyYAML is not installed: the PyYAML round-trip test is skipped (apt-get install python3-yaml)",
  );

describe("archive round-trip", () => {
  test("tricky strings and keys come back exactly", () => {
    const context: Record<string, unknown> = {};
    TRICKY_STRINGS.forEach((s, i) => {
      context[`s${i}`] = s;
    });
    for (const key of TRICKY_KEYS)
      Object.defineProperty(context, key, { value: key, enumerable: true, configurable: true, writable: true });
    context.nested = {
      list: [[], {}, [1, [2, { x: null }]], { deep: TRICKY_STRINGS }],
      numbers: [0, -1, 1.5, 1e21, 1e-7, -2.5e-300, 2 ** 53],
    };
    const { state, parsed } = roundTrip({
      ...base,
      context: context as never,
      step: "- step: #1",
      steps: ["---", "- step: #1"],
    });
    expect(parsed).toEqual(state);
    expect(Object.getPrototypeOf(parsed.context)).toBe(Object.prototype);
    expect(Object.keys(parsed.context)).toEqual(Object.keys(context));
  });

  test("any JSON context comes back exactly (property)", () => {
    const key = fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom(...TRICKY_KEYS));
    const leaf = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom(...TRICKY_STRINGS),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 4 }),
      ),
    }));
    const context = fc.dictionary(key, value, { maxKeys: 6 });
    fc.assert(
      fc.property(context, (ctx) => {
        const json = JSON.parse(JSON.stringify(ctx)); // what a state file can hold (-0 becomes 0)
        const { state, parsed } = roundTrip({ ...base, context: json });
        expect(parsed).toEqual(state);
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(state));
      }),
      { numRuns: 300 },
    );
  });

  // A reader that is missing is a skipped test, named as such in the output, never a silent pass.
  test.skipIf(!HAS_PYYAML)(
    "the frontmatter is standard YAML: Python's yaml reads the same values, timestamps as strings",
    () => {
      const context: Record<string, unknown> = {
        date: "2025-01-29",
        n: 1e21,
        tiny: 1e-7,
        ok: "yes",
        nul: "null",
        hex: "0x1F",
        dash: "---",
        hash: "# x",
      };
      TRICKY_STRINGS.forEach((s, i) => {
        context[`s${i}`] = s;
      });
      for (const key of TRICKY_KEYS)
        Object.defineProperty(context, key, {
          value: [key, { k: key }],
          enumerable: true,
          configurable: true,
          writable: true,
        });
      const { state } = roundTrip({ ...base, context: context as never });
      const text = renderArchive(state);
      const py = Bun.spawnSync(
        [
          "python3",
          "-c",
          "import sys, json, yaml; t = sys.stdin.read(); fm = t.split('\\n---\\n', 1)[0][4:]; " +
            "print(json.dumps(yaml.safe_load(fm)))",
        ],
        { stdin: new TextEncoder().encode(text) },
      );
      expect(py.stderr.toString()).toBe("");
      expect(JSON.parse(py.stdout.toString())).toEqual(JSON.parse(JSON.stringify(state)));
    },
  );

  test("a body reads like a report", () => {
    const { state } = roundTrip({
      ...base,
      status: "failed",
      plan: ["init", "git:pr:find", "git:pr:monitor", "merge"],
      errors: [{ step: "git:pr:monitor", message: "CI timed out", at: "2025-01-29T15:04:00Z" }],
      artifacts: ["reports/ci.log"],
    });
    const text = renderArchive({ ...state, status: "failed" });
    expect(text).toContain("# workflow:pr\n");
    expect(text).toContain("Failed on 2025-01-29 after 1h 0m: 3 steps entered, 1 error.");
    expect(text).toContain("1. ✓ init\n2. ✓ git:pr:find\n3. ✗ git:pr:monitor — CI timed out\n4. · merge (not reached)");
    expect(text).toContain('```json\n{\n  "branch": "feat/workflow-start",\n  "pr_number": 8\n}\n```');
    expect(text).toContain("- **git:pr:monitor** (2025-01-29T15:04:00Z): CI timed out");
    expect(text).toContain("- [reports/ci.log](<../../../../reports/ci.log>)");
    expect(text).toContain("## Notes\n\n```text\ndone\n---\nreally\n```\n");
  });

  test("a context holding backticks gets a longer fence", () => {
    const { state } = roundTrip({ ...base, context: { code: "```js\nx\n```" } });
    expect(renderArchive(state)).toContain("````json\n");
  });

  test.each([
    ["no frontmatter", "# hello"],
    ["broken YAML", "---\nworkflow: [unclosed\n---\n"],
    ["not a mapping", "---\n- a\n---\n"],
    ["schema violation", '---\nworkflow: "x"\n---\n'],
  ])("refuses an archive with %s (exit 4)", (_, text) => {
    expect(() => parseArchive(text)).toThrow(expect.objectContaining({ exitCode: 4 }));
  });
});

describe("archive file names", () => {
  test.each([
    ["workflow:pr", "feat/xxx", "2025-01-29-workflow-pr-feat-xxx-k3v9q2.md"],
    ["weekly-review", undefined, "2025-01-29-weekly-review-k3v9q2.md"],
    ["WFS-oauth-integration", "Crème brûlée!", "2025-01-29-wfs-oauth-integration-creme-brulee-k3v9q2.md"],
    ["a", "😀", "2025-01-29-a-k3v9q2.md"],
    // Names that slug alike (release:v1, release.v1) differ by their ids.
    ["release.v1", undefined, "2025-01-29-release-v1-k3v9q2.md"],
  ])("%s with label %p → %s", (workflow, label, expected) => {
    expect(archiveFileNames(workflow, "2025-01-29T23:59:59Z", label, "k3v9q2m8ab").next().value).toBe(expected);
  });

  test("later candidates get a numeric suffix", () => {
    const names = archiveFileNames("x", "2025-01-29T00:00:00Z", undefined, "abcdef1234");
    expect([names.next().value, names.next().value, names.next().value]).toEqual([
      "2025-01-29-x-abcdef.md",
      "2025-01-29-x-abcdef-2.md",
      "2025-01-29-x-abcdef-3.md",
    ]);
  });

  test("the label is --label, else context.branch", () => {
    expect(archiveLabel(base)).toBe("feat/workflow-start");
    expect(archiveLabel(base, "v2")).toBe("v2");
    expect(archiveLabel({ ...base, context: { branch: 7 } })).toBeUndefined();
  });

  test("slugs are short and plain", () => {
    expect(slug(`${"x".repeat(30)} ${"y".repeat(40)}`)).toBe("x".repeat(30));
    expect(slug("../../etc/passwd")).toBe("etc-passwd");
  });
});

describe("renderYaml", () => {
  test("writes block YAML with every string quoted", () => {
    expect(renderYaml({ a: "x", b: [1, { c: true }], d: {}, e: [], f: null, "g h": [[1, 2]] })).toBe(
      'a: "x"\nb:\n  - 1\n  - c: true\nd: {}\ne: []\nf: null\n"g h":\n  - - 1\n    - 2\n',
    );
  });
});
