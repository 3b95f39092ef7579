import { describe, expect, it } from "vitest";
import { Taxonomy, TAXONOMIES, type Named } from "../../src/site/taxonomy.ts";

interface Theme extends Named {
  colour: string;
}

describe("a taxonomy", () => {
  it("is declared once per kind: its field, its noun and where its pages are", () => {
    expect(Object.keys(TAXONOMIES)).toEqual(["themes", "organisations", "people", "rounds", "venues"]);
    expect(TAXONOMIES.people.url("mogens-lilleoer")).toBe("/personer/mogens-lilleoer/");
    expect(TAXONOMIES.venues.field).toBe("venue.name");
  });

  it("gives every spelling of one slug one term, named by the most used, warning about the others", () => {
    const themes = new Taxonomy<Theme, string>(TAXONOMIES.themes, (slug) => ({ colour: `farve-${slug}` }));
    const first = themes.add("Brugerstyring", "a.md");
    expect(themes.add("brugerstyring", "b.md")).toBe(first);
    themes.add("brugerstyring", "c.md");
    expect(first).toMatchObject({ slug: "brugerstyring", url: "/temaer/brugerstyring/", colour: "farve-brugerstyring", meetingCount: 0 });
    const warnings = themes.settle();
    expect(first.name).toBe("brugerstyring");
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: "a.md",
        field: "theme/topics",
        hint: 'Skriv "brugerstyring", hvis det er samme emne.',
      }),
    ]);
  });

  it("files each term's entries in order and counts them", () => {
    const themes = new Taxonomy<Theme, string>(TAXONOMIES.themes, () => ({ colour: "" }));
    const term = themes.add("Rammearkitektur", "a.md");
    themes.file(term, "møde 1");
    themes.file(term, "møde 2");
    expect(themes.entriesOf(term)).toEqual(["møde 1", "møde 2"]);
    expect(term.meetingCount).toBe(2);
    expect(themes.entriesOf(themes.add("Andet", "b.md"))).toEqual([]);
    expect(themes.all().map((theme) => theme.slug)).toEqual(["rammearkitektur", "andet"]);
  });
});
