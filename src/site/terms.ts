// Groups free-text terms (themes and topics) by slug. Spellings that fold to one slug share
// one term, named by the most used spelling; the others are reported so editors can align them.
import type { Problem } from "../content/problems.ts";
import { slugify } from "../slug.ts";

interface Spelling {
  count: number;
  files: string[];
}

export interface Term {
  slug: string;
  name: string;
}

export class TermRegistry {
  private readonly spellings = new Map<string, Map<string, Spelling>>();
  private readonly terms = new Map<string, Term>();

  private readonly field: string;

  /** `field` names the front-matter field in warnings */
  constructor(field: string) {
    this.field = field;
  }

  /** The term for `name`, shared by every spelling with the same slug. */
  add(name: string, file: string): Term {
    const slug = slugify(name);
    let term = this.terms.get(slug);
    if (!term) {
      term = { slug, name };
      this.terms.set(slug, term);
      this.spellings.set(slug, new Map());
    }
    const bySpelling = this.spellings.get(slug)!;
    const spelling = bySpelling.get(name) ?? { count: 0, files: [] };
    spelling.count++;
    spelling.files.push(file);
    bySpelling.set(name, spelling);
    return term;
  }

  /** Names every term by its most used spelling and warns about the others. */
  settle(): Problem[] {
    const problems: Problem[] = [];
    for (const [slug, bySpelling] of this.spellings) {
      const ranked = [...bySpelling].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
      const [chosen] = ranked[0]!;
      this.terms.get(slug)!.name = chosen;
      for (const [spelling, { files }] of ranked.slice(1)) {
        for (const file of [...new Set(files)]) {
          problems.push({
            severity: "warning",
            file,
            field: this.field,
            message: `"${spelling}" staves "${chosen}" i ${bySpelling.get(chosen)!.count} andre møder (f.eks. ${bySpelling.get(chosen)!.files[0]}); de vises på én side som "${chosen}".`,
            hint: `Skriv "${chosen}", hvis det er det samme emne.`,
          });
        }
      }
    }
    return problems;
  }

  all(): Term[] {
    return [...this.terms.values()];
  }
}
