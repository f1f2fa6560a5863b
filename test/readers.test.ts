/**
 * Every archive the tool writes reads back exactly in the YAML readers people
 * use on it: gray-matter (js-yaml), PyYAML with libyaml and pure, Ruby's Psych
 * (as Jekyll reads it), and pandoc's metadata. Random states full of hostile
 * values; a reader that is not installed is a skipped test that says so.
 */
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import type { Json, JsonObject } from "../.claude/skills/session/lib/core/json.ts";
import { archivedState, renderArchive } from "../.claude/skills/session/lib/format/archive.ts";
import { parseArchive } from "../.claude/skills/session/lib/format/archive-parse.ts";
import { SAMPLE_SESSION } from "./helpers.ts";

/** Does CMD run and succeed? A missing executable is a "no" (Bun.spawnSync throws for it), never a failed suite. */
const has = (cmd: string[]) => {
  try {
    return Bun.spawnSync(cmd, { stdout: "ignore", stderr: "ignore" }).exitCode === 0;
  } catch {
    return false;
  }
};
const PYYAML = has(["python3", "-c", "import yaml"]);
const LIBYAML = PYYAML && has(["python3", "-c", "import yaml; yaml.CSafeLoader"]);
const PSYCH = has(["ruby", "-e", "require 'yaml'"]);
const PANDOC = has(["pandoc", "--version"]);
for (const [ok, what] of [
  [PYYAML, "python3 with PyYAML (apt-get install python3-yaml)"],
  [LIBYAML, "PyYAML built with libyaml"],
  [PSYCH, "ruby (apt-get install ruby)"],
  [PANDOC, "pandoc (apt-get install pandoc)"],
] as const) {
  if (!ok) console.warn(`${what} is not installed: its reader test is skipped`);
}

// Strings that YAML readers are known to misread, plus random Unicode (no lone surrogates: refused at input).
const TRICKY = [
  "2025-01-29",
  "yes",
  "No",
  "null",
  "~",
  "0x1F",
  "1e3",
  "---",
  "...",
  "- x",
  "? x",
  ": x",
  "# c",
  "&a",
  "*a",
  "!t",
  "%YAML",
  "@x",
  "`x",
  "<<",
  "=",
  "'q'",
  '"q"',
  "a: b",
  "a #b",
  "\t",
  " lead",
  "trail ",
  "line\nbreak",
  "\r\n",
  "\u2028",
  "\u0085",
  "\ufeff",
  "é",
  "😀",
  "<!--",
  "[x](y)",
];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 12 }));
const key = fc.oneof(text, fc.constantFrom("<<", "k".repeat(1100), "id", "y"));
const json: fc.Arbitrary<Json> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.dictionary(key, tie("value"), { maxKeys: 3 }),
})).value as fc.Arbitrary<Json>;

function archives(seed: number, runs: number): { text: string; state: JsonObject }[] {
  return fc
    .sample(
      fc.record({
        context: fc.dictionary(key, json, { maxKeys: 5 }),
        notes: text,
        step: text.filter((s) => s.length > 0 && !/[\u0000-\u001f\u007f-\u009f]/.test(s)),
      }),
      { seed, numRuns: runs },
    )
    .map(({ context, notes, step }) => {
      const state = archivedState(
        { ...SAMPLE_SESSION, context: context as JsonObject, step, steps: ["init", step] },
        { status: "completed", endedAt: "2025-01-29T16:00:00Z", notes },
      );
      return { text: renderArchive(state), state: JSON.parse(JSON.stringify(state)) };
    });
}

/** Runs a reader over many frontmatters at once (a JSON array on stdin, one out), so the test spawns it once. */
function readAll(cmd: string[], texts: string[]): Json[] {
  const frontmatters = texts.map((t) => t.slice(4, t.indexOf("\n---\n", 4) + 1));
  const proc = Bun.spawnSync(cmd, { stdin: new TextEncoder().encode(JSON.stringify(frontmatters)) });
  if (proc.exitCode !== 0) throw new Error(proc.stderr.toString());
  return JSON.parse(proc.stdout.toString());
}

/** Compares as JSON does: what a reader gives back, normalised the way JSON.stringify would. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("archives read back exactly in every installed reader", () => {
  const sample = archives(20250129, 150);

  test("gray-matter (js-yaml), which the tool itself uses", () => {
    for (const { text, state } of sample) expect(asJson(parseArchive(text))).toEqual(state);
  });

  test.skipIf(!LIBYAML)("PyYAML with libyaml (CSafeLoader)", () => {
    const read = readAll(
      [
        "python3",
        "-c",
        "import sys, json, yaml\nprint(json.dumps([yaml.load(t, Loader=yaml.CSafeLoader) for t in " +
          "json.load(sys.stdin)]))",
      ],
      sample.map((s) => s.text),
    );
    read.forEach((value, i) => {
      expect(asJson(value)).toEqual(sample[i]?.state);
    });
  });

  test.skipIf(!PYYAML)("PyYAML, pure Python (SafeLoader)", () => {
    const read = readAll(
      [
        "python3",
        "-c",
        "import sys, json, yaml\nprint(json.dumps([yaml.load(t, Loader=yaml.SafeLoader) for t in " +
          "json.load(sys.stdin)]))",
      ],
      sample.map((s) => s.text),
    );
    read.forEach((value, i) => {
      expect(asJson(value)).toEqual(sample[i]?.state);
    });
  });

  test.skipIf(!PSYCH)("Ruby's Psych, as Jekyll reads front matter (safe_load)", () => {
    const ruby =
      "require 'yaml'; require 'json'; puts JSON.generate(JSON.parse(STDIN.read).map { |t| YAML.safe_load(t, " +
      "aliases: false) })";
    const read = readAll(
      ["ruby", "-e", ruby],
      sample.map((s) => s.text),
    );
    read.forEach((value, i) => {
      expect(asJson(value)).toEqual(sample[i]?.state);
    });
  });

  // pandoc reads metadata strings as markdown, so only plain fields can compare as text; and pandoc 2.17
  // drops all metadata when a string begins with a tab or four spaces (its bug, noted in the README).
  test.skipIf(!PANDOC)(
    "pandoc sees the whole frontmatter: every key, and plain fields as written",
    () => {
      const pandocBug = (t: string) => /(: |- |\? )"(\\t| {4})/.test(t);
      const docs = sample.filter((s) => !pandocBug(s.text)).slice(0, 25);
      for (const { text, state } of docs) {
        const meta = Bun.spawnSync(["pandoc", "-f", "markdown", "-t", "json"], {
          stdin: new TextEncoder().encode(text),
        });
        expect(meta.exitCode).toBe(0);
        const keys = Object.keys(JSON.parse(meta.stdout.toString()).meta).sort();
        expect(keys).toEqual(Object.keys(state).sort());
        const plain = JSON.parse(meta.stdout.toString()).meta;
        expect(plain.id.c.map((x: any) => x.c ?? " ").join("")).toBe(state.id);
        expect(plain.status.c.map((x: any) => x.c ?? " ").join("")).toBe(state.status);
      }
    },
    60_000,
  );
});

describe("the report body cannot lie", () => {
  const hostile = archivedState(
    {
      ...SAMPLE_SESSION,
      step: "<!-- swallow",
      steps: ["init", "<!-- swallow"],
      usage: { "# heading": 1, "1. item": 2, "- dash": 3 },
      artifacts: ["out/a (1).md", "docs/x#y?.md", "C:\\Users\\me\\notes.md"],
      errors: [{ step: "init", message: "[unclosed `tick $math$", at: "2025-01-29T15:01:00Z" }],
      events: [{ rev: 2, at: "2025-01-29T15:02:00Z", kind: "log", step: "init", note: "---\nstatus: failed\n---" }],
    },
    {
      status: "completed",
      endedAt: "2025-01-29T16:00:00Z",
      notes: "---\nstatus: failed\n---\n[unclosed\r\nline with CR\r",
    },
  );
  const text = renderArchive(hostile);

  test("no carriage return is written, and outside fenced blocks the frontmatter is the only frontmatter", () => {
    expect(text).not.toContain("\r");
    let fence: string | undefined;
    const outside = text.split("\n").filter((line) => {
      const marker = /^(`{3,})/.exec(line)?.[1];
      if (marker && (fence === undefined || marker.length >= fence.length)) {
        fence = fence === undefined ? marker : undefined;
        return false;
      }
      return fence === undefined;
    });
    expect(outside.filter((line) => line === "---")).toHaveLength(2);
  });

  test.skipIf(!PANDOC)(
    "pandoc reads the frontmatter's status and every section, and no user string becomes structure",
    () => {
      const proc = Bun.spawnSync(["pandoc", "-f", "markdown", "-t", "json"], { stdin: new TextEncoder().encode(text) });
      expect(proc.exitCode).toBe(0);
      const doc = JSON.parse(proc.stdout.toString());
      expect(doc.meta.status.c.map((x: any) => x.c).join("")).toBe("completed");
      const headers = doc.blocks
        .filter((b: any) => b.t === "Header")
        .map((b: any) => b.c[2].map((x: any) => x.c ?? " ").join(""));
      expect(headers).toEqual(["workflow:pr", "Steps", "Context", "Usage", "Errors", "Artifacts", "Log", "Notes"]);
      const links: string[] = [];
      const walk = (node: any): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === "object") {
          if (node.t === "Link") links.push(node.c[2][0]);
          Object.values(node).forEach(walk);
        }
      };
      walk(doc.blocks);
      expect(links).toEqual([
        "../../../../out/a%20%281%29.md",
        "../../../../docs/x%23y%3F.md",
        "file:///C:/Users/me/notes.md",
      ]);
    },
  );
});

describe("nothing stored can make an archive a reader rejects", () => {
  test("a lone surrogate left by an older version is refused when saving, not written", () => {
    const state = archivedState(
      { ...SAMPLE_SESSION, context: { s: "\ud83c" } as never },
      { status: "completed", endedAt: "2025-01-29T16:00:00Z" },
    );
    expect(() => renderArchive(state)).toThrow("lone UTF-16 surrogate");
  });
});
