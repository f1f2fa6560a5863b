/** Small rules about text that several layers share: a byte-order mark, a counted noun. */

/** TEXT without a leading UTF-8 BOM (some Windows editors add one): accepted on reading, never written. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `1 session`, `3 sessions`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
