/** lib/path.ts hand-writes the POSIX path operations; they must give what node:path's posix ones give. */
import { describe, expect, test } from "bun:test";
import { posix } from "node:path";
import fc from "fast-check";
import { basename, dirname, join, relative, resolve } from "../.claude/skills/session/lib/fs/path.ts";

// Segments and slashes that sit on the edges of the rules: empty, ".", "..", dots and spaces in names, runs of "/".
const segment = fc.constantFrom("", ".", "..", "...", ".a", "a", "b.c", "x y");
const slashes = fc.constantFrom("/", "/", "//", "///");
const edge = fc.oneof(fc.constant(""), slashes);

/** A relative or absolute path, with leading and trailing slashes now and then. */
const anyPath = fc
  .tuple(edge, fc.array(fc.tuple(segment, slashes), { maxLength: 5 }), segment, edge)
  .map(([lead, inner, last, trail]) => lead + inner.map(([s, sep]) => s + sep).join("") + last + trail);
const absolutePath = fc.tuple(slashes, anyPath).map(([lead, path]) => lead + path);
const relativePath = anyPath.map((path) => path.replace(/^\/+/, ""));
const paths = fc.array(anyPath, { maxLength: 4 });

// Fixed seed: the same cases on every run. Each helper gets its own seed so they do not all see one sequence.
const runs = (seed: number) => ({ seed, numRuns: 1000 });

/**
 * Where node:path's basename(path, suffix) gives what its own docs rule out, and lib/path.ts does not follow it.
 * node only tries the suffix when it is no longer than the path and is not the path, and then returns
 * - an all-slash path whole: basename("//", "/") is "//", though basename("//") is "" (nodejs/node#7519);
 * - the trailing slashes too when the suffix ends with the whole base name: basename("a/", "ba") is "a/"
 *   (nodejs/node#21358), though "trailing directory separators are ignored".
 */
function nodeQuirk(path: string, suffix: string | undefined): boolean {
  if (!suffix || suffix === path || suffix.length > path.length || !path.endsWith("/")) return false;
  const base = path.replace(/\/+$/, "").split("/").at(-1) ?? "";
  return base === "" || (suffix.length > base.length && suffix.endsWith(base));
}

// On Windows lib/path.ts hands out node:path's win32 helpers, which are not meant to match posix.
describe.skipIf(process.platform === "win32")("the hand-written path helpers match node:path posix", () => {
  // The edges themselves, each and in pairs, whatever the generator happens to draw.
  const EDGES = [
    "",
    "/",
    "//",
    "///",
    ".",
    "./",
    "..",
    "../",
    "...",
    "a",
    "a/",
    "a//",
    "/a",
    "//a",
    "///a",
    "a//b",
    "/a/b//",
    "a/..",
    "a/../",
    "/..",
    "x y/b.c",
  ];

  test.each(EDGES)("%p, alone and beside every other edge", (path) => {
    expect(dirname(path)).toBe(posix.dirname(path));
    expect(basename(path)).toBe(posix.basename(path));
    expect(resolve(path)).toBe(posix.resolve(path));
    for (const other of EDGES) {
      expect(join(path, other)).toBe(posix.join(path, other));
      expect(resolve(path, other)).toBe(posix.resolve(path, other));
      expect(relative(path, other)).toBe(posix.relative(path, other));
      if (!nodeQuirk(path, other)) expect(basename(path, other)).toBe(posix.basename(path, other));
    }
  });

  test("join (property)", () => {
    expect(join()).toBe(posix.join());
    fc.assert(
      fc.property(paths, (parts) => expect(join(...parts)).toBe(posix.join(...parts))),
      runs(11),
    );
  });

  test("dirname (property)", () => {
    fc.assert(
      fc.property(anyPath, (path) => expect(dirname(path)).toBe(posix.dirname(path))),
      runs(12),
    );
  });

  test("basename, with and without a suffix (property)", () => {
    const suffix = fc.constantFrom(
      undefined,
      "",
      "c",
      ".c",
      "b.c",
      "a",
      ".a",
      "/",
      "a/",
      ".",
      "..",
      "x y",
      "/a",
      "y b.c",
    );
    fc.assert(
      fc.property(anyPath, (path) => expect(basename(path)).toBe(posix.basename(path))),
      runs(13),
    );
    fc.assert(
      fc.property(anyPath, suffix, (path, ext) => {
        fc.pre(!nodeQuirk(path, ext));
        expect(basename(path, ext)).toBe(posix.basename(path, ext));
      }),
      runs(14),
    );
    // The suffix is the whole base name, or the whole path.
    fc.assert(
      fc.property(anyPath, (path) => {
        const base = posix.basename(path);
        if (!nodeQuirk(path, path)) expect(basename(path, path)).toBe(posix.basename(path, path));
        if (!nodeQuirk(path, base)) expect(basename(path, base)).toBe(posix.basename(path, base));
      }),
      runs(15),
    );
  });

  test("resolve from an absolute path (property)", () => {
    fc.assert(
      fc.property(absolutePath, paths, (first, rest) =>
        expect(resolve(first, ...rest)).toBe(posix.resolve(first, ...rest)),
      ),
      runs(16),
    );
  });

  test("resolve from the working directory (property)", () => {
    expect(resolve()).toBe(posix.resolve());
    fc.assert(
      fc.property(relativePath, paths, (first, rest) =>
        expect(resolve(first, ...rest)).toBe(posix.resolve(first, ...rest)),
      ),
      runs(17),
    );
  });

  test("relative, between absolute and relative paths (property)", () => {
    const from = fc.oneof(absolutePath, relativePath);
    fc.assert(
      fc.property(from, from, (a, b) => expect(relative(a, b)).toBe(posix.relative(a, b))),
      runs(18),
    );
    // Paths that share a prefix, so the common part is not always just the root.
    fc.assert(
      fc.property(absolutePath, relativePath, relativePath, (base, a, b) => {
        expect(relative(`${base}/${a}`, `${base}/${b}`)).toBe(posix.relative(`${base}/${a}`, `${base}/${b}`));
      }),
      runs(19),
    );
  });
});
