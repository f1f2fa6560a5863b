/**
 * Spec snapshots: `start --spec` keeps a tracked spec by its git blob id and an
 * untracked one as a bounded copy; `resume` warns on a changed spec with a short
 * diff and the command that restores it; `--accept-spec` records the new one;
 * `show --spec` prints the snapshot, for active, archived and forked sessions.
 */
import { describe, expect, onTestFinished, test } from "bun:test";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { specDiff } from "../.claude/skills/session/lib/core/spec.ts";
import { readState, runIn, snapshot, stateDir, tempProject } from "./helpers.ts";

const HAS_GIT = Bun.spawnSync(["git", "--version"], { stdout: "ignore" }).exitCode === 0;

function git(repo: string, ...args: string[]): string {
  const proc = Bun.spawnSync(
    ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", ...args],
    { cwd: repo, stdout: "pipe", stderr: "pipe" },
  );
  if (proc.exitCode !== 0) throw new Error(`git ${args.join(" ")} failed: ${proc.stderr.toString()}`);
  return proc.stdout.toString();
}

/** A real git repository holding SPEC.md, committed. */
function repository(text: string): string {
  const repo = tempProject();
  rmSync(join(repo, ".git"), { recursive: true });
  git(repo, "init", "-q");
  writeFileSync(join(repo, "SPEC.md"), text);
  git(repo, "add", "SPEC.md");
  git(repo, "commit", "-q", "-m", "spec");
  return repo;
}

const sha = (text: string) => new Bun.CryptoHasher("sha256").update(text).digest("hex");
const SPEC_V1 = "# Spec\n\nBuild the thing.\nTest the thing.\nShip it.\n";
const SPEC_V2 = "# Spec\n\nBuild the thing.\nTest the thing twice.\nShip it.\n";

describe.skipIf(!HAS_GIT)("a tracked spec", () => {
  test("is kept by its git blob id, nothing copied; `git show BLOB` restores it", async () => {
    const repo = repository(SPEC_V1);
    const r = await runIn(repo, "start", ["w", "--spec", "SPEC.md"]);
    expect(r.code).toBe(0);
    const blob = git(repo, "rev-parse", "HEAD:SPEC.md").trim();
    expect(r.json.spec).toEqual({ path: "SPEC.md", sha256: sha(SPEC_V1), blob });
    expect(readState(repo, "w").spec.copy).toBeUndefined();
    writeFileSync(join(repo, "SPEC.md"), SPEC_V2);
    expect(git(repo, "show", blob)).toBe(SPEC_V1);
    expect((await runIn(repo, "show", ["w", "--spec"])).stdout).toBe(SPEC_V1);
    expect((await runIn(repo, "show", ["w"])).stdout).toContain(`Spec: SPEC.md (git blob ${blob.slice(0, 12)};`);
  });

  test("from a subfolder, by its path from the project root", async () => {
    const repo = repository(SPEC_V1);
    mkdirSync(join(repo, "sub"));
    const r = await runIn(repo, "start", ["w", "--spec", "../SPEC.md"], { cwd: join(repo, "sub") });
    expect(r.json.spec.path).toBe("SPEC.md");
    expect(r.json.spec.blob).toBe(git(repo, "rev-parse", "HEAD:SPEC.md").trim());
  });

  test("changed in the working tree (not as git holds it): a copy is kept instead", async () => {
    const repo = repository(SPEC_V1);
    writeFileSync(join(repo, "SPEC.md"), SPEC_V2);
    const r = await runIn(repo, "start", ["w", "--spec", "SPEC.md"]);
    expect(r.json.spec).toEqual({ path: "SPEC.md", sha256: sha(SPEC_V2), copy: SPEC_V2 });
  });

  test("changed: resume warns with the diff and `git show BLOB > SPEC.md`, and restoring it quiets it", async () => {
    const repo = repository(SPEC_V1);
    const blob = (await runIn(repo, "start", ["w", "--spec", "SPEC.md"])).json.spec.blob;
    writeFileSync(join(repo, "SPEC.md"), SPEC_V2);
    const r = await runIn(repo, "resume", ["w"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("- Test the thing.\n");
    expect(r.stderr).toContain("+ Test the thing twice.\n");
    expect(r.stderr).toContain(`Restore it: git show ${blob} > SPEC.md`);
    writeFileSync(join(repo, "SPEC.md"), git(repo, "show", blob));
    expect((await runIn(repo, "resume", ["w"])).stderr).toBe("");
  });
});

describe("an untracked spec", () => {
  test("is kept as a copy in the state; `show --spec` prints it exactly", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), SPEC_V1);
    const r = await runIn(p, "start", ["w", "--spec", "SPEC.md"]);
    expect(r.code).toBe(0);
    expect(r.json.spec).toEqual({ path: "SPEC.md", sha256: sha(SPEC_V1), copy: SPEC_V1 });
    const shown = await runIn(p, "show", ["w", "--spec"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(SPEC_V1);
    expect((await runIn(p, "show", ["w"])).stdout).toContain(
      "Spec: SPEC.md (a copy, 5 lines; `session show w --spec` prints it)",
    );
  });

  test("a copy is bounded: above 256 KiB as stored it is refused (exit 2), nothing written", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), "x".repeat(256 * 1024));
    const before = snapshot(p);
    const r = await runIn(p, "start", ["w", "--spec", "SPEC.md"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^error: --spec SPEC.md: would take 257 KiB as a copy in the state, above the 256 KiB bound/,
    );
    expect(r.stderr).toContain("git commit");
    expect(snapshot(p)).toEqual(before);
    // Just under the bound is kept, and the session stays writable.
    writeFileSync(join(p, "SPEC.md"), "x".repeat(255 * 1024));
    expect((await runIn(p, "start", ["w", "--spec", "SPEC.md"])).code).toBe(0);
    expect((await runIn(p, "set", ["w", "a", '{"k":1}'])).code).toBe(0);
    writeFileSync(join(p, "SPEC.md"), "y".repeat(255 * 1024));
    expect((await runIn(p, "resume", ["w", "--accept-spec"])).code).toBe(0);
    writeFileSync(join(p, "SPEC.md"), "z".repeat(255 * 1024));
    expect((await runIn(p, "resume", ["w", "--accept-spec"])).code).toBe(0);
    expect((await runIn(p, "set", ["w", "b"])).code).toBe(0);
    expect((await runIn(p, "doctor")).code).toBe(0);
  });

  test.each([
    [
      "a file that is not UTF-8",
      (p: string) => writeFileSync(join(p, "SPEC.bin"), new Uint8Array([0xff, 0xfe, 0])),
      "SPEC.bin",
      /not UTF-8 text/,
    ],
    ["a folder", (p: string) => mkdirSync(join(p, "SPEC.bin")), "SPEC.bin", /is not a file/],
    [
      "a link out of the project",
      (p: string) => {
        const outside = join(tmpdir(), `spec-outside-${process.pid}-${Date.now()}`);
        writeFileSync(outside, "secret");
        onTestFinished(() => rmSync(outside, { force: true }));
        symlinkSync(outside, join(p, "SPEC.bin"));
      },
      "SPEC.bin",
      /is a link out of the project/,
    ],
    ["a file outside the project", () => {}, "../elsewhere.md", /is outside the project/],
  ])("%s is refused (exit 2), nothing written", async (_what, make, file, message) => {
    const p = tempProject();
    make(p);
    const before = snapshot(p);
    const r = await runIn(p, "start", ["w", "--spec", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(snapshot(p)).toEqual(before);
  });
});

describe("a changed spec", () => {
  test("resume warns with a short diff and the restore command, and goes on; --accept-spec records it", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), SPEC_V1);
    await runIn(p, "start", ["w", "--steps", "a,b", "--spec", "SPEC.md"]);
    await runIn(p, "set", ["w", "a", "--done"]);
    writeFileSync(join(p, "SPEC.md"), SPEC_V2);
    const r = await runIn(p, "resume", ["w"]);
    expect(r.code).toBe(0);
    expect(r.json.next).toBe("b");
    expect(r.stderr).toBe(
      [
        "warning: the spec SPEC.md changed since the session took it; going on with the new one",
        "  @@ line 4",
        "  - Test the thing.",
        "  + Test the thing twice.",
        "  Restore it: session show w --spec > SPEC.md",
        "  Or follow the new one from here: session resume w --accept-spec",
        "",
      ].join("\n"),
    );
    // Restoring by the printed command gives back the spec the session took.
    writeFileSync(join(p, "SPEC.md"), (await runIn(p, "show", ["w", "--spec"])).stdout);
    expect(readFileSync(join(p, "SPEC.md"), "utf8")).toBe(SPEC_V1);
    expect((await runIn(p, "resume", ["w"])).stderr).toBe("");

    writeFileSync(join(p, "SPEC.md"), SPEC_V2);
    const accepted = await runIn(p, "resume", ["w", "--accept-spec"]);
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toBe("");
    const state = readState(p, "w");
    expect(state.spec).toEqual({ path: "SPEC.md", sha256: sha(SPEC_V2), copy: SPEC_V2 });
    expect(state.events.at(-2)).toMatchObject({ kind: "spec", spec: state.spec });
    expect((await runIn(p, "resume", ["w"])).stderr).toBe("");
    expect((await runIn(p, "show", ["w", "--spec"])).stdout).toBe(SPEC_V2);
    expect((await runIn(p, "doctor")).code).toBe(0);
    // The archive's story tells it, and its frontmatter keeps the new snapshot.
    const saved = (await runIn(p, "save", ["w", "--status", "failed"])).json;
    expect(readFileSync(join(p, saved.archive), "utf8")).toContain(
      "accepted the changed spec SPEC.md as the one to follow",
    );
    expect((await runIn(p, "show", [saved.id, "--spec"])).stdout).toBe(SPEC_V2);
  });

  test("a long change shows a bounded diff", () => {
    const before = Array.from({ length: 50 }, (_, i) => `line ${i}`).join("\n");
    const after = Array.from({ length: 50 }, (_, i) => `line ${i} changed ${"x".repeat(200)}`).join("\n");
    const diff = specDiff(before, after);
    expect(diff).toHaveLength(10);
    expect(diff.at(-1)).toBe("… 92 more lines");
    expect(diff.every((line) => line.length <= 125)).toBe(true);
    expect(specDiff("same", "same")).toEqual([]);
  });

  test("a gone spec is a warning; --accept-spec refuses it (exit 2) and changes nothing", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), SPEC_V1);
    await runIn(p, "start", ["w", "--spec", "SPEC.md"]);
    rmSync(join(p, "SPEC.md"));
    const r = await runIn(p, "resume", ["w"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("warning: the spec SPEC.md is gone; going on\n");
    const before = snapshot(p);
    const refused = await runIn(p, "resume", ["w", "--accept-spec"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("error: --accept-spec: the spec SPEC.md is gone");
    expect(snapshot(p)).toEqual(before);
  });

  test("a spec path from a state file is never read outside the project", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), SPEC_V1);
    await runIn(p, "start", ["w", "--spec", "SPEC.md"]);
    const file = join(stateDir(p), "w.json");
    const state = JSON.parse(readFileSync(file, "utf8"));
    state.spec.path = "/etc/passwd";
    state.events[0].spec.path = "/etc/passwd";
    writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
    const r = await runIn(p, "resume", ["w"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("warning: the spec /etc/passwd is outside the project; it is not read; going on\n");
  });
});

describe("show --spec", () => {
  test("a session without a spec, or without a snapshot (before snapshots), is exit 2", async () => {
    const p = tempProject();
    await runIn(p, "start", ["w"]);
    const r = await runIn(p, "show", ["w", "--spec"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: w has no spec");
    writeFileSync(join(p, "SPEC.md"), SPEC_V1);
    await runIn(p, "start", ["old", "--spec", "SPEC.md"]);
    const file = join(stateDir(p), "old.json");
    const state = JSON.parse(readFileSync(file, "utf8"));
    delete state.spec.copy;
    delete state.events[0].spec.copy;
    writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
    const old = await runIn(p, "show", ["old", "--spec"]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("keeps no snapshot of its spec SPEC.md");
  });

  test("on a terminal, control characters are shown as pictures, never sent", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), "title\u001b[31m red\n");
    await runIn(p, "start", ["w", "--spec", "SPEC.md"]);
    expect((await runIn(p, "show", ["w", "--spec"], { stdoutTerminal: true })).stdout).toBe("title␛[31m red\n");
    expect((await runIn(p, "show", ["w", "--spec"])).stdout).toBe("title\u001b[31m red\n");
  });
});

describe("archives and forks keep the snapshot", () => {
  test("an archived session prints its copy; a fork carries it", async () => {
    const p = tempProject();
    writeFileSync(join(p, "SPEC.md"), SPEC_V1);
    const started = (await runIn(p, "start", ["w", "--spec", "SPEC.md"])).json;
    await runIn(p, "set", ["w", "a"]);
    const saved = (await runIn(p, "save", ["w", "--status", "failed"])).json;
    expect(existsSync(join(p, saved.archive))).toBe(true);
    const shown = await runIn(p, "show", [started.id, "--spec"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(SPEC_V1);
    const fork = (await runIn(p, "start", ["w2", "--fork", started.id])).json;
    expect(fork.spec).toEqual({ path: "SPEC.md", sha256: sha(SPEC_V1), copy: SPEC_V1 });
    expect((await runIn(p, "show", ["w2", "--spec"])).stdout).toBe(SPEC_V1);
    // Resumed from its archive, it still warns about a changed spec.
    writeFileSync(join(p, "SPEC.md"), SPEC_V2);
    const resumed = await runIn(p, "resume", [started.id]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain("+ Test the thing twice.");
  });

  test.skipIf(!HAS_GIT)("an archived session keeps the blob id, and shows the blob", async () => {
    const repo = repository(SPEC_V1);
    const started = (await runIn(repo, "start", ["w", "--spec", "SPEC.md"])).json;
    await runIn(repo, "save", ["w", "--status", "completed"]);
    writeFileSync(join(repo, "SPEC.md"), SPEC_V2);
    const shown = await runIn(repo, "show", [started.id, "--spec"]);
    expect(shown.stdout).toBe(SPEC_V1);
    const json = (await runIn(repo, "show", [started.id, "--json"])).json;
    expect(json.spec.blob).toBe(started.spec.blob);
  });
});
