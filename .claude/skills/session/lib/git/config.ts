/**
 * Git's config files read as text, not through `git config`: the actor is asked for at every write and the merge
 * driver's registration at every agent start, and a git process costs each of them milliseconds. Includes are not
 * followed; a caller that must know for sure asks git.
 */

/**
 * The value of KEY in SECTION (and SUBSECTION: `[merge "session"]`) of git config TEXT, as git reads it: names of
 * sections and keys in any case, the last value wins, quotes dropped, `\"` and `\\` unescaped, a comment cut.
 */
export function configValue(
  text: string,
  section: string,
  subsection: string | undefined,
  key: string,
): string | undefined {
  let inside = false;
  let found: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      inside = (header[1] as string).toLowerCase() === section && header[2] === subsection;
      continue;
    }
    const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*=\s*(.*)$/.exec(line);
    if (inside && entry && (entry[1] as string).toLowerCase() === key) found = unquote(entry[2] as string);
  }
  return found;
}

/** A git config value: quotes dropped, `\"` and `\\` unescaped, a trailing comment cut. */
function unquote(value: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && i + 1 < value.length) out += value[++i];
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "#" || c === ";")) break;
    else out += c;
  }
  return out.trim();
}
