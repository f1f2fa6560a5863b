/**
 * A small YAML writer for JSON values, for archive frontmatter. Every string is
 * double-quoted, so no reader (YAML 1.1 or 1.2) turns `2025-01-29`, `yes`, `null`
 * or `0x1F` into something else; numbers are written so that YAML 1.1 readers
 * see floats. It loads no YAML library: `save` stays fast.
 */
import type { Json, JsonObject } from "./json.ts";

// Characters YAML does not allow raw in a scalar, or reads as a line break.
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AMBIGUOUS_KEY = /^(y|n|yes|no|on|off|true|false|null)$/i;

function quote(text: string): string {
  return JSON.stringify(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function key(name: string): string {
  return PLAIN_KEY.test(name) && !AMBIGUOUS_KEY.test(name) ? name : quote(name);
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
      const head = `${indent}${key(name)}:`;
      if (typeof item === "object" && item !== null && !isEmptyCollection(item)) return [head, ...block(item, `${indent}  `)];
      return [`${head} ${inline(item)}`];
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
