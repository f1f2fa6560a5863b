/**
 * The index and search: markdown and JSON are the truth, the SQLite index is
 * derived, kept current by every write, rebuilt when files change behind its
 * back or it is lost. Search never shows a session that is gone nor misses one
 * just written.
 */
import { Database } from "bun:sqlite";
import { describe, expect, test } from "bun:test";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderYaml } from "../.claude/skills/session/lib/format/yaml.ts";
import { run, runIn, spawn, stateDir, tempProject } from "./helpers.ts";

const INDEX = "ia/state/sessions/.index/sessions.sqlite";
const found = async (p: string, query: string, args: string[] = []) =>
  ((await runIn(p, "search", [query, "--json", ...args])).json as any[]).map((hit) => hit.workflow).sort();

describe("search finds exactly the sessions that are there", () => {
  test("after set, save, delete, cleanup and resume, with the index kept current by each write", async () => {
    const p = tempProject();
    await runIn(p, "set", ["pr:login", "init", '{"note":"OAuth callback fails on Safari"}']);
    expect(await found(p, "safari")).toEqual(["pr:login"]); // the first search builds the index
    expect(existsSync(join(p, INDEX))).toBe(true);
    await runIn(p, "set", ["pr:pay", "init", '{"note":"Safari payment sheet"}']);
    expect(await found(p, "safari")).toEqual(["pr:login", "pr:pay"]);
    const { id } = (await runIn(p, "save", ["pr:login", "--status", "abandoned", "--notes", "fixed the callback"]))
      .json;
    expect(await found(p, "callback")).toEqual(["pr:login"]);
    expect((await runIn(p, "search", ["callback", "--json"])).json[0].archive).toMatch(/archives\/.*\.md$/);
    await runIn(p, "resume", [id]);
    expect((await runIn(p, "search", ["callback", "--json"])).json.map((h: any) => h.archive)).toEqual([null]);
    await runIn(p, "delete", ["pr:pay", "--force"]);
    expect(await found(p, "safari")).toEqual(["pr:login"]);
    await runIn(p, "set", ["old", "s", '{"x":"stale words"}'], { now: "2024-01-01T00:00:00Z" });
    await runIn(p, "cleanup", ["--stale", "30d"]);
    expect((await runIn(p, "search", ["stale", "--json"])).json).toEqual([
      expect.objectContaining({ workflow: "old", status: "abandoned" }),
    ]);
  });

  test("files changed behind the index's back (a checkout, a merge) are seen at the next search", async () => {
    const p = tempProject();
    await runIn(p, "set", ["a", "s", '{"word":"alpha"}']);
    expect(await found(p, "alpha")).toEqual(["a"]);
    // As a git checkout would: files appear and disappear without the tool.
    const other = tempProject();
    await runIn(other, "set", ["b", "s", '{"word":"alpha beta"}']);
    copyFileSync(join(stateDir(other), "b.json"), join(stateDir(p), "b.json"));
    rmSync(join(stateDir(p), "a.json"));
    expect(await found(p, "alpha")).toEqual(["b"]);
  });

  test("a deleted or corrupt index is rebuilt, and the answer is right", async () => {
    const p = tempProject();
    await runIn(p, "set", ["a", "s", '{"word":"gamma"}']);
    expect(await found(p, "gamma")).toEqual(["a"]);
    rmSync(join(p, ".", INDEX));
    expect(await found(p, "gamma")).toEqual(["a"]);
    writeFileSync(join(p, INDEX), "this is not a database");
    expect(await found(p, "gamma")).toEqual(["a"]);
    expect((await runIn(p, "doctor")).code).toBe(0);
  });

  test(
    "doctor: an index behind a checkout is normal (search catches up); rows that are not the files are drift, " +
      "and --fix rebuilds",
    async () => {
      const p = tempProject();
      await runIn(p, "set", ["a", "s", '{"word":"lambda"}']);
      await runIn(p, "search", ["lambda"]);
      const other = tempProject();
      await runIn(other, "set", ["b", "s"]);
      copyFileSync(join(stateDir(other), "b.json"), join(stateDir(p), "b.json")); // as a checkout would
      expect(run(p, "doctor", ["--json"]).json.problems).toEqual([]);
      await runIn(p, "list");
      const db = new Database(join(p, INDEX));
      // as a writer killed between its file and the index would leave it
      db.run("DELETE FROM sessions WHERE workflow = 'b'");
      db.close();
      const report = run(p, "doctor", ["--fix", "--json"]);
      expect(report.json.problems.map((x: any) => [x.kind, x.fixed])).toEqual([["index-drift", true]]);
      expect(run(p, "doctor", ["--json"]).json.problems).toEqual([]);
      expect(
        JSON.parse(run(p, "list", ["--json"]).stdout)
          .map((s: any) => s.workflow)
          .sort(),
      ).toEqual(["a", "b"]);
    },
  );

  test(
    "the tool's own words (event kinds, statuses, the type) find nothing; " + "the user's words in the same archive do",
    async () => {
      const p = tempProject();
      await runIn(p, "set", ["pr:a", "init", '{"status":"merged","deep":{"kind":"rebase"}}']);
      await runIn(p, "save", ["pr:a"]);
      await runIn(p, "set", ["pr:b", "init"]);
      await runIn(p, "save", ["pr:b"]);
      for (const word of ["save", "enter", "start", "completed", "workflow"])
        expect({ word, hits: await found(p, word) }).toEqual({ word, hits: [] });
      expect(await found(p, "merged")).toEqual(["pr:a"]);
      expect(await found(p, "rebase")).toEqual(["pr:a"]);
    },
  );

  test("an archived session's context keys and values are found, after save and after reindex", async () => {
    const p = tempProject();
    const context = { checks: "failed", pr_number: 812, ci: { status: "flaky", retried: true }, reviewers: ["zoe"] };
    await runIn(p, "set", ["pr:x", "monitor", JSON.stringify(context), "--error", "lint red"]);
    await runIn(p, "search", ["anything"]); // an index exists, so `save` updates it in place
    await runIn(p, "log", ["pr:x", "asked upsilon"]);
    await runIn(p, "save", ["pr:x", "--status", "failed"]);
    const queries = ["checks failed", "checks", "pr_number", "812", "ci flaky", "retried", "zoe", "upsilon", "lint"];
    const hits = async () => Promise.all(queries.map(async (q) => [q, await found(p, q)]));
    const every = queries.map((q) => [q, ["pr:x"]]);
    expect(await hits()).toEqual(every);
    await runIn(p, "reindex");
    expect(await hits()).toEqual(every);
    // And so does an archive in the earlier layout (its timeline in the frontmatter), after a rebuild.
    const archives = join(stateDir(p), "archives");
    const file = join(archives, readdirSync(archives)[0] as string);
    const state = (await runIn(p, "show", ["pr:x", "--json"])).json;
    const { archive: _, ...saved } = state;
    writeFileSync(file, `---\n${renderYaml(saved)}---\n\n# pr:x\n`);
    await runIn(p, "reindex");
    expect(await hits()).toEqual(every);
    expect(await found(p, "save")).toEqual([]);
  });

  test("filters combine: status, workflow glob, type, dates, limit", async () => {
    const p = tempProject();
    await runIn(p, "set", ["pr:a", "s", '{"w":"delta"}'], { now: "2025-01-01T00:00:00Z" });
    await runIn(p, "set", ["pr:b", "s", '{"w":"delta"}', "--error", "x"], { now: "2025-01-10T00:00:00Z" });
    await runIn(p, "start", ["chat:c", "--type", "chat"], { now: "2025-01-20T00:00:00Z" });
    await runIn(p, "log", ["chat:c", "delta in a chat"], { now: "2025-01-20T00:00:00Z" });
    expect(await found(p, "delta")).toEqual(["chat:c", "pr:a", "pr:b"]);
    expect(await found(p, "delta", ["--workflow", "pr:*"])).toEqual(["pr:a", "pr:b"]);
    expect(await found(p, "delta", ["--status", "failed"])).toEqual(["pr:b"]);
    expect(await found(p, "delta", ["--type", "chat"])).toEqual(["chat:c"]);
    expect(await found(p, "delta", ["--since", "2025-01-05", "--until", "2025-01-15"])).toEqual(["pr:b"]);
    expect(await found(p, "delta", ["--workflow", "pr:*", "--since", "2025-01-05"])).toEqual(["pr:b"]);
    expect((await runIn(p, "search", ["delta", "--json", "--limit", "1"])).json).toHaveLength(1);
  });

  test(
    "an archive written by another YAML writer (reordered, re-quoted) is " + "indexed from its full frontmatter",
    async () => {
      const p = tempProject();
      mkdirSync(join(stateDir(p), "archives"), { recursive: true });
      writeFileSync(
        join(stateDir(p), "archives", "2025-01-29-hand.md"),
        `---\nstatus: completed\nworkflow: 'hand:made'\nid: abcd1234ef\ntype: workflow\nstarted_at: ` +
          `'2025-01-29T15:00:00Z'\nupdated_at: '2025-01-29T15:00:00Z'\nended_at: '2025-01-29T15:00:00Z'\nstep: ` +
          `s\nsteps: [s]\ncontext: {topic: epsilon}\nrev: 1\n---\n`,
      );
      expect((await runIn(p, "search", ["epsilon", "--json"])).json).toEqual([
        expect.objectContaining({ workflow: "hand:made", id: "abcd1234ef", status: "completed" }),
      ]);
    },
  );

  test("query syntax passes through; a malformed query is exit 2 with the reason, never an SQL error", async () => {
    const p = tempProject();
    await runIn(p, "set", ["a", "s", '{"w":"zeta eta"}']);
    await runIn(p, "set", ["b", "s", '{"w":"zeta"}']);
    expect(await found(p, "zeta NOT eta")).toEqual(["b"]);
    expect(await found(p, '"zeta eta"')).toEqual(["a"]);
    expect(await found(p, "ze*")).toEqual(["a", "b"]);
    for (const query of ["AND (", '"unclosed', "nocolumn:x"]) {
      const r = await runIn(p, "search", [query]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(/^error: invalid search query/);
    }
  });

  test("on a terminal the match is highlighted; on a pipe it is marked with brackets", async () => {
    const p = tempProject();
    await runIn(p, "set", ["a", "s", '{"w":"theta"}']);
    expect((await runIn(p, "search", ["theta"])).stdout).toContain("[theta]");
    expect((await runIn(p, "search", ["theta"], { stdoutTerminal: true })).stdout).toContain("\x1b[1m\x1b[33mtheta");
  });
});

describe("the index under load", () => {
  test("two processes writing while a third searches never see an error", async () => {
    const p = tempProject();
    run(p, "set", ["seed", "s", '{"w":"iota"}']);
    run(p, "search", ["iota"]);
    const writers = [0, 1].map((w) =>
      (async () => {
        for (let i = 0; i < 8; i++) {
          const proc = spawn(p, "set", [`w${w}:${i}`, "s", JSON.stringify({ w: "iota" })]);
          expect(await proc.exited).toBe(0);
        }
      })(),
    );
    const searches = (async () => {
      for (let i = 0; i < 8; i++) {
        const proc = spawn(p, "search", ["iota", "--json"]);
        const code = await proc.exited;
        const err = await new Response(proc.stderr).text();
        expect({ code, err }).toEqual({ code: 0, err: "" });
      }
    })();
    await Promise.all([...writers, searches]);
    expect(JSON.parse(run(p, "search", ["iota", "--json", "--limit", "100"]).stdout)).toHaveLength(17);
    expect(run(p, "doctor").code).toBe(0);
  }, 60_000);

  test("a write never fails for the index's sake: an unwritable index is rebuilt later", async () => {
    const p = tempProject();
    await runIn(p, "set", ["a", "s", '{"w":"kappa"}']);
    await runIn(p, "search", ["kappa"]);
    writeFileSync(join(p, INDEX), "garbage, as a crash might leave it");
    const r = await runIn(p, "set", ["b", "s", '{"w":"kappa"}']);
    expect(r.code).toBe(0);
    expect(await found(p, "kappa")).toEqual(["a", "b"]);
    expect(readFileSync(join(stateDir(p), "b.json"), "utf8")).toContain("kappa");
  });
});
