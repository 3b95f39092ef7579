// The YAML parser's own messages in Danish, by their code: what is wrong in an editor's words,
// and the likely fix. (yaml-problems.ts puts them on the right line.)
import type { YAMLError } from "yaml";

const COLON_HINT = 'Sæt tekst, der indeholder kolon (:), i anførselstegn, f.eks. title: "Møde: it-arkitektur".';
export const GENERAL_HINT = 'Tjek indrykningen, og sæt tekst med kolon (:), # eller anførselstegn i anførselstegn ("...").';

/** What each of `yaml`'s error codes means to an editor; the parser's own text is English. */
export const SYNTAX: Partial<Record<YAMLError["code"], { what: string; hint: string }>> = {
  BAD_INDENT: {
    what: "indrykningen passer ikke: felter, der hører sammen, skal stå præcis under hinanden.",
    hint: "Ryk linjen ind med lige så mange mellemrum som de felter, den hører sammen med.",
  },
  TAB_AS_INDENT: { what: "linjen er rykket ind med tabulator.", hint: "Ryk ind med mellemrum, ikke tabulator." },
  MULTILINE_IMPLICIT_KEY: {
    what: "en tekst med kolon (:) eller over flere linjer står uden anførselstegn, så den læses som et nyt felt.",
    hint: COLON_HINT,
  },
  BLOCK_AS_IMPLICIT_KEY: {
    what: "en tekst med kolon (:) står uden anførselstegn, så resten af linjen læses som et nyt felt.",
    hint: COLON_HINT,
  },
  MISSING_CHAR: { what: "der mangler et tegn.", hint: GENERAL_HINT },
  UNEXPECTED_TOKEN: { what: "der står et tegn, som ikke hører til her.", hint: GENERAL_HINT },
  BAD_SCALAR_START: {
    what: "en tekst uden anførselstegn kan ikke begynde med @, ` eller %.",
    hint: 'Sæt teksten i anførselstegn, f.eks. title: "@kommune".',
  },
  BAD_DQ_ESCAPE: {
    what: 'en omvendt skråstreg (\\) i en tekst i "..." læses som en kode, og den kode findes ikke.',
    hint: "Skriv \\\\ for en omvendt skråstreg, eller sæt teksten i enkelte anførselstegn ('...').",
  },
  BAD_ALIAS: {
    what: "& og * har en særlig betydning i begyndelsen af en værdi.",
    hint: 'Sæt teksten i anførselstegn, f.eks. title: "*Nyt* møde".',
  },
  ALIAS_PROPS: {
    what: "& og * har en særlig betydning i begyndelsen af en værdi.",
    hint: 'Sæt teksten i anførselstegn, f.eks. title: "*Nyt* møde".',
  },
  MULTIPLE_ANCHORS: {
    what: "& har en særlig betydning i begyndelsen af en værdi.",
    hint: 'Sæt teksten i anførselstegn, f.eks. title: "&-tegnet".',
  },
  TAG_RESOLVE_FAILED: {
    what: "! har en særlig betydning i begyndelsen af en værdi.",
    hint: 'Sæt teksten i anførselstegn, f.eks. title: "!Vigtigt".',
  },
  MULTIPLE_TAGS: {
    what: "! har en særlig betydning i begyndelsen af en værdi.",
    hint: 'Sæt teksten i anførselstegn, f.eks. title: "!Vigtigt".',
  },
  BAD_PROP_ORDER: { what: "& og ! har en særlig betydning i begyndelsen af en værdi.", hint: "Sæt teksten i anførselstegn." },
  MULTIPLE_DOCS: {
    what: "der står en linje med --- eller ... midt i felterne.",
    hint: "Felterne skal stå mellem den første og den anden linje med ---; slet den ekstra linje, eller sæt teksten i anførselstegn.",
  },
  KEY_OVER_1024_CHARS: {
    what: "et feltnavn er over 1024 tegn langt.",
    hint: "Tjek, at linjen har formen navn: værdi, og at teksten står efter kolon.",
  },
  BLOCK_IN_FLOW: {
    what: 'en liste i [ ] eller felter i { } skal skrives uden "- " og uden linjer rykket ind.',
    hint: 'Skriv f.eks. topics: ["Et emne", "Et andet"], eller ét punkt pr. linje med "  - " foran.',
  },
  RESOURCE_EXHAUSTION: {
    what: "felterne henviser til hinanden (med & og *) for mange gange.",
    hint: "Skriv værdierne ud i stedet for at henvise til dem.",
  },
};

/** `MISSING_CHAR` covers several mistakes; the parser's message tells which. */
export function missingChar(message: string): { what: string; hint: string } {
  if (/quote/.test(message))
    return {
      what: "der mangler et afsluttende anførselstegn.",
      hint: 'Afslut teksten med samme slags anførselstegn, som den begynder med, f.eks. title: "Møde i Hobro". Indeholder teksten selv ", så sæt den i enkelte anførselstegn (\'...\').',
    };
  if (/without - indicator/.test(message))
    return {
      what: 'linjen står i en liste, men begynder ikke med "- ".',
      hint: 'Begynd hvert punkt i listen med "- ", rykket lige så langt ind som punkterne over det.',
    };
  if (/Missing , /.test(message))
    return {
      what: "der mangler et komma mellem to punkter i [ ] eller { }.",
      hint: 'Adskil punkterne med komma, f.eks. topics: ["Et emne", "Et andet"].',
    };
  if (/followed by map values/.test(message))
    return {
      what: "linjen har intet kolon (:) efter feltets navn.",
      hint: 'Skriv felter på formen navn: værdi, f.eks. title: "Møde i Hobro"; fortsætter en tekst fra linjen over, så sæt hele teksten i anførselstegn.',
    };
  if (/white space/.test(message))
    return { what: "der mangler et mellemrum.", hint: 'Sæt et mellemrum efter kolon og foran #, f.eks. title: "Møde" # kommentar.' };
  return SYNTAX.MISSING_CHAR!;
}

/** The lists whose items have fields, and how their items are named to editors. */
