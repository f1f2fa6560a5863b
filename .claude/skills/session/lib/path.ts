/**
 * The few path operations the scripts need. On POSIX systems they are done
 * here because loading node:path costs ~2.5 ms at every start; on Windows
 * node:path does them.
 */
type PathOps = Pick<typeof import("node:path"), "join" | "dirname" | "basename" | "resolve" | "relative">;

function normalize(path: string): string {
  const absolute = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
      else if (!absolute) parts.push("..");
    } else parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined || ".";
}

const posix: PathOps = {
  join: (...parts) => normalize(parts.filter((p) => p !== "").join("/")),
  dirname: (path) => {
    const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
    const i = trimmed.lastIndexOf("/");
    return i < 0 ? "." : i === 0 ? "/" : trimmed.slice(0, i);
  },
  basename: (path) => path.replace(/\/+$/, "").split("/").at(-1) ?? "",
  resolve: (...parts) => {
    let path = "";
    for (const part of [process.cwd(), ...parts]) path = part.startsWith("/") ? part : `${path}/${part}`;
    return normalize(path);
  },
  relative: (from, to) => {
    const a = normalize(from).split("/").filter(Boolean);
    const b = normalize(to).split("/").filter(Boolean);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return [...Array(a.length - common).fill(".."), ...b.slice(common)].join("/");
  },
};

export const { join, dirname, basename, resolve, relative }: PathOps =
  process.platform === "win32" ? (require("node:path") as PathOps) : posix;
