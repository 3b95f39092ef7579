// The ways meetings are grouped by a name they carry, as Hugo has taxonomies: themes and topics,
// organisations, people, meeting rounds and venues. Each kind is declared once in TAXONOMIES
// (the field its names come from, what one is called, where its pages are); one class does
// what they share. Spellings that fold to one slug share one term, named by the most used
// spelling, and the others are reported so editors can align them (CONTENT-FORMAT.md); each
// term's entries are filed in the one pass over the meetings, and counted.
import type { Problem } from "../content/problems.ts";
import { routes } from "../routes.ts";
import { slugify } from "../slug.ts";
import { pushTo } from "./lists.ts";

/** What every term has: its slug, its chosen spelling, its page, and how many meetings name it. */
export interface Named {
  slug: string;
  /** the most used spelling */
  name: string;
  url: string;
  meetingCount: number;
}

export interface TaxonomyKind {
  /** the front-matter field its names come from, for warnings */
  field: string;
  /** what one term is called in Danish, for warnings: "emne", "organisation" */
  noun: string;
  /** the term's page */
  url: (slug: string) => string;
}

export const TAXONOMIES = {
  themes: { field: "theme/topics", noun: "emne", url: routes.theme },
  organisations: { field: "speakers[].organisation", noun: "organisation", url: routes.organisation },
  people: { field: "speakers[].name", noun: "person", url: routes.person },
  rounds: { field: "series", noun: "møderunde", url: routes.round },
  venues: { field: "venue.name", noun: "sted", url: routes.venue },
} as const satisfies Record<string, TaxonomyKind>;

interface Spelling {
  count: number;
  files: string[];
}

/** A taxonomy of terms `T`, each with the entries `E` filed under it (meetings, or what a meeting holds for it). */
export class Taxonomy<T extends Named, E = never> {
  private readonly terms = new Map<string, { term: T; spellings: Map<string, Spelling> }>();
  private readonly entries = new Map<T, E[]>();
  private readonly kind: TaxonomyKind;
  /** what a kind's term has beside the Named fields */
  private readonly extra: (slug: string) => Omit<T, keyof Named>;

  constructor(kind: TaxonomyKind, extra: (slug: string) => Omit<T, keyof Named>) {
    this.kind = kind;
    this.extra = extra;
  }

  /**
   * The term for `name`: one object for every spelling with the same slug. The slug is made
   * from `identity` when a name alone does not tell two apart (a venue's name and city).
   */
  add(name: string, file: string, identity = name): T {
    const slug = slugify(identity);
    let entry = this.terms.get(slug);
    if (!entry) {
      const term = { slug, name, url: this.kind.url(slug), meetingCount: 0, ...this.extra(slug) } as T;
      entry = { term, spellings: new Map() };
      this.terms.set(slug, entry);
    }
    const spelling = entry.spellings.get(name) ?? { count: 0, files: [] };
    spelling.count++;
    spelling.files.push(file);
    entry.spellings.set(name, spelling);
    return entry.term;
  }

  /** Files `entry` under `term`; the term counts one meeting more. */
  file(term: T, entry: E): void {
    pushTo(this.entries, term, entry);
    term.meetingCount++;
  }

  /** What was filed under `term`, in the order it was filed. */
  entriesOf(term: T): E[] {
    return this.entries.get(term) ?? [];
  }

  /** Names every term by its most used spelling and warns about the others. */
  settle(): Problem[] {
    const problems: Problem[] = [];
    const { field, noun } = this.kind;
    for (const { term, spellings } of this.terms.values()) {
      const ranked = [...spellings].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
      const [
        chosen,
        {
          count,
          files: [example],
        },
      ] = ranked[0]!;
      term.name = chosen;
      for (const [spelling, { files }] of ranked.slice(1)) {
        for (const file of new Set(files)) {
          problems.push({
            severity: "warning",
            file,
            field,
            message: `"${spelling}" staves "${chosen}" i ${count} andre møder (f.eks. ${example}); de vises på én side som "${chosen}".`,
            hint: `Skriv "${chosen}", hvis det er samme ${noun}.`,
          });
        }
      }
    }
    return problems;
  }

  all(): T[] {
    return [...this.terms.values()].map(({ term }) => term);
  }
}
