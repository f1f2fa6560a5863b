/** The `session merge-driver` command: git's merge driver for state files (git runs it, not people). */
import { defineCommand } from "../cli/command.ts";
import { CorruptStateError, UsageError } from "../core/errors.ts";
import { ARCHIVE_KEYS } from "../core/generated/keys.js";
import { mergeSessions } from "../core/merge.ts";
import type { ArchivedSession } from "../core/schema.ts";
import { withoutBom } from "../core/text.ts";
import { orderKeys } from "../core/validate.ts";
import { renderArchive } from "../format/archive.ts";
import { parseArchive } from "../format/archive-parse.ts";
import { parseSession, serializeSession } from "../format/state-file.ts";
import { readFile, writeFileAtomic } from "../fs/files.ts";
import { segmentReader } from "../store/history-segments.ts";

export default defineCommand({
  name: "merge-driver",
  summary: "merge two branches' versions of a state file (git runs this)",
  args: {
    base: { type: "positional", value: "BASE" },
    ours: { type: "positional", value: "OURS" },
    theirs: { type: "positional", value: "THEIRS" },
    path: { type: "positional", value: "PATH", required: false },
  },
  options: {},
  description: `Registered in .git/config (\`session doctor --fix\` does it) and routed by
ia/state/sessions/.gitattributes (\`*.json\` and \`archives/*.md\`), git runs it as
\`merge-driver %O %A %B %P\`. When both sides advanced one session, it writes the
union of their timelines after what they share, folded, to OURS (rev above both)
and exits 0. Two different sessions under one name, a side it cannot read or
refuses, or a merged state over the size limit stay a conflict: both versions
between conflict markers in OURS, the reason on stderr, exit 1.`,
  footer: "Exit codes: 0 merged, 1 left as a conflict for a person, 2 bad input.",
  async run(ctx) {
    const { ours: oursPath, theirs: theirsPath, path: shown } = ctx.args;
    const name = shown ?? oursPath;
    for (const path of [oursPath, theirsPath])
      if (!(await Bun.file(path).exists())) throw new UsageError(`no such file: ${path}`);
    let reason: string;
    try {
      const merged = await mergeFiles(oursPath, theirsPath, name);
      if (merged.ok) {
        writeFileAtomic(oursPath, merged.text);
        return;
      }
      reason = merged.reason;
    } catch (error) {
      // Whatever stops the merge (a side past the read bound, a merged state over the limit, a bug), git must see a
      // conflict.
      reason =
        error instanceof CorruptStateError ? `a side cannot be read: ${error.message}` : (error as Error).message;
    }
    // A conflict git shows as any other: both versions between markers, for a person to resolve.
    const [oursText, theirsText] = await Promise.all([Bun.file(oursPath).text(), Bun.file(theirsPath).text()]);
    writeFileAtomic(
      oursPath,
      `<<<<<<< ours\n${ensureNewline(oursText)}=======\n${ensureNewline(theirsText)}>>>>>>> theirs\n`,
    );
    ctx.warn(`${name}: not merged: ${reason}`);
    ctx.setExitCode(1);
  },
});

/** The merged text of two sides of one state file or archive, or why they do not merge. */
async function mergeFiles(
  oursPath: string,
  theirsPath: string,
  name: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const oursText = await readSide(oursPath);
  const theirsText = await readSide(theirsPath);
  // An archive (one session saved on two branches) merges the same way: its frontmatter is the state.
  const archive = withoutBom(oursText).startsWith("---");
  const parse = (text: string, side: string) =>
    archive ? parseArchive(text, `${name} (${side})`) : parseSession(text, `${name} (${side})`);
  // Compacted histories are read from the state folder, or from git's objects for the other branch's segments.
  const sessions = name.includes("ia/state/sessions")
    ? name.slice(0, name.indexOf("ia/state/sessions") + "ia/state/sessions".length)
    : "ia/state/sessions";
  const result = mergeSessions(
    parse(oursText, "ours"),
    parse(theirsText, "theirs"),
    segmentReader(sessions, { git: true }),
  );
  if (!result.ok) return result;
  return {
    ok: true,
    text: archive
      ? renderArchive(orderKeys(result.state as ArchivedSession, ARCHIVE_KEYS))
      : serializeSession(result.state),
  };
}

/** A side's text, read no further than the bound on what the tool reads. */
async function readSide(path: string): Promise<string> {
  const text = await readFile(path);
  if (text === undefined) throw new UsageError(`no such file: ${path}`);
  return text;
}

function ensureNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
