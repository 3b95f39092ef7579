// Where a field stands in a YAML text, for messages: line and column from the `yaml` package,
// which keeps source positions (js-yaml, which reads every file, does not).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from "yaml";

export interface Position {
  line: number;
  column: number;
}

/** Where a value stands: keys, and 0-based list indexes (shown to editors from 1, see dotted). */
export type FieldPath = readonly (string | number)[];

export const START: Position = { line: 1, column: 1 };

/**
 * Line and column of any field, from a second parse that keeps source positions. Lookups go
 * through an index of each map's keys, built on first use, so that a file with thousands of
 * problems costs thousands of steps, not thousands squared.
 */
export class Positions {
  readonly doc: Document;
  private readonly lines = new LineCounter();
  private readonly indexes = new Map<YAMLMap, Map<unknown, Pair>>();

  constructor(text: string) {
    // uniqueKeys off: `yaml` compares each key with every earlier one, which takes minutes on
    // a map of 60,000 keys; duplicates are found in one pass by duplicateKeys instead
    this.doc = parseDocument(text, { schema: "core", uniqueKeys: false, prettyErrors: true, lineCounter: this.lines });
  }

  of(path: FieldPath): Position {
    return this.at(this.nodeAt(path)?.range?.[0]);
  }

  ofKey(path: FieldPath): Position {
    const pair = this.pairAt(this.nodeAt(path.slice(0, -1)), path.at(-1));
    const key = pair && isScalar(pair.key) ? pair.key : undefined;
    return this.at(key?.range?.[0] ?? this.nodeAt(path)?.range?.[0]);
  }

  at(offset: number | undefined): Position {
    if (offset === undefined) return START;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The deepest existing node on `path`: the value itself, or the nearest parent that exists. */
  private nodeAt(path: FieldPath): Node | undefined {
    let node: unknown = this.doc.contents;
    let found = node as Node | undefined;
    for (const step of path) {
      if (isMap(node)) node = this.pairAt(node, step)?.value;
      else if (isSeq(node) && typeof step === "number") node = node.items[step];
      else node = undefined;
      if (!node) return found;
      found = node as Node;
    }
    return found;
  }

  private pairAt(node: unknown, key: unknown): Pair | undefined {
    if (!isMap(node)) return undefined;
    let index = this.indexes.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items) if (isPair(pair) && isScalar(pair.key) && !index.has(pair.key.value)) index.set(pair.key.value, pair);
      this.indexes.set(node, index);
    }
    return index.get(key);
  }
}
