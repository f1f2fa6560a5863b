/**
 * A user's string inside the markdown of a report, so that it reads as the
 * text it is in every reader people use on archives (GitHub, pandoc's gfm and
 * markdown, marked): escaped only where markdown would read structure, so that
 * `lint failed (lint: missing semicolon)` stays as written. Pure.
 */
import { visible } from "./printable.ts";

// Zero-width joiner: keeps a URL, a mail address or a mention readable while no reader links it.
const JOINER = "\u200d";

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * TEXT as one line of plain markdown text. Line breaks become spaces; leading
 * and trailing blanks become no-break spaces (neither an indented code block nor
 * a hard line break); a URL (`https://`, `www.`), a mail address or `@name` is
 * broken by an invisible joiner so that no reader autolinks it; and each
 * character that could open or close markup where it stands is escaped: a
 * backtick, `[`, `*` `~` `^` `$` `_` unless they stand between spaces (`_` and
 * `*` inside a word only when markdown would read them there), `<` before a tag
 * or an autolink, `&` before an entity, `\` before what it would escape. With
 * LINE_START (the text begins a list item or a cell), a block marker at its start
 * (`#`, `>`, `-`, `+`, `=`, `:`, `|`, `1.`) is escaped too.
 */
export function inlineText(text: string, lineStart = false): string {
  const flat = visible(text.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, " "))
    .replace(/^[ \t]+|[ \t]+$/g, (blanks) => "\u00a0".repeat(blanks.length))
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/(^|[^\p{L}\p{N}.-])(www)(?=\.)/giu, `$1$2${JOINER}`)
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${JOINER}`);
  const chars = [...flat];
  let out = "";
  chars.forEach((char, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (escapes(char, before, after, chars.slice(i + 1, i + 12).join(""))) out += "\\";
    out += char;
  });
  return lineStart
    ? out.replace(/^([#>+=:|-]|\d+[.)])/, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`)
    : out;
}

/** Does CHAR, between BEFORE and AFTER (undefined: the edge of the string, which could be anything), need a `\`? */
function escapes(char: string, before: string | undefined, after: string | undefined, rest: string): boolean {
  const spaced = (c: string | undefined) => c !== undefined && SPACE.test(c);
  const word = (c: string | undefined) => c !== undefined && ALNUM.test(c);
  switch (char) {
    case "`":
    case "[":
      return true;
    case "\\":
      return after === undefined || PUNCTUATION.test(after) || SPACE.test(after);
    case "*":
    case "~":
    case "^":
    case "$":
      return !(spaced(before) && spaced(after));
    case "_":
      return !(spaced(before) && spaced(after)) && !(word(before) && word(after));
    case "<":
      return after === undefined || /[A-Za-z/!?]/.test(after);
    case "&":
      return /^[A-Za-z][A-Za-z0-9]*;|^#/.test(rest);
    default:
      return false;
  }
}

/** TEXT inside a table cell: as `inlineText` at a line's start, and `|` escaped (it would end the cell). */
export function cellText(text: string): string {
  return inlineText(text, true).replaceAll("|", "\\|");
}

/** TEXT as a link's text: as `inlineText`, and `]` escaped (it would end the link's text). */
export function linkText(text: string): string {
  return inlineText(text).replaceAll("]", "\\]");
}

/** TEXT as a fenced code block: the fence longer than any run of backticks inside, so nothing in it ends the block. */
export function fenced(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}
