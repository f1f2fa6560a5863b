/**
 * A spec file from the disk and git: read inside the project only (a link out
 * of it is never followed), bounded, and kept by snapshot — its git blob id
 * when git holds it as it is, else a bounded copy of its text. Its text is data.
 */

import { sha256 } from "../core/hash.ts";
import { gitBlobId } from "../core/history.ts";
import { MAX_SPEC_COPY_BYTES, MAX_SPEC_READ_BYTES, type Spec, storedCopyBytes } from "../core/spec.ts";
import { errorCode, nodeFs } from "../fs/files.ts";
import { relative, resolve } from "../fs/path.ts";
import { realPath } from "../fs/safe-read.ts";
import { git } from "./git.ts";

/** Why a spec file cannot be read: missing, outside the project (or linked out of it), not a file, or too large. */
export class SpecFileProblem extends Error {}

/** The path of FILE from the project ROOT, or a problem when it lies outside it. */
export function specPath(root: string, cwd: string, file: string): string {
  const inside = relative(root, resolve(cwd, file));
  if (inside === "" || inside.startsWith("..") || resolve(root, inside) !== resolve(cwd, file))
    throw new SpecFileProblem(
      "is outside the project; a spec is a file of the project, kept by its path from the root",
    );
  return inside;
}

/** The bytes of the spec at PATH (from ROOT): a regular file inside the project, even through links, bounded. */
export function readSpecFile(root: string, path: string): Uint8Array {
  const { readFileSync, statSync } = nodeFs();
  const full = resolve(root, path);
  const real = realPath(full);
  const fromTop = relative(realPath(root), real);
  if (fromTop.startsWith("..") || resolve(realPath(root), fromTop) !== real)
    throw new SpecFileProblem("is a link out of the project; it is not followed");
  let size: number;
  try {
    const stat = statSync(real);
    if (!stat.isFile()) throw new SpecFileProblem("is not a file");
    size = stat.size;
  } catch (error) {
    if (error instanceof SpecFileProblem) throw error;
    const code = errorCode(error);
    throw new SpecFileProblem(code === "ENOENT" || code === "ENOTDIR" ? "no such file" : `cannot be read (${code})`);
  }
  if (size > MAX_SPEC_READ_BYTES)
    throw new SpecFileProblem(`is ${kib(size)}, above the ${kib(MAX_SPEC_READ_BYTES)} a spec may be`);
  return readFileSync(real);
}

/**
 * The spec at PATH as a session keeps it: SHA-256 and snapshot. Git's blob id when the
 * index holds these very bytes (`git show BLOB` restores them); else a copy of the
 * text, refused when it is not UTF-8 or above MAX_SPEC_COPY_BYTES as stored.
 */
export function snapshotSpec(root: string, path: string, bytes: Uint8Array): Spec {
  const spec: Spec = { path, sha256: sha256(bytes) };
  const blob = gitBlobId(bytes);
  const staged = git(root, ["ls-files", "-s", "--", path]);
  // `<mode> <blob> <stage>\t<path>`: a regular file (not a link) whose staged blob is exactly these bytes.
  if (staged !== undefined && /^100[67][0-9]{2} ([0-9a-f]+) 0\t/.exec(staged)?.[1] === blob) return { ...spec, blob };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SpecFileProblem(
      "is not UTF-8 text, so no copy can be kept; commit it so that its blob id is kept instead",
    );
  }
  const stored = storedCopyBytes(text);
  if (stored > MAX_SPEC_COPY_BYTES)
    throw new SpecFileProblem(
      `would take ${kib(stored)} as a copy in the state, above the ${kib(MAX_SPEC_COPY_BYTES)} bound; ` +
        "commit it (`git add` and `git commit`) so that the session keeps its git blob id instead",
    );
  return { ...spec, copy: text };
}

/** The text a spec's snapshot holds: its copy, or its blob from git; undefined when there is none (or git lacks it). */
export function snapshotText(root: string, spec: Spec): string | undefined {
  if (spec.copy !== undefined) return spec.copy;
  if (spec.blob === undefined) return undefined;
  return git(root, ["cat-file", "blob", spec.blob]);
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}
