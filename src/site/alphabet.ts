// A–Z indexes in the site language's order (Danish: … X Y Z Æ Ø Å), paginated like every
// other list, with a row of initials that link to the page and heading where each starts.
import { i18n } from "../i18n/index.ts";
import { slugify } from "../slug.ts";
import { paginate } from "./paginate.ts";
import type { AlphabetPage } from "./views.ts";

const { locale, alphabet } = i18n;

/** Sorts names as the site's language does. */
export const collator = new Intl.Collator(locale);

/**
 * The initial a heading is filed under: A–Z, then the language's letters after Z (Danish: Æ,
 * Ø, Å), accented letters under their letter (É under E), anything else under "#". A leading
 * digraph counts as its letter: in Danish "Aa" is Å (Aabenraa and Aarhus come last, after Ø).
 */
export function initialOf(heading: string): string {
  const trimmed = heading.trim();
  for (const [digraph, letter] of alphabet.digraphs) if (trimmed.slice(0, digraph.length).toLowerCase() === digraph) return letter;
  const first = trimmed.charAt(0).toLocaleUpperCase(locale);
  if (alphabet.afterZ.includes(first) && first !== "") return first;
  const plain = first.normalize("NFKD").charAt(0);
  return /[A-Z]/.test(plain) ? plain : alphabet.other;
}

const INITIALS = `${alphabet.other}ABCDEFGHIJKLMNOPQRSTUVWXYZ${alphabet.afterZ}`;

/**
 * The order of an index: by the initial a name is filed under, then in Danish order. Danish
 * order alone puts names in other scripts after Å and signs before A, which would split "#"
 * into two groups.
 */
export function indexOrder<T>(nameOf: (entry: T) => string): (a: T, b: T) => number {
  return (a, b) =>
    INITIALS.indexOf(initialOf(nameOf(a))) - INITIALS.indexOf(initialOf(nameOf(b))) || collator.compare(nameOf(a), nameOf(b));
}

/**
 * Pages of an index of `entries` (sorted already), each page's entries grouped under their
 * heading: an initial, or whatever `headingOf` files them under (a venue's city).
 */
export function alphabetPages<T>(entries: readonly T[], headingOf: (entry: T) => string, firstPage: string): AlphabetPage<T>[] {
  const pages = paginate(entries, firstPage);
  const letters: { letter: string; url: string }[] = [];
  const groupsOfPages = pages.map((page) => {
    const groups: AlphabetPage<T>["groups"] = [];
    // two headings can share a slug ("Hobro", "hobro"): each id once on a page
    const ids = new Set<string>();
    for (const entry of page.items) {
      const heading = headingOf(entry);
      let group = groups.at(-1);
      if (group?.heading !== heading) {
        group = { heading, id: uniqueId(`${i18n.paths.initialGroup}-${slugify(heading) || i18n.paths.otherGroup}`, ids), entries: [] };
        groups.push(group);
        const letter = initialOf(heading);
        if (letters.at(-1)?.letter !== letter) letters.push({ letter, url: `${page.url}#${group.id}` });
      }
      group.entries.push(entry);
    }
    return groups;
  });
  return pages.map((page, index) => ({ page, letters, groups: groupsOfPages[index]! }));
}

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let count = 2; taken.has(id); count++) id = `${wanted}-${count}`;
  taken.add(id);
  return id;
}
