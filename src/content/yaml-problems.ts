// The YAML parser's complaints, for an editor: in Danish, on the right line, and naming the
// likely mistake (a speaker without its "- " rather than "keys must be unique").
import type { YAMLException } from "js-yaml";
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { Positions } from "./positions.ts";
import type { Problem } from "./problems.ts";
import { MEETING_FIELDS, SPEAKER_FIELDS } from "./schema.ts";
import { quoted } from "./text.ts";
import { GENERAL_HINT, missingChar, SYNTAX } from "./yaml-messages.ts";

interface List {
  noun: string;
  /** "oplægsholderen" */
  definite: string;
  plural: string;
  /** Danish gender, for the words around the noun: "hver oplægsholder", "hvert punkt" */
  words: { every: string; aNew: string; it: string; its: string };
  example: string;
}
const COMMON = { every: "Hver", aNew: "en ny", it: "den", its: "dens" };
const NEUTER = { every: "Hvert", aNew: "et nyt", it: "det", its: "dets" };
const LISTS: Record<string, List> = {
  speakers: {
    noun: "oplægsholder",
    definite: "oplægsholderen",
    plural: "oplægsholdere",
    words: COMMON,
    example: 'speakers:\n  - organisation: "KL"\n    name: "Gerner Zinglersen"\n  - organisation: "Sorø Kommune"',
  },
  regions: {
    noun: "region",
    definite: "regionen",
    plural: "regioner",
    words: COMMON,
    example: '- key: midt-nord\n  name: "Midt-Nord"\n- key: syddanmark\n  name: "Syddanmark"',
  },
};
const MEETING_KEYS = new Set<string>(MEETING_FIELDS.map((field) => field.key));
const SPEAKER_ONLY = new Set<string>(SPEAKER_FIELDS.map((field) => field.key).filter((key) => !MEETING_KEYS.has(key)));

function listOf(file: string, owner: string | undefined): List {
  if (owner === undefined && file === "_data/regions.yaml") return LISTS.regions!;
  return (
    (owner !== undefined && Object.hasOwn(LISTS, owner) && LISTS[owner]) || {
      noun: "punkt",
      definite: "punktet",
      plural: "punkter",
      words: NEUTER,
      example: `${owner ?? "liste"}:\n  - navn: "første"\n  - navn: "andet"`,
    }
  );
}

function missingDash({ noun, definite, words, example }: List, orIndent = false): string {
  const { every, it, its } = words;
  const indent = orIndent
    ? ` Hører linjen i stedet til ${definite} over, så ryk den to mellemrum længere ind, under ${its} første felt.`
    : "";
  return `${every} ${noun} skal begynde med "- ": sæt "- " foran den første linje af ${it} næste ${noun}, rykket ind som "- " over ${it}, og ryk ${its} andre linjer ind under ${it}.${indent} F.eks.\n${example}`;
}

/** `yaml`'s errors, in Danish; js-yaml's position stands in when `yaml` finds nothing. */
export function syntaxProblems(file: string, text: string, positions: Positions, failure: YAMLException): Problem[] {
  const problem = (line: number | undefined, column: number | undefined, what: string, hint: string): Problem => ({
    severity: "error",
    file,
    line,
    column,
    message: `teksten kan ikke læses som YAML: ${what}`,
    hint,
  });
  const lines = text.split("\n");
  const problems = duplicateKeys(file, positions).map(({ line, column, what, hint }) => problem(line, column, what, hint));
  // an item without its "- " makes an error on each of its lines; the first one says it all
  let itemWithoutDash: { indent: number; line: number } | undefined;
  for (const error of positions.doc.errors) {
    const line = error.linePos?.[0]?.line;
    const column = error.linePos?.[0]?.col;
    const indentError = error.code === "BAD_INDENT" || error.code === "MISSING_CHAR";
    if (indentError && line !== undefined) {
      const indent = indentOf(lines[line - 1] ?? "");
      if (itemWithoutDash && indent === itemWithoutDash.indent && line > itemWithoutDash.line) continue;
      const dashless = listItemWithoutDash(lines, line - 1);
      if (dashless) {
        const list = listOf(file, dashless.owner);
        itemWithoutDash = { indent, line };
        problems.push(
          problem(
            line,
            indent + 1,
            `linjen står under "- " i en liste af ${list.plural}, men begynder ikke selv med "- ".`,
            missingDash(list, true),
          ),
        );
        continue;
      }
    }
    const { what, hint } =
      error.code === "MISSING_CHAR"
        ? missingChar(error.message)
        : (SYNTAX[error.code] ?? { what: "felterne er ikke skrevet rigtigt.", hint: GENERAL_HINT });
    problems.push(problem(line, column, what, hint));
  }
  if (!problems.length)
    problems.push(problem(failure.mark.line + 1, failure.mark.column + 1, "felterne er ikke skrevet rigtigt.", GENERAL_HINT));
  return problems;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * A line `key: ...` that stands where a list's next item would stand, under the "- " of the
 * item above: an item whose "- " was forgotten. Returns the list's field (undefined for a
 * list at the top), or undefined when the line is not such a line.
 */
function listItemWithoutDash(lines: readonly string[], index: number): { owner: string | undefined } | undefined {
  const line = lines[index] ?? "";
  const indent = indentOf(line);
  if (!/^[^\s#-][^:#]*:(\s|$)/.test(line.trimStart())) return undefined;
  for (let above = index - 1; above >= 0; above--) {
    const text = lines[above]!;
    if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
    const at = indentOf(text);
    if (at > indent) continue;
    // only a list of items with fields: a list of texts has no fields to leave without "- "
    if (at < indent || !/^- [^\s#][^:#]*:(\s|$)/.test(text.trimStart())) return undefined;
    // the list's own field: the nearest line above the list that is less indented
    for (let owner = above - 1; owner >= 0; owner--) {
      const candidate = lines[owner]!;
      if (candidate.trim() === "" || candidate.trimStart().startsWith("#") || indentOf(candidate) >= indent) continue;
      return { owner: /^\s*([^\s:#][^:#]*):\s*$/.exec(candidate)?.[1] };
    }
    return { owner: undefined };
  }
  return undefined;
}

/**
 * Keys written twice in one map, found in one pass (see Positions). A key twice in one item
 * of a list is almost always a new item whose "- " was forgotten: "delete one of the lines",
 * the usual advice, would then delete a speaker.
 */
function duplicateKeys(file: string, positions: Positions): { line: number; column: number; what: string; hint: string }[] {
  const found: { line: number; column: number; what: string; hint: string }[] = [];
  const visit = (node: unknown, owner: string | undefined, inList: boolean, atTop: boolean) => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item, owner, true, false);
      return;
    }
    if (!isMap(node)) return;
    const seen = new Map<unknown, Node>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = pair.key.value;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, pair.key);
        visit(pair.value, String(key), false, false);
        continue;
      }
      const { line, column } = positions.at(pair.key.range?.[0]);
      const firstLine = positions.at(first.range?.[0]).line;
      const name = String(key);
      // a map where a list of items belongs (speakers: without any "- ") is the same mistake
      if (inList || (owner !== undefined && Object.hasOwn(LISTS, owner)) || (atTop && file === "_data/regions.yaml")) {
        const list = listOf(file, owner);
        found.push({
          line,
          column,
          what: `${quoted(name)} står to gange i samme ${list.noun} (linje ${firstLine} og ${line}): der mangler nok "- " foran ${list.words.aNew} ${list.noun}.`,
          hint: missingDash(list),
        });
        return; // the item's other repeated keys are the same mistake
      }
      if (atTop && SPEAKER_ONLY.has(name)) {
        found.push({
          line,
          column,
          what: `${quoted(name)} står to gange (linje ${firstLine} og ${line}); det er et felt for en oplægsholder.`,
          hint: missingDash(LISTS.speakers!),
        });
        continue;
      }
      found.push({
        line,
        column,
        what: `feltet ${quoted(name)} står to gange (også i linje ${firstLine}).`,
        hint: "Et felt må kun stå én gang: behold den linje, der er rigtig, og slet den anden.",
      });
    }
  };
  visit(positions.doc.contents, undefined, false, true);
  return found;
}
