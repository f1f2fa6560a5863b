#!/usr/bin/env bun
// Breaks each guarantee on purpose, in a copy of the project, and checks that the test suite notices.
// Usage: bun run mutate [--only NAME]   (exit 1 if any mutation leaves the suite green)
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const ROOT = join(import.meta.dir, "..");
const LIB = ".claude/skills/session/lib";

interface Mutation {
  name: string;
  /** The guarantee it breaks. */
  breaks: string;
  file: string;
  from: string;
  to: string;
}

export const MUTATIONS: Mutation[] = [
  {
    name: "plain-write",
    breaks: "atomic replace: a plain write in place (the same write loop) instead of temporary file + rename",
    file: `${LIB}/fs/files.ts`,
    from: "export function writeFileAtomic(path: string, text: string, beforeCommit?: () => void): void {\n",
    to:
      "export function writeFileAtomic(path: string, text: string, beforeCommit?: () => void): void {\n" +
      '  if (text) {\n    const fd = fs().openSync(path, "w");\n    writeAll(fd, text);\n' +
      "    return void fs().closeSync(fd);\n  }\n",
  },
  {
    name: "no-lock",
    breaks: "no lost updates: writers do not take the session's lock",
    file: `${LIB}/store/lock.ts`,
    from: "  acquire(path, mine, options);\n",
    to: "  if (key) return fn({ verify() {} });\n  acquire(path, mine, options);\n",
  },
  {
    name: "live-lock-broken",
    breaks: "no lost updates: a lock is broken although its owner is alive",
    file: `${LIB}/store/lock.ts`,
    from: "export function isStale(path: string, holder: string, staleMs: number, now = Date.now()): boolean {\n",
    to:
      "export function isStale(path: string, holder: string, staleMs: number, now = Date.now()): boolean {\n  if " +
      "(holder) return true;\n",
  },
  {
    name: "pid-reuse-ignored",
    breaks: "a dead owner's lock is broken at once: a newer process that reused its pid is taken for the owner",
    file: `${LIB}/store/lock.ts`,
    from: '  return isAlive(owner.pid) && (owner.start === "-" || processStart(owner.pid) === owner.start);\n',
    to: "  return isAlive(owner.pid);\n",
  },
  {
    name: "save-order-swapped",
    breaks: "nothing lost on a crash: save removes the active state before the archive is written",
    file: `${LIB}/store/save.ts`,
    from: `    const result = writeArchive(store, session, options, lock);
    const path = sessionPath(store, name);
    lock.verify();
    removeFile(path);
`,
    to: `    const path = sessionPath(store, name);
    lock.verify();
    removeFile(path);
    const result = writeArchive(store, session, options, lock);
`,
  },
  {
    name: "archive-overwrite",
    breaks: "an archive is never overwritten: rename (which replaces) instead of link (which refuses)",
    file: `${LIB}/fs/files.ts`,
    from: "        fs().linkSync(temp, path);\n",
    to: "        fs().renameSync(temp, path);\n",
  },
  {
    name: "no-ownership-check",
    breaks: "no lost updates: a writer commits without checking that the lock is still its own",
    file: `${LIB}/store/lock.ts`,
    from: "function verify(path: string, mine: string): void {\n",
    to: "function verify(path: string, mine: string): void {\n  if (mine) return;\n",
  },
  {
    name: "corrupt-deleted",
    breaks: "nothing a user wrote is lost: doctor --fix deletes an unreadable file instead of moving it aside",
    file: `${LIB}/store/repair.ts`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, as written
    from: '  const to = moveFileNew(path, numbered(join(aside, `${basename(path)}.${now.replaceAll(":", "")}`)));\n',
    to: "  const to = path;\n  removeFile(path);\n",
  },
  {
    name: "short-write-ignored",
    breaks: "no short write is committed: one write(2), its count ignored",
    file: `${LIB}/fs/files.ts`,
    from: "  while (done < bytes.length) {\n",
    to:
      "  if (bytes.length) return void writeSync(fd, bytes, 0, writeAllowance(bytes.length));\n  while (done < " +
      "bytes.length) {\n",
  },
  {
    name: "front-matter-engine-allowed",
    breaks: "nothing runs from a file: a front matter that names a language is handed to gray-matter's engines",
    file: `${LIB}/format/archive-parse.ts`,
    from: '  if (language !== "") {\n',
    to:
      '  if (language !== "") return JSON.stringify(require("gray-matter")(text, { excerpt: false }).data);\n  ' +
      'if (language !== "") {\n',
  },
  {
    name: "merge-accepts-hand-edit",
    breaks: "a merge refuses a side edited by hand (its state is not its timeline's fold)",
    file: `${LIB}/core/merge.ts`,
    from: "  if (handEdits(session, checkpoint))\n",
    to: "  if (handEdits(session, checkpoint) && !session)\n",
  },
  {
    name: "merge-tie-by-side",
    breaks:
      "a merge gives one result whichever side is ours: a tie in time goes to our side instead of the smaller identity",
    file: `${LIB}/core/merge.ts`,
    from: "  return (x.eid as string) <= (y.eid as string) ? x : y;\n",
    to: "  return x;\n",
  },
];

if (import.meta.main) await main();

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string" } } });
  const chosen = MUTATIONS.filter((m) => values.only === undefined || m.name === values.only);
  if (chosen.length === 0)
    throw new Error(`no mutation named ${values.only}; there are ${MUTATIONS.map((m) => m.name).join(", ")}`);

  /** A copy of the working tree (not .git; node_modules linked), with one mutation applied and the bundles rebuilt. */
  function mutatedCopy(mutation: Mutation): string {
    const copy = mkdtempSync(join(tmpdir(), `session-mutant-${mutation.name}-`));
    chmodSync(copy, 0o755); // the read-only-folder test runs the scripts as another user

    cpSync(ROOT, copy, { recursive: true, filter: (src) => !/\/(\.git|node_modules|\.bench)$/.test(src) });
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const path = join(copy, mutation.file);
    const source = readFileSync(path, "utf8");
    if (source.split(mutation.from).length !== 2)
      throw new Error(`${mutation.name}: the code to mutate is not found exactly once in ${mutation.file}`);
    writeFileSync(path, source.replace(mutation.from, mutation.to));
    const build = Bun.spawnSync(["bun", "run", "build"], { cwd: copy, stdout: "ignore", stderr: "pipe" });
    if (build.exitCode !== 0) throw new Error(`${mutation.name}: build failed: ${build.stderr}`);
    return copy;
  }

  const results: {
    name: string;
    breaks: string;
    failed: number;
    passed: number;
    caughtBy: string[];
    seconds: number;
  }[] = [];
  for (const mutation of chosen) {
    const started = performance.now();
    const copy = mutatedCopy(mutation);
    try {
      const proc = Bun.spawnSync(["bun", "test"], {
        cwd: copy,
        stdout: "pipe",
        stderr: "pipe",
        env: { ...process.env, NO_COLOR: "1" },
      });
      const output = `${proc.stdout}${proc.stderr}`;
      const count = (word: string) => Number(new RegExp(`^ *(\\d+) ${word}$`, "m").exec(output)?.[1] ?? 0);
      // The anchor check (test/mutate.test.ts) fails in every mutant by design: it is not a catch.
      const caughtBy = [
        ...new Set([...output.matchAll(/^\(fail\) (.+?)(?: \[[\d.]+m?s\])?$/gm)].map((m) => m[1] as string)),
      ].filter((name) => !name.startsWith("the mutations >"));
      results.push({
        name: mutation.name,
        breaks: mutation.breaks,
        failed: caughtBy.length,
        passed: count("pass") + count("fail") - caughtBy.length,
        caughtBy,
        seconds: (performance.now() - started) / 1000,
      });
      const last = results.at(-1);
      console.error(
        `${mutation.name}: ` +
          `${last?.failed ? `caught by ${last.failed} failing tests` : "SURVIVED: the suite stayed green"}`,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  console.log("| mutation | breaks | tests failing | caught by |");
  console.log("| --- | --- | ---: | --- |");
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.breaks} | ${r.failed} of ${r.failed + r.passed} | ` +
        `${r.caughtBy.join("; ") || "**nothing: survived**"} |`,
    );
  const survivors = results.filter((r) => r.failed === 0);
  if (survivors.length > 0) {
    console.error(`error: ${survivors.length} mutation(s) survived: ${survivors.map((r) => r.name).join(", ")}`);
    process.exit(1);
  }
}
