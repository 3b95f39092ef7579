import { describe, expect, it } from "vitest";
import { searchRecords, textOf } from "../../src/search/records.ts";
import { meeting, news, site } from "../helpers/content-model.ts";
import { withMaterials } from "../feeds/materials-fixture.ts";

describe("search records", () => {
  const { site: data } = site(
    [
      meeting("syddanmark/svendborg", "2017-03-16", {
        title: "Brugerstyring i praksis",
        theme: "Brugerstyring",
        topics: ["Jobfunktionsroller"],
        speakers: [{ organisation: "KL", name: "Gerner Zinglersen", topic: "referencearkitekturen" }],
        body: "Om **brugerstyring** & roller – i praksis.\n",
      }),
    ],
    [news("2017/n", "2017-04-11", ["syddanmark/svendborg"])],
  );
  const [record, article] = searchRecords(data);

  it("give a meeting's text, speakers and terms, and its filters", () => {
    expect(record).toMatchObject({
      url: "/moeder/syddanmark/svendborg/",
      language: "da",
      meta: { title: "Brugerstyring i praksis", date: "2017-03-16" },
    });
    expect(record!.filters).toEqual({
      Region: ["Syddanmark"],
      Tema: ["Brugerstyring", "Jobfunktionsroller"],
      År: ["2017"],
      Type: ["Møde"],
    });
    expect(record!.content).toContain("Gerner Zinglersen, KL, referencearkitekturen");
    expect(record!.content).toContain("Om brugerstyring & roller – i praksis.");
  });

  it("file a news article under the regions of the meetings it is about", () => {
    expect(article!.filters).toEqual({ Region: ["Syddanmark"], År: ["2017"], Type: ["Nyhed"] });
  });

  it("give a meeting's materials by their titles, so that a search for one finds the meeting", () => {
    const [withThem] = searchRecords(site([withMaterials]).site);
    expect(withThem!.content).toMatch(/\. Præsentation fra KL\. Program & "dagsorden" <v2> 😀\. KL's side$/);
    expect(withThem!.content.toLowerCase()).toContain("præsentation fra kl");
    // and a meeting without materials has the content it always had
    expect(record!.content.endsWith("Om brugerstyring & roller – i praksis.")).toBe(true);
  });

  it("read the text of our HTML back, character references included", () => {
    expect(textOf("<p>a &amp; b &#8211; <em>c</em>&#128512;</p>\n<p>d</p>")).toBe("a & b – c 😀 d");
  });
});
