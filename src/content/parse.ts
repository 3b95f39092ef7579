// Splits a content file into front-matter and markdown (gray-matter) and parses the
// front-matter with `yaml`, which keeps source positions so that every problem can name
// its line. YAML 1.2's core schema keeps `2017-03-07` and `08:30` as the strings the
// editor wrote: no Date at midnight UTC, no sexagesimal numbers.
import matter from "gray-matter";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Problem } from "./problems.ts";

export interface Position {
  line: number;
  column: number;
}

export type FieldPath = readonly (string | number)[];

export interface YamlSource {
  /** path relative to the content folder, with forward slashes */
  file: string;
  data: unknown;
  /** where the value at `path` stands; for a missing field, where its nearest parent stands */
  positionOf(path: FieldPath): Position;
  /** where the key at `path` stands (for unknown keys) */
  keyPositionOf(path: FieldPath): Position;
  problems: Problem[];
}

export interface ParsedFile extends YamlSource {
  data: Record<string, unknown>;
  body: string;
}

const START = { line: 1, column: 1 };

/** Parses YAML text; `text` must start at the file's first line so that lines match. */
export function parseYaml(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, prettyErrors: true, lineCounter: lines });
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return START;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    severity: "error",
    file,
    line: error.linePos?.[0]?.line,
    column: error.linePos?.[0]?.col,
    message: `teksten kan ikke læses som YAML (${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}).`,
    hint: yamlHint(error.code),
  }));
  return {
    file,
    data: problems.length ? undefined : doc.toJS(),
    positionOf: (path) => at(nodeAt(doc, path)?.range?.[0]),
    keyPositionOf: (path) => at(keyAt(doc, path)?.range?.[0] ?? nodeAt(doc, path)?.range?.[0]),
    problems,
  };
}

export function parseContentFile(file: string, source: string): ParsedFile {
  let frontMatter: string | undefined;
  const split = matter(source, {
    engines: {
      yaml: {
        parse(yaml: string) {
          frontMatter = yaml;
          return {};
        },
      },
    },
  });
  if (frontMatter === undefined) {
    const problem: Problem = {
      severity: "error",
      file,
      line: 1,
      column: 1,
      message: "filen har ingen front-matter.",
      hint: "Start filen med en linje med tre bindestreger (---), derefter felterne (title:, date: ...), og afslut dem med en linje med ---.",
    };
    return { file, data: {}, body: split.content, positionOf: () => START, keyPositionOf: () => START, problems: [problem] };
  }
  // gray-matter hands over the text after the opening "---", which begins on line 1
  const yaml = parseYaml(file, frontMatter);
  const isFields = yaml.data !== null && typeof yaml.data === "object" && !Array.isArray(yaml.data);
  if (!yaml.problems.length && !isFields) {
    yaml.problems.push({
      severity: "error",
      file,
      line: 2,
      column: 1,
      message: "front-matter skal være felter på formen `navn: værdi`, ét pr. linje.",
    });
  }
  const data = isFields && !yaml.problems.length ? (yaml.data as Record<string, unknown>) : {};
  return { ...yaml, data, body: split.content };
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "Et felt må kun stå én gang: slet den ene af linjerne.";
    case "TAB_AS_INDENT":
      return "Ryk ind med mellemrum, ikke tabulator.";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return 'Sæt tekst, der indeholder kolon (:), i anførselstegn, f.eks. title: "Møde: it-arkitektur".';
    default:
      return 'Tjek indrykningen, og sæt tekst med kolon (:), # eller anførselstegn i anførselstegn ("...").';
  }
}

/** The deepest existing node on `path`: the value itself, or the nearest parent that exists. */
function nodeAt(doc: Document, path: FieldPath): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const step of path) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && pair.key.value === step)?.value;
    else if (isSeq(node) && typeof step === "number") node = node.items[step];
    else node = undefined;
    if (!node) return found;
    found = node as Node;
  }
  return found;
}

function keyAt(doc: Document, path: FieldPath): Node | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}
