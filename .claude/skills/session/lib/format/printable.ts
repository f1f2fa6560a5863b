/**
 * A user's text made safe to show: for a terminal (control characters as their
 * pictures) and for a reader that must take it as data (one quoted line). Pure.
 */
// Bidi controls reorder how the rest of a line is shown (Trojan Source), so no view prints them raw.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A user's text made safe to print: control characters (an escape sequence, a
 * bell, a carriage return) become their visible pictures (␛, ␇, ␍), so no note
 * can drive the terminal, and bidi controls their code (`\u202e`). Newlines and tabs stay.
 */
export function visible(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
    })
    .replace(BIDI_CONTROL, codeOf);
}

// Never raw inside a quoted line: controls (C0 and C1, newlines included), format
// characters (bidi controls; zero-width and tag characters, which hide text),
// line and paragraph separators, and lone surrogates.
const NOT_RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const SHORT_ESCAPE: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The most characters `quoted` shows between the quotes. */
export const QUOTED_MAX = 100;

/**
 * A user's string as one quoted line, for a reader that must take it as data and
 * nothing else (the SessionStart hook's report, which a model reads): a JSON
 * string literal with the characters above escaped too (`\n`, `\u202e`), so that
 * nothing in it starts a line, reorders one or hides; cut after `max`
 * characters, with `…` before the closing quote to say so.
 */
export function quoted(text: string, max = QUOTED_MAX): string {
  let body = "";
  let width = 0;
  for (const char of text) {
    const shown = SHORT_ESCAPE[char] ?? (NOT_RAW.test(char) ? codeOf(char) : char);
    width += shown === char ? 1 : shown.length;
    if (width > max) return `"${body}…"`;
    body += shown;
  }
  return `"${body}"`;
}

/** `\u202e`: a character by its UTF-16 code units, as JSON writes them. */
function codeOf(char: string): string {
  let code = "";
  for (let i = 0; i < char.length; i++) code += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return code;
}
