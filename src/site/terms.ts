// Groups free-text terms (themes and topics) by slug. Spellings that fold to one slug share
// one term, named by the most used spelling; the others are reported so editors can align them.
import type { Problem } from "../content/problems.ts";
import { slugify } from "../slug.ts";
import type { TermView } from "./views.ts";
import { subscriptionOf } from "./urls.ts";

interface Spelling {
  count: number;
  files: string[];
}

export class TermRegistry {
  private readonly terms = new Map<string, { term: TermView; spellings: Map<string, Spelling> }>();
  private readonly field: string;
  private readonly url: (slug: string) => string;

  /** `field` names the front-matter field in warnings; `url` gives a term's page */
  constructor(field: string, url: (slug: string) => string) {
    this.field = field;
    this.url = url;
  }

  /** The term for `name`: one object for every spelling with the same slug. */
  add(name: string, file: string): TermView {
    const slug = slugify(name);
    let entry = this.terms.get(slug);
    if (!entry) {
      const url = this.url(slug);
      entry = { term: { slug, name, url, subscription: subscriptionOf(url), meetingCount: 0 }, spellings: new Map() };
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
    for (const { term, spellings } of this.terms.values()) {
      const ranked = [...spellings].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
      const [chosen, { count, files: [example] }] = ranked[0]!;
      term.name = chosen;
      for (const [spelling, { files }] of ranked.slice(1)) {
        for (const file of new Set(files)) {
          problems.push({
            severity: "warning",
            file,
            field: this.field,
            message: `"${spelling}" staves "${chosen}" i ${count} andre møder (f.eks. ${example}); de vises på én side som "${chosen}".`,
            hint: `Skriv "${chosen}", hvis det er det samme emne.`,
          });
        }
      }
    }
    return problems;
  }

  all(): TermView[] {
    return [...this.terms.values()].map(({ term }) => term);
  }
}
