/**
 * The two versions a file with git conflict markers holds: git's own line merge
 * leaves hunks between markers, and the session merge driver, refusing a merge
 * (two different sessions under one name), leaves each side whole between
 * them. Pure: text in, the two texts out.
 */

/** A line git's conflict markers begin (`<<<<<<< `, `=======`, `>>>>>>> `), CRLF checkouts included. */
export const CONFLICT_MARKER = /^(<{7} |={7}\r?$|>{7} )/m;

/**
 * OURS and THEIRS as they were before the merge: the lines outside the markers
 * belong to both, a diff3 base section (`|||||||`) to neither. Undefined when
 * the markers do not pair up.
 */
export function conflictSides(text: string): { ours: string; theirs: string } | undefined {
  const ours: string[] = [];
  const theirs: string[] = [];
  let section: "both" | "ours" | "base" | "theirs" = "both";
  for (const line of text.split("\n")) {
    if (line.startsWith("<<<<<<<")) {
      if (section !== "both") return undefined;
      section = "ours";
    } else if (line.startsWith("|||||||") && section === "ours") section = "base";
    else if (/^={7}\r?$/.test(line) && (section === "ours" || section === "base")) section = "theirs";
    else if (line.startsWith(">>>>>>>")) {
      if (section !== "theirs") return undefined;
      section = "both";
    } else {
      if (section === "both" || section === "ours") ours.push(line);
      if (section === "both" || section === "theirs") theirs.push(line);
    }
  }
  return section === "both" ? { ours: ours.join("\n"), theirs: theirs.join("\n") } : undefined;
}
