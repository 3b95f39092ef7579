// The YAML parser's complaints, for an editor: in Danish, on the right line, and naming the
// likely mistake (a speaker without its "- " rather than "keys must be unique").
import type { YAMLException } from "js-yaml";
import { isMap, isScalar, isSeq, type Node, type YAMLError } from "yaml";
import type { Positions } from "./positions.ts";
import type { Problem } from "./problems.ts";
import { MEETING_FIELDS, SPEAKER_FIELDS } from "./schema.ts";
import { quoted } from "./text.ts";

const COLON_HINT = 'Sæt tekst, der indeholder kolon (:), i anførselstegn, f.eks. title: "Møde: it-arkitektur".';
const GENERAL_HINT = 'Tjek indrykningen, og sæt tekst med kolon (:), # eller anførselstegn i anførselstegn ("...").';

/** What each of `yaml`'s error codes means to an editor; the parser's own text is English. */
const SYNTAX: Partial<Record<YAMLError["code"], { what: string; hint: string }>> = {
  BAD_INDENT: { what: "indrykningen passer ikke: felter, der hører sammen, skal stå præcis under hinanden.", hint: "Ryk linjen ind med lige så mange mellemrum som de felter, den hører sammen med." },
  TAB_AS_INDENT: { what: "linjen er rykket ind med tabulator.", hint: "Ryk ind med mellemrum, ikke tabulator." },
  MULTILINE_IMPLICIT_KEY: { what: "en tekst med kolon (:) eller over flere linjer står uden anførselstegn, så den læses som et nyt felt.", hint: COLON_HINT },
  BLOCK_AS_IMPLICIT_KEY: { what: "en tekst med kolon (:) står uden anførselstegn, så resten af linjen læses som et nyt felt.", hint: COLON_HINT },
  MISSING_CHAR: { what: "der mangler et tegn.", hint: GENERAL_HINT },
  UNEXPECTED_TOKEN: { what: "der står et tegn, som ikke hører til her.", hint: GENERAL_HINT },
  BAD_SCALAR_START: { what: "en tekst uden anførselstegn kan ikke begynde med @, ` eller %.", hint: 'Sæt teksten i anførselstegn, f.eks. title: "@kommune".' },
  BAD_DQ_ESCAPE: { what: 'en omvendt skråstreg (\\) i en tekst i "..." læses som en kode, og den kode findes ikke.', hint: "Skriv \\\\ for en omvendt skråstreg, eller sæt teksten i enkelte anførselstegn ('...')." },
  BAD_ALIAS: { what: "& og * har en særlig betydning i begyndelsen af en værdi.", hint: 'Sæt teksten i anførselstegn, f.eks. title: "*Nyt* møde".' },
  ALIAS_PROPS: { what: "& og * har en særlig betydning i begyndelsen af en værdi.", hint: 'Sæt teksten i anførselstegn, f.eks. title: "*Nyt* møde".' },
  MULTIPLE_ANCHORS: { what: "& har en særlig betydning i begyndelsen af en værdi.", hint: 'Sæt teksten i anførselstegn, f.eks. title: "&-tegnet".' },
  TAG_RESOLVE_FAILED: { what: "! har en særlig betydning i begyndelsen af en værdi.", hint: 'Sæt teksten i anførselstegn, f.eks. title: "!Vigtigt".' },
  MULTIPLE_TAGS: { what: "! har en særlig betydning i begyndelsen af en værdi.", hint: 'Sæt teksten i anførselstegn, f.eks. title: "!Vigtigt".' },
  BAD_PROP_ORDER: { what: "& og ! har en særlig betydning i begyndelsen af en værdi.", hint: "Sæt teksten i anførselstegn." },
  MULTIPLE_DOCS: { what: "der står en linje med --- eller ... midt i felterne.", hint: "Felterne skal stå mellem den første og den anden linje med ---; slet den ekstra linje, eller sæt teksten i anførselstegn." },
  KEY_OVER_1024_CHARS: { what: "et feltnavn er over 1024 tegn langt.", hint: "Tjek, at linjen har formen navn: værdi, og at teksten står efter kolon." },
  BLOCK_IN_FLOW: { what: 'en liste i [ ] eller felter i { } skal skrives uden "- " og uden linjer rykket ind.', hint: 'Skriv f.eks. topics: ["Et emne", "Et andet"], eller ét punkt pr. linje med "  - " foran.' },
  RESOURCE_EXHAUSTION: { what: "felterne henviser til hinanden (med & og *) for mange gange.", hint: "Skriv værdierne ud i stedet for at henvise til dem." },
};

/** `MISSING_CHAR` covers several mistakes; the parser's message tells which. */
function missingChar(message: string): { what: string; hint: string } {
  if (/quote/.test(message)) return { what: "der mangler et afsluttende anførselstegn.", hint: 'Afslut teksten med samme slags anførselstegn, som den begynder med, f.eks. title: "Møde i Hobro". Indeholder teksten selv ", så sæt den i enkelte anførselstegn (\'...\').' };
  if (/without - indicator/.test(message)) return { what: 'linjen står i en liste, men begynder ikke med "- ".', hint: 'Begynd hvert punkt i listen med "- ", rykket lige så langt ind som punkterne over det.' };
  if (/Missing , /.test(message)) return { what: "der mangler et komma mellem to punkter i [ ] eller { }.", hint: 'Adskil punkterne med komma, f.eks. topics: ["Et emne", "Et andet"].' };
  if (/followed by map values/.test(message)) return { what: "linjen har intet kolon (:) efter feltets navn.", hint: 'Skriv felter på formen navn: værdi, f.eks. title: "Møde i Hobro"; fortsætter en tekst fra linjen over, så sæt hele teksten i anførselstegn.' };
  if (/white space/.test(message)) return { what: "der mangler et mellemrum.", hint: 'Sæt et mellemrum efter kolon og foran #, f.eks. title: "Møde" # kommentar.' };
  return SYNTAX.MISSING_CHAR!;
}

/** The lists whose items have fields, and how their items are named to editors. */
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
  speakers: { noun: "oplægsholder", definite: "oplægsholderen", plural: "oplægsholdere", words: COMMON, example: 'speakers:\n  - organisation: "KL"\n    name: "Gerner Zinglersen"\n  - organisation: "Sorø Kommune"' },
  regions: { noun: "region", definite: "regionen", plural: "regioner", words: COMMON, example: '- key: midt-nord\n  name: "Midt-Nord"\n- key: syddanmark\n  name: "Syddanmark"' },
};
const MEETING_KEYS = new Set<string>(MEETING_FIELDS.map((field) => field.key));
const SPEAKER_ONLY = new Set<string>(SPEAKER_FIELDS.map((field) => field.key).filter((key) => !MEETING_KEYS.has(key)));

function listOf(file: string, owner: string | undefined): List {
  if (owner === undefined && file === "_data/regions.yaml") return LISTS.regions!;
  return (owner !== undefined && Object.hasOwn(LISTS, owner) && LISTS[owner]) || { noun: "punkt", definite: "punktet", plural: "punkter", words: NEUTER, example: `${owner ?? "liste"}:\n  - navn: "første"\n  - navn: "andet"` };
}

function missingDash({ noun, definite, words, example }: List, orIndent = false): string {
  const { every, it, its } = words;
  const indent = orIndent ? ` Hører linjen i stedet til ${definite} over, så ryk den to mellemrum længere ind, under ${its} første felt.` : "";
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
        problems.push(problem(line, indent + 1, `linjen står under "- " i en liste af ${list.plural}, men begynder ikke selv med "- ".`, missingDash(list, true)));
        continue;
      }
    }
    const { what, hint } = error.code === "MISSING_CHAR" ? missingChar(error.message) : (SYNTAX[error.code] ?? { what: "felterne er ikke skrevet rigtigt.", hint: GENERAL_HINT });
    problems.push(problem(line, column, what, hint));
  }
  if (!problems.length) problems.push(problem(failure.mark.line + 1, failure.mark.column + 1, "felterne er ikke skrevet rigtigt.", GENERAL_HINT));
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
        found.push({ line, column, what: `${quoted(name)} står to gange i samme ${list.noun} (linje ${firstLine} og ${line}): der mangler nok "- " foran ${list.words.aNew} ${list.noun}.`, hint: missingDash(list) });
        return; // the item's other repeated keys are the same mistake
      }
      if (atTop && SPEAKER_ONLY.has(name)) {
        found.push({ line, column, what: `${quoted(name)} står to gange (linje ${firstLine} og ${line}); det er et felt for en oplægsholder.`, hint: missingDash(LISTS.speakers!) });
        continue;
      }
      found.push({ line, column, what: `feltet ${quoted(name)} står to gange (også i linje ${firstLine}).`, hint: "Et felt må kun stå én gang: behold den linje, der er rigtig, og slet den anden." });
    }
  };
  visit(positions.doc.contents, undefined, false, true);
  return found;
}
