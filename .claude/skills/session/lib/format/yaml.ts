/**
 * A small YAML writer for JSON values, for archive frontmatter. Every string is
 * double-quoted, so no reader (YAML 1.1 or 1.2) turns `2025-01-29`, `yes`, `null`
 * or `0x1F` into something else; numbers are written so that YAML 1.1 readers
 * see floats. It loads no YAML library: `save` stays fast.
 */
import { SessionError } from "../core/errors.ts";
import type { Json, JsonObject } from "../core/json.ts";

// Characters YAML does not allow raw in a scalar, or reads as a line break.
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AMBIGUOUS_KEY = /^(y|n|yes|no|on|off|true|false|null)$/i;

function quote(text: string): string {
  // Refused at input since 0.2; a state from before could still hold one, which libyaml, Psych and pandoc reject.
  if (!text.isWellFormed())
    throw new SessionError(
      `cannot write ${JSON.stringify(text)} into an archive: it holds a lone UTF-16 surrogate, which YAML ` +
        `readers reject`,
      "Fix that value with `session set NAME STEP '{...}'` (or by hand, then `session doctor --fix`), then save again.",
    );
  return JSON.stringify(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// YAML allows an implicit key of at most 1024 characters; PyYAML, ruamel, Psych and pandoc enforce it.
const MAX_IMPLICIT_KEY = 1000;

function key(name: string): string {
  if (PLAIN_KEY.test(name) && !AMBIGUOUS_KEY.test(name)) return name;
  // Psych (Ruby, Jekyll) takes even a quoted "<<" for a merge key: the explicit tag keeps it a string.
  return name === "<<" ? `!!str ${quote(name)}` : quote(name);
}

function scalar(value: Exclude<Json, Json[] | JsonObject>): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") {
    // `1e+21` is a string to YAML 1.1 readers; `1.0e+21` is a float to every reader.
    return String(value).replace(/^(-?\d+)(e)/, "$1.0$2");
  }
  return String(value);
}

function isEmptyCollection(value: Json): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}

/** Lines for a value nested under a key or a dash, at `indent`. */
function block(value: Json, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => withLead(`${indent}- `, item, `${indent}  `));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, item]) => {
      const nested = typeof item === "object" && item !== null && !isEmptyCollection(item);
      const rendered = key(name);
      if ([...rendered].length > MAX_IMPLICIT_KEY || rendered.startsWith("!!")) {
        // The explicit form, `? key` then `: value`: it has no length limit, and js-yaml reads a
        // tagged key there (an implicit one starting a mapping, it takes for the mapping's tag).
        return [
          `${indent}? ${rendered}`,
          ...(nested ? [`${indent}:`, ...block(item, `${indent}  `)] : [`${indent}: ${inline(item)}`]),
        ];
      }
      const head = `${indent}${rendered}:`;
      return nested ? [head, ...block(item, `${indent}  `)] : [`${head} ${inline(item)}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}

/** `- value`: a collection's first line goes on the dash line, the rest is indented under it. */
function withLead(lead: string, value: Json, indent: string): string[] {
  if (typeof value !== "object" || value === null || isEmptyCollection(value)) return [`${lead}${inline(value)}`];
  const [first, ...rest] = block(value, indent);
  return [`${lead}${(first as string).slice(indent.length)}`, ...rest];
}

function inline(value: Json): string {
  if (Array.isArray(value)) return "[]";
  if (value !== null && typeof value === "object") return "{}";
  return scalar(value);
}

/** A top-level mapping as block YAML, with a trailing newline. */
export function renderYaml(value: JsonObject): string {
  return `${block(value, "").join("\n")}\n`;
}
