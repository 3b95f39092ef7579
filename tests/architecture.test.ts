// The shape of the code, held by a test: imports run one way (options at the edge, then the
// Eleventy wiring, pages and layouts, the outputs, the model, the content), with no cycle; the
// model knows nothing of how it is written out; and every file reads in one sitting.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const CODE = ["src", "layouts", "scripts"];

/** Every TypeScript file of the code, and the files of the code it imports. */
function importGraph(): Map<string, string[]> {
  const files = CODE.flatMap((folder) =>
    readdirSync(folder, { recursive: true })
      .map((name) => join(folder, String(name)))
      .filter((name) => name.endsWith(".ts")),
  );
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?from "(\.[^"]+\.ts)"/gm)].map((match) =>
      normalize(join(dirname(file), match[1]!)),
    );
    graph.set(file, imports);
  }
  return graph;
}

/** The import cycles of `graph`, each as the files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      found.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe("the code", () => {
  const graph = importGraph();

  it("has no import cycle", () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(cycles(graph)).toEqual([]);
    // the check finds one where there is one
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "a"]]);
  });

  it("keeps the model apart from the outputs: content/ and site/ import no feed, calendar, search or layout", () => {
    const model = [...graph].filter(([file]) => file.startsWith("src/content/") || file.startsWith("src/site/"));
    expect(model.length).toBeGreaterThan(20);
    const outward = model.flatMap(([file, imports]) =>
      imports.filter((target) => /^(src\/(feeds|calendar|search|output)\/|layouts\/)/.test(target)).map((target) => `${file} -> ${target}`),
    );
    expect(outward).toEqual([]);
  });

  it("has no file over 250 lines, tests included", () => {
    const files = [...CODE, "tests"]
      .flatMap((folder) => readdirSync(folder, { recursive: true }).map((name) => join(folder, String(name))))
      .concat(".eleventy.js")
      .filter((file) => /\.(ts|mjs|js|py)$/.test(file));
    const long = files.map((file) => [file, readFileSync(file, "utf8").split("\n").length - 1] as const).filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });
});
