/**
 * Every archive the tool writes reads back exactly in the YAML readers people
 * use on it: gray-matter (js-yaml), PyYAML with libyaml and pure, Ruby's Psych
 * (as Jekyll reads it), and pandoc's metadata. Random states full of hostile
 * values; a reader that is not installed is a skipped test that says so.
 */
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import type { Json, JsonObject } from "../.claude/skills/session/lib/core/json.ts";
import type { SessionEvent } from "../.claude/skills/session/lib/core/schema.ts";
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

/** Random archives: each text, its frontmatter's state (without the timeline), its events, and the whole state. */
function archives(
  seed: number,
  runs: number,
): { text: string; state: JsonObject; events: Json[]; whole: JsonObject }[] {
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
      const { events, ...withoutTimeline } = JSON.parse(JSON.stringify(state));
      return { text: renderArchive(state), state: withoutTimeline, events, whole: JSON.parse(JSON.stringify(state)) };
    });
}

/** Runs a reader over many frontmatters at once (a JSON array on stdin, one out), so the test spawns it once. */
function readAll(
  cmd: string[],
  texts: string[],
  part = (t: string) => t.slice(4, t.indexOf("\n---\n", 4) + 1),
): Json[] {
  const proc = Bun.spawnSync(cmd, { stdin: new TextEncoder().encode(JSON.stringify(texts.map(part))) });
  if (proc.exitCode !== 0) throw new Error(proc.stderr.toString());
  return JSON.parse(proc.stdout.toString());
}

/** Compares as JSON does: what a reader gives back, normalised the way JSON.stringify would. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("archives read back exactly in every installed reader", () => {
  const sample = archives(20250129, 150);

  test("the tool itself (js-yaml for the frontmatter, JSON for the timeline block): the whole state", () => {
    for (const { text, whole } of sample) expect(asJson(parseArchive(text))).toEqual(whole);
  });

  test("gray-matter reads the frontmatter: the state without its timeline", () => {
    const matter = require("gray-matter") as (text: string, options?: object) => { data: unknown };
    for (const { text, state } of sample) expect(asJson(matter(text, { language: "yaml" }).data)).toEqual(state);
  });

  test("any JSON parser reads the timeline block, one event a line, after the report", () => {
    for (const { text, events } of sample) {
      const marker = "\n```jsonl session-events\n";
      const start = text.indexOf(marker);
      expect(start).toBeGreaterThan(text.indexOf("\n## Timeline (machine-readable)\n"));
      expect(text.endsWith("\n```\n")).toBe(true);
      const lines = text.slice(start + marker.length, text.length - "\n```\n".length).split("\n");
      expect(lines.map((line) => JSON.parse(line))).toEqual(events);
    }
  });

  test.skipIf(!PYYAML)("Python reads the timeline block with json.loads, line by line", () => {
    const read = readAll(
      [
        "python3",
        "-c",
        "import sys, json\nout = []\nfor t in json.load(sys.stdin):\n  block = t.split('```jsonl session-events\\n')[1]" +
          ".split('\\n```\\n')[0]\n  out.append([json.loads(l) for l in block.split('\\n')])\nprint(json.dumps(out))",
      ],
      sample.map((s) => s.text),
      (t) => t,
    );
    read.forEach((value, i) => {
      expect(asJson(value)).toEqual(sample[i]?.events);
    });
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
      expect(headers).toEqual([
        "workflow:pr",
        "Steps",
        "Story",
        "Context",
        "Usage",
        "Artifacts",
        "Notes",
        "Timeline (machine-readable)",
      ]);
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

describe("no user string becomes structure or a link, in pandoc's gfm or marked", () => {
  const HOSTILE = [
    "lint failed (lint: missing semicolon)",
    "see https://ci.example.com/run/1 and http://x.io/a_b",
    "www.example.com/path, WWW.EXAMPLE.ORG",
    "mail dev@example.com or mailto:ops@example.com, ask @octocat",
    "ftp://files.example.com",
    "<https://auto.link> <b>bold</b> <!-- c --> a < b",
    "*em* _em_ **strong** __strong__ ~~del~~ ~sub~ ^sup^ $x$ $$y$$",
    "`code` ``co`de``",
    "[link](https://x.y) ![img](y.png) [ref] [^1] [ ] [x]",
    "    four spaces lead",
    "\tlead tab",
    "trailing  ",
    "# heading",
    "- item",
    "1. item",
    "> quote",
    "---",
    "| a | b |",
    "=====",
    "&amp; &#65; &copy; & plain",
    "back\\slash\\",
    "a_b_c snake_case 2 * 3 x*y",
    "---\ntitle: Hacked\n---",
    "line\nbreak",
    "C:\\path\\*",
  ];
  const at = (minute: number) => `2025-01-29T15:${String(minute).padStart(2, "0")}:00Z`;
  const steps = HOSTILE.filter((s) => !/[\t\n]/.test(s)).slice(0, 12);
  const actor = (i: number) => HOSTILE[i % HOSTILE.length] as string;
  const events: SessionEvent[] = [
    { rev: 1, at: at(0), kind: "start", workflow: "w", id: "k3v9q2m8ab", type: "workflow", actor: actor(0) },
    ...steps.map((step, i): SessionEvent => ({ rev: i + 2, at: at(i + 1), kind: "enter", step, actor: actor(i + 1) })),
    ...HOSTILE.map(
      (note, i): SessionEvent => ({
        rev: 20 + i,
        at: at(20 + i),
        kind: "log",
        step: steps.at(-1),
        note,
        actor: actor(i),
      }),
    ),
    { rev: 50, at: at(50), kind: "error", step: steps.at(-1), note: HOSTILE.join(" "), actor: actor(5) },
  ];
  const state = archivedState(
    {
      ...SAMPLE_SESSION,
      status: "failed",
      steps,
      step: steps.at(-1),
      events,
      errors: [{ step: steps.at(-1) as string, message: HOSTILE.join(" "), at: at(50) }],
      usage: Object.fromEntries(HOSTILE.map((key, i) => [key, i])),
      artifacts: ["out/a (1).md"],
    },
    { status: "failed", endedAt: at(55), notes: HOSTILE.join("\n") },
  );
  const text = renderArchive(state);
  const body = text.slice(text.indexOf("\n---\n", 4) + 5);

  /** What a reader made of the body: its tags outside code blocks, and its text. */
  function check(html: string) {
    const outside = html.replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, "<pre></pre>");
    const count = (tag: RegExp) => (outside.match(tag) ?? []).length;
    expect(count(/<a /g)).toBe(1); // the artifact's link, and no other
    expect(count(/<pre>/g)).toBe(4); // context, chart, notes, timeline
    expect(count(/<code>/g)).toBe(2); // the id, and `session` in the timeline's caption
    expect(count(/<h[1-6]/g)).toBe(9);
    expect(count(/<table>/g)).toBe(1);
    for (const tag of ["em", "strong", "del", "sub", "sup", "img", "blockquote", "hr", "br", "b", "input"])
      expect(`${tag}: ${count(new RegExp(`<${tag}[ />]`, "g"))}`).toBe(`${tag}: 0`);
    expect(outside).not.toContain("<!--");
    const words = (s: string) =>
      s
        .replace(/[\u200d]/g, "")
        .replace(/[\s\u00a0]+/g, " ")
        .trim();
    const shown = words(
      outside
        .replace(/<[^>]+>/g, " ")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&"),
    );
    for (const s of HOSTILE) expect(shown).toContain(words(s));
  }

  test.skipIf(!PANDOC)("pandoc -f gfm -t html", () => {
    const proc = Bun.spawnSync(["pandoc", "-f", "gfm", "-t", "html"], { stdin: new TextEncoder().encode(body) });
    expect(proc.exitCode).toBe(0);
    check(proc.stdout.toString());
  });

  test("marked (GFM)", async () => {
    // marked comes with mermaid (a dev dependency); without it, the test says so and checks nothing.
    let html: string;
    try {
      const { marked } = await import("marked");
      html = marked.parse(body, { async: false });
    } catch {
      console.warn("marked is not installed: its rendering test is skipped");
      return;
    }
    check(html);
  });

  test("plain text stays as written: nothing escaped that markdown would not read", () => {
    expect(body).toContain("logged: lint failed (lint: missing semicolon)");
    expect(body).toContain("a_b_c snake_case 2 * 3 x\\*y");
    expect(body).toContain("see https:\u200d//ci.example.com/run/1");
    expect(body).toContain("- \u00a0\u00a0\u00a0\u00a0four spaces lead: 9");
    expect(body).toContain("- \\# heading: 12");
  });
});
