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
  join: (...parts) => {
    const path = parts.filter((p) => p !== "").join("/");
    const normal = normalize(path);
    // As in node:path a trailing "/" stays: join("a/") is "a/", join("a", "../") is "./", join("/", "/") is "/".
    return path.endsWith("/") && normal !== "/" ? `${normal}/` : normal;
  },
  dirname: (path) => {
    let end = path.length - 1;
    while (end > 0 && path[end] === "/") end--; // trailing slashes
    const i = path.lastIndexOf("/", end);
    if (i < 1) return path.startsWith("/") ? "/" : ".";
    return path.slice(0, i === 1 && path[0] === "/" ? 2 : i); // node:path keeps a leading "//"
  },
  basename: (path, suffix) => {
    if (suffix && suffix === path) return "";
    const base = path.replace(/\/+$/, "").split("/").at(-1) ?? "";
    // As in node:path the suffix is cut only when something is left, unless it is the whole path.
    // (node:path's quirks with all-slash paths and trailing slashes, nodejs/node#7519 and #21358, are not copied.)
    return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
  },
  resolve: (...parts) => {
    let path = "";
    for (const part of [process.cwd(), ...parts]) path = part.startsWith("/") ? part : `${path}/${part}`;
    return normalize(path);
  },
  relative: (from, to) => {
    const a = posix.resolve(from).split("/").filter(Boolean);
    const b = posix.resolve(to).split("/").filter(Boolean);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return [...Array(a.length - common).fill(".."), ...b.slice(common)].join("/");
  },
};

export const { join, dirname, basename, resolve, relative }: PathOps =
  process.platform === "win32" ? (require("node:path") as PathOps) : posix;
