/**
 * Session names, step names and ids: the grammar and the portable file name.
 * Pure: no file system here.
 */
import { UsageError } from "./errors.ts";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_NAME_LENGTH = 128;
export const MAX_STEP_LENGTH = 200;

// Device names Windows refuses as a file name, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** Why `name` is not a valid workflow name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (name === "") return "it is empty";
  if (name.length > MAX_NAME_LENGTH) return `it is longer than ${MAX_NAME_LENGTH} characters`;
  const bad = name.split(":").find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined) {
    if (bad === "") return "it has an empty segment";
    const char = /[^A-Za-z0-9._-]/.exec(bad)?.[0];
    return char !== undefined
      ? `it holds ${JSON.stringify(char)}, which names may not`
      : `segment ${JSON.stringify(bad)} must start with a letter or digit`;
  }
  if (WINDOWS_RESERVED.test(fileStem(name))) return "it is a device name reserved on Windows";
  return undefined;
}

export function checkName(name: string): string {
  const problem = nameProblem(name);
  if (problem) {
    throw new UsageError(
      `invalid session name ${JSON.stringify(name)}: ${problem}`,
      "Names are segments of letters, digits, '.', '_' and '-' joined by ':', e.g. workflow:pr.",
    );
  }
  return name;
}

export function checkStep(step: string): string {
  if (step === "") throw new UsageError("the step name is empty");
  // Characters as people count them (code points), not UTF-16 units: 200 emoji are 200.
  if ([...step].length > MAX_STEP_LENGTH) {
    throw new UsageError(`the step name is longer than ${MAX_STEP_LENGTH} characters`);
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(step)) {
    throw new UsageError(`the step name ${JSON.stringify(step)} holds control characters`);
  }
  return step;
}

/**
 * Whether two step names are one step: compared in Unicode NFC, so "café" typed
 * precomposed or with a combining accent is the same step. Names are stored as typed.
 */
export function sameStep(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && stepKey(a) === stepKey(b));
}

/** What `sameStep` compares: the step name in NFC, for keying a map by step. */
export function stepKey(step: string): string {
  return step.normalize("NFC");
}

/** The spelling of STEP that LIST already holds (`sameStep`), else STEP as typed: one step, one spelling. */
export function spellingIn(list: readonly string[] | undefined, step: string): string {
  return list?.find((known) => sameStep(known, step)) ?? step;
}

/**
 * The file stem of a session: `workflow:pr` → `workflow+pr`. `:` is not allowed
 * in Windows file names and `+` is not allowed in session names, so the mapping
 * is one-to-one.
 */
export function fileStem(name: string): string {
  return name.replaceAll(":", "+");
}

/** The inverse of `fileStem`, for file names found on disk. */
export function nameFromStem(stem: string): string {
  return stem.replaceAll("+", ":");
}

/**
 * What a file that cannot be read is listed as, from its name alone: a state file `pr+x.json` as `pr:x`, an archive
 * `2025-01-29-pr-x-k3v9ab.md` as its name without `.md`.
 */
export function nameFromFile(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  return name.endsWith(".json") ? nameFromStem(name.slice(0, -".json".length)) : name.replace(/\.md$/, "");
}

/** Names that only differ in letter case share this key (and so one lock). */
export function caseKey(name: string): string {
  return fileStem(name).toLowerCase();
}

export const ID_LENGTH = 10;
const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
export const ID_PATTERN = /^[0-9a-z]{8,26}$/;
export const MIN_ID_PREFIX = 4;

/** A random id: uniform over [0-9a-z], so any prefix tells sessions apart. */
export function newId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  let id = "";
  while (id.length < ID_LENGTH) {
    for (const byte of random(new Uint8Array(16))) {
      // 252 = 7 × 36: dropping higher bytes keeps every character equally likely.
      if (byte < 252 && id.length < ID_LENGTH) id += ID_ALPHABET[byte % 36];
    }
  }
  return id;
}

/** Could `text` be an id or an id prefix (`session show k3v9`)? */
export function isIdPrefix(text: string): boolean {
  return text.length >= MIN_ID_PREFIX && text.length <= 26 && /^[0-9a-z]+$/.test(text);
}

/** `x.md`, then `x-2.md`, `x-3.md`, ...: candidates for a file that must not replace another. */
export function* numbered(path: string, extension = ""): Generator<string> {
  const ext = extension && path.endsWith(extension) ? extension : "";
  const stem = path.slice(0, path.length - ext.length);
  yield path;
  for (let n = 2; n < 10_000; n++) yield `${stem}-${n}${ext}`;
}
