/**
 * The layers of lib/, written once: a module imports from its own folder or from a folder on a lower line, never
 * up and never sideways across a line (store and git do not know each other), and no two modules import each other,
 * even for a type. The pure layers (core, format, views) touch no disk, process or environment.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const LIB = join(import.meta.dir, "../.claude/skills/session/lib");

/** Lowest first. Folders on one line may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ["core"], // the pure rules: schema, timeline, names, errors
  ["fs", "format"], // the disk (nothing about sessions); text <-> value (no disk)
  ["store", "git"], // the one storage API; what the tool asks of git
  ["index"], // listing and search, from the files or the SQLite index
  ["views", "doctor", "cli"], // what people read; checks and repairs; the command edge
  ["commands"], // one definition per command
];

/** Folders whose modules may not do I/O: no node:/bun: modules, no Bun.file/spawn/write, no process.env or cwd. */
const PURE = ["core", "format", "views"];

type Graph = Map<string, string[]>;

/** Every relative specifier in a module: `import`/`export ... from`, `import "x"`, `import("x")`, `require("x")`. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Module (relative to lib/) → the lib modules it imports. */
function libGraph(): Graph {
  const graph: Graph = new Map();
  for (const path of modules(LIB)) {
    const imports = specifiers(readFileSync(path, "utf8"))
      .filter((spec) => spec.startsWith("."))
      .map((spec) => relative(LIB, resolve(dirname(path), spec)));
    graph.set(relative(LIB, path), [...new Set(imports)]);
  }
  return graph;
}

const folderOf = (module: string) => (module.includes("/") ? (module.split("/")[0] as string) : "");

/** The imports that point up a layer, across a line, or out of lib/; and modules outside any layer. */
export function layerViolations(graph: Graph, layers: readonly (readonly string[])[]): string[] {
  const rank = new Map(layers.flatMap((line, i) => line.map((folder) => [folder, i] as const)));
  const problems: string[] = [];
  for (const [from, imports] of graph) {
    const mine = rank.get(folderOf(from));
    if (mine === undefined) {
      problems.push(`${from} is in no layer`);
      continue;
    }
    for (const to of imports) {
      if (folderOf(to) === folderOf(from)) continue;
      const theirs = rank.get(folderOf(to));
      if (theirs === undefined) problems.push(`${from} imports ${to}, which is in no layer`);
      else if (theirs > mine) problems.push(`${from} imports ${to}: up a layer`);
      else if (theirs === mine)
        problems.push(`${from} imports ${to}: across a line (${folderOf(from)} | ${folderOf(to)})`);
    }
  }
  return problems;
}

/** Every cycle, as the modules of one strongly connected component (Tarjan), smallest first. */
export function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let top: string;
    do {
      top = stack.pop() as string;
      onStack.delete(top);
      component.push(top);
    } while (top !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a.length - b.length);
}

describe("the checker", () => {
  test("reads every form of import, type-only ones included", () => {
    const source = [
      'import type { A } from "./a.ts";',
      'import {\n  b,\n  type C,\n} from "../b.ts";',
      'export { d } from "./d.ts";',
      'export type { E } from "./e.ts";',
      'import "./side.ts";',
      'const f = require("./f.ts") as typeof import("./g.ts");',
      'const h = await import("./h.ts");',
      'import { z } from "zod";',
    ].join("\n");
    expect(specifiers(source).sort()).toEqual(
      ["./a.ts", "../b.ts", "./d.ts", "./e.ts", "./side.ts", "./f.ts", "./g.ts", "./h.ts", "zod"].sort(),
    );
  });

  test("names an import up a layer, across a line and out of any layer", () => {
    const graph: Graph = new Map([
      ["low/a.ts", ["high/b.ts"]],
      ["left/c.ts", ["right/d.ts", "low/a.ts"]],
      ["high/b.ts", ["low/a.ts", "high/e.ts", "nowhere/f.ts"]],
    ]);
    expect(layerViolations(graph, [["low"], ["left", "right"], ["high"]])).toEqual([
      "low/a.ts imports high/b.ts: up a layer",
      "left/c.ts imports right/d.ts: across a line (left | right)",
      "high/b.ts imports nowhere/f.ts, which is in no layer",
    ]);
  });

  test("finds cycles, long and short, and nothing in a tree", () => {
    const graph: Graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["e"]],
      ["e", ["d", "f"]],
      ["f", []],
    ]);
    expect(cycles(graph)).toEqual([
      ["d", "e"],
      ["a", "b", "c"],
    ]);
    expect(
      cycles(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("lib/", () => {
  const graph = libGraph();

  test("holds its modules in layer folders only", () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    expect([...folders].filter((folder) => !LAYERS.flat().includes(folder)).sort()).toEqual([]);
    expect(graph.size).toBeGreaterThan(60);
  });

  test("every import points down a layer, or stays in its folder", () => {
    expect(layerViolations(graph, LAYERS)).toEqual([]);
  });

  test("no import cycle, type-only imports included", () => {
    expect(cycles(graph)).toEqual([]);
  });

  test("every import names a module that exists", () => {
    const missing = [...graph].flatMap(([from, imports]) =>
      imports.filter((to) => !graph.has(to)).map((to) => `${from} -> ${to}`),
    );
    expect(missing).toEqual([]);
  });

  test.each(PURE)("%s/ does no I/O", (folder) => {
    const impure = [...graph.keys()]
      .filter((module) => folderOf(module) === folder)
      .flatMap((module) => {
        const source = readFileSync(join(LIB, module), "utf8");
        const io = [
          ...specifiers(source).filter((spec) => /^(node|bun):/.test(spec)),
          ...(source.match(/\bBun\.(file|write|spawn|spawnSync|\$)\b|\bprocess\.(env|cwd|stdout|stdin|exit)\b/g) ?? []),
        ];
        return io.map((what) => `${module}: ${what}`);
      });
    expect(impure).toEqual([]);
  });
});
