import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
import { readState, runIn, stateDir, tempProject } from "./helpers.ts";

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
      const { events, ...withoutTimeline } = state;
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
      expect(JSON.parse(py.stdout.toString())).toEqual(JSON.parse(JSON.stringify(withoutTimeline)));
      expect(events?.length).toBeGreaterThan(0);
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

describe("the archive reads as a report first, its timeline last", () => {
  /** A pull request two agents and a reviewer worked on: a failure retried by another, a pause, a log. */
  async function pullRequest(p: string, status = "completed"): Promise<{ text: string; id: string; before: any }> {
    const at = (time: string) => `2025-01-29T15:${time}Z`;
    const as = async (actor: string, time: string, cmd: string, args: string[]) => {
      const r = await runIn(p, cmd, args, { now: at(time), env: { SESSION_ACTOR: actor } });
      expect(r.stderr).toBe("");
      return r;
    };
    await as("alice", "00:00", "start", ["workflow:pr", "--steps", "init,pr:create,pr:monitor,pr:review,merge"]);
    await as("alice", "01:00", "set", ["workflow:pr", "init", '{"branch":"feat/x"}', "--done"]);
    await as("alice", "02:10", "set", ["workflow:pr", "pr:create", '{"pr_number":8}', "--done"]);
    await as("alice", "03:00", "set", ["workflow:pr", "pr:monitor", '{"checks":"running"}']);
    await as("alice", "05:00", "set", [
      "workflow:pr",
      "pr:monitor",
      '{"checks":"failed"}',
      "--error",
      "lint failed (lint: missing semicolon), see https://ci.example.com/run/1",
    ]);
    await as("bob", "08:27", "resume", ["workflow:pr"]);
    await as("bob", "09:00", "log", ["workflow:pr", "fixed the semicolon; *pushed* again"]);
    await as("bob", "12:00", "set", ["workflow:pr", "pr:monitor", '{"checks":"passed"}', "--done"]);
    await as("bob", "13:00", "set", ["workflow:pr", "pr:review", '{"reviewers":["carol"]}']);
    await as("bob", "14:00", "pause", ["workflow:pr"]);
    await as("carol", "44:00", "resume", ["workflow:pr"]);
    await as("carol", "45:00", "set", ["workflow:pr", "pr:review", "--done"]);
    await as("carol", "46:00", "set", ["workflow:pr", "merge", "--done"]);
    const before = (await as("carol", "46:00", "get", ["workflow:pr"])).json;
    const { archive, id } = (
      await as("carol", "47:00", "save", ["workflow:pr", "--status", status, "--notes", "Merged."])
    ).json;
    return { text: readFileSync(join(p, archive), "utf8"), id, before };
  }

  test("a short frontmatter without the timeline, then the story: attempts, failures, stops, hand-offs", async () => {
    const p = tempProject();
    const { text } = await pullRequest(p);
    const lines = text.split("\n");
    const close = lines.indexOf("---", 1);
    expect(close).toBeLessThan(40);
    expect(lines.slice(0, close).some((line) => line.startsWith("events:"))).toBe(false);
    expect(lines[close + 2]).toBe("# workflow:pr");
    expect(text).toContain(
      "Completed on 2025-01-29 after 47m 0s: 5 steps entered, 1 error.\n" +
        "Tried again: pr:monitor (2 attempts).\n" +
        "Stood still 33m 27s in all: waiting after a failure 3m 27s; paused 30m 0s.\n" +
        "By alice, bob, carol; 2 hand-offs.\n",
    );
    expect(text).toContain("| By | alice, bob, carol |");
    expect(text).toContain(
      "3. ✓ pr:monitor — 2 attempts\n" +
        "   - ✗ attempt 1, alice, from 15:03:00, 2m 0s: lint failed (lint: missing semicolon), see " +
        "https:\u200d//ci.example.com/run/1\n" +
        "   - ✓ attempt 2, bob, from 15:08:27, 4m 33s\n",
    );
    const story = text.slice(text.indexOf("## Story\n"), text.indexOf("## Context\n"));
    expect(story.trim().split("\n").slice(2)).toEqual([
      "- 15:00:00 alice: started; planned init → pr:create → pr:monitor → pr:review → merge",
      "- 15:01:00 entered init; done",
      "- 15:02:10 entered pr:create; done",
      "- 15:03:00 entered pr:monitor",
      "- 15:05:00 pr:monitor failed: lint failed (lint: missing semicolon), see https:\u200d//ci.example.com/run/1",
      "- 15:08:27 bob: resumed pr:monitor (attempt 2), 3m 27s after the failure (taking over from alice)",
      "- 15:09:00 logged: fixed the semicolon; \\*pushed\\* again",
      "- 15:12:00 pr:monitor done",
      "- 15:13:00 entered pr:review",
      "- 15:14:00 paused",
      "- 15:44:00 carol: resumed pr:review, after 30m 0s paused (taking over from bob)",
      "- 15:45:00 pr:review done",
      "- 15:46:00 entered merge; done",
      "- 15:47:00 saved as completed, with the notes below",
    ]);
    // The chart draws the stops apart: no bar claims the time nobody worked.
    expect(text).toContain(
      "  pr∶monitor :crit, s3, 2025-01-29T15:03:00, 2025-01-29T15:05:00\n" +
        "  pr∶monitor (attempt 2) :done, s4, 2025-01-29T15:08:27, 2025-01-29T15:13:00\n" +
        "  pr∶review :done, s5, 2025-01-29T15:13:00, 2025-01-29T15:14:00\n" +
        "  pr∶review :done, s6, 2025-01-29T15:44:00, 2025-01-29T15:46:00\n",
    );
    expect(text).toContain(
      "  section Stopped\n" +
        "  failed, waiting :w1, 2025-01-29T15:05:00, 2025-01-29T15:08:27\n" +
        "  paused :w2, 2025-01-29T15:14:00, 2025-01-29T15:44:00\n",
    );
  });

  test("the timeline is the last block, one event a JSON line; show, search and a resume read it back", async () => {
    const p = tempProject();
    const { text, id, before } = await pullRequest(p, "abandoned");
    const block = text.slice(text.lastIndexOf("## Timeline (machine-readable)\n"));
    expect(block.split("\n")[4]).toBe("```jsonl session-events");
    expect(text.endsWith("\n```\n")).toBe(true);
    const jsonLines = block.split("\n").slice(5, -2);
    const events = jsonLines.map((line) => JSON.parse(line));
    expect(events.slice(0, -1)).toEqual(before.events);
    expect(events.at(-1)).toMatchObject({ kind: "save", status: "abandoned", note: "Merged.", actor: "carol" });
    const parsed = parseArchive(text);
    expect(parsed.events).toEqual(events);
    const shown = (await runIn(p, "show", [id, "--json"])).json;
    expect(shown.events).toEqual(events);
    expect(shown.context).toEqual({ branch: "feat/x", pr_number: 8, checks: "passed", reviewers: ["carol"] });
    expect((await runIn(p, "doctor", ["--json"])).json.problems.filter((x: any) => x.kind !== "merge-driver")).toEqual(
      [],
    );
    const resumed = await runIn(p, "resume", [id], { now: "2025-01-29T16:00:00Z" });
    expect(resumed.code).toBe(0);
    expect((await runIn(p, "get", ["workflow:pr"])).json.events.slice(0, events.length)).toEqual(events);
  });

  test("an archive in the earlier layout (events in the frontmatter) still reads, everywhere", async () => {
    const p = tempProject();
    const { text, id } = await pullRequest(p);
    const state = parseArchive(text);
    const old = `---\n${renderYaml(state as never)}---\n\n# workflow:pr\n\nThe report of an earlier version.\n`;
    expect(parseArchive(old)).toEqual(state);
    const file = readdirSync(join(stateDir(p), "archives"))[0] as string;
    writeFileSync(join(stateDir(p), "archives", file), old);
    expect((await runIn(p, "show", [id, "--json"])).json.events).toEqual(state.events);
    await runIn(p, "reindex");
    expect(((await runIn(p, "search", ["semicolon", "--json"])).json as any[]).map((h) => h.id)).toEqual([id]);
    expect(((await runIn(p, "search", ["checks", "--json"])).json as any[]).map((h) => h.id)).toEqual([id]);
    expect((await runIn(p, "doctor", ["--json"])).json.problems.filter((x: any) => x.kind !== "merge-driver")).toEqual(
      [],
    );
    const fork = await runIn(p, "start", ["next", "--fork", id, "--from", "pr:create"]);
    expect(fork.code).toBe(0);
    expect(readState(p, "next").context).toEqual({ branch: "feat/x", pr_number: 8 });
  });

  test("the block is found by its fence: a user's text that holds one is never taken for it", () => {
    const fake = '## Timeline (machine-readable)\n\n```jsonl session-events\n{"kind":"start"}\n```\n';
    const { state, parsed } = roundTrip({
      ...base,
      step: fake,
      steps: ["init", fake],
      context: { fake, tick: "````jsonl session-events" },
      events: [{ rev: 2, at: "2025-01-29T15:02:00Z", kind: "log", step: "init", note: fake }],
    });
    expect(parsed).toEqual(state);
    const text = renderArchive({ ...state, notes: fake });
    expect(parseArchive(text).events).toEqual(state.events);
    expect(parseArchive(text).notes).toBe(fake);
  });

  const saved = archivedState(base, { status: "completed", endedAt: "2025-01-29T16:00:00Z" });
  const good = renderArchive(saved);
  const [head, block] = [good.slice(0, good.indexOf("```jsonl")), good.slice(good.indexOf("```jsonl"))];
  test.each([
    ["both layouts at once", `---\nevents: []\n${good.slice(4)}`, "broken-timeline", /timeline twice/],
    ["a block cut short", good.slice(0, -4), "broken-timeline", /never ends/],
    ["two blocks", `${good}\n${block}`, "broken-timeline", /two timeline blocks/],
    ["a line that is not JSON", good.replace('{"rev"', "{rev"), "broken-timeline", /line 1 is not JSON/],
    [
      "an event nested too deep",
      `${head}${block.replace("\n```\n", `\n${"[".repeat(80)}\n\`\`\`\n`)}`,
      "too-deep",
      /deep/,
    ],
    [
      "git conflict markers in the block",
      good.replace('\n{"rev"', '\n<<<<<<< ours\n{"rev"').replace("\n```\n", "\n=======\n>>>>>>> theirs\n```\n"),
      "conflict-markers",
      /conflict markers/,
    ],
    ["an event the schema refuses", good.replace('"kind":"save"', '"kind":"explode"'), "invalid-state", /valid/],
  ])("refuses %s", (_, text, reason, message) => {
    expect(() => parseArchive(text)).toThrow(
      expect.objectContaining({ reason, message: expect.stringMatching(message) }),
    );
  });

  test("a CRLF checkout reads the same", () => {
    expect(parseArchive(good.replaceAll("\n", "\r\n"))).toEqual(parseArchive(good));
  });
});
