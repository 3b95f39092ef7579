// Groups free-text names (themes and topics, organisations, people, meeting rounds, venues)
// by slug. Spellings that fold to one slug share one view, named by the most used spelling;
// the others are reported so editors can align them, as CONTENT-FORMAT.md asks.
import type { Problem } from "../content/problems.ts";
import { slugify } from "../slug.ts";

/** What every grouped name has: its slug, its chosen spelling, and how many meetings name it. */
export interface Named {
  slug: string;
  /** the most used spelling */
  name: string;
  meetingCount: number;
}

interface Spelling {
  count: number;
  files: string[];
}

export interface RegistryOptions<V extends Named> {
  /** the front-matter field, for warnings */
  field: string;
  /** what one of them is called in Danish, for warnings: "emne", "organisation" */
  noun: string;
  make: (slug: string, name: string) => V;
}

export class TermRegistry<V extends Named> {
  private readonly terms = new Map<string, { term: V; spellings: Map<string, Spelling> }>();
  private readonly options: RegistryOptions<V>;

  constructor(options: RegistryOptions<V>) {
    this.options = options;
  }

  /**
   * The view for `name`: one object for every spelling with the same slug. The slug is made
   * from `identity` when a name alone does not tell two apart (a venue's name and city).
   */
  add(name: string, file: string, identity = name): V {
    const slug = slugify(identity);
    let entry = this.terms.get(slug);
    if (!entry) {
      entry = { term: this.options.make(slug, name), spellings: new Map() };
      this.terms.set(slug, entry);
    }
    const spelling = entry.spellings.get(name) ?? { count: 0, files: [] };
    spelling.count++;
    spelling.files.push(file);
    entry.spellings.set(name, spelling);
    return entry.term;
  }

  /** Names every term by its most used spelling and warns about the others. */
  settle(): Problem[] {
    const problems: Problem[] = [];
    const { field, noun } = this.options;
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

  all(): V[] {
    return [...this.terms.values()].map(({ term }) => term);
  }
}
