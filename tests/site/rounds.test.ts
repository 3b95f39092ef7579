import { describe, expect, it } from "vitest";
import { meeting, news, site } from "../helpers/content-model.ts";

describe("meeting rounds", () => {
  const round = { series: "Møderunde 1, 2017" };
  const { site: result, problems } = site(
    [
      meeting("syddanmark/s", "2017-03-16", round),
      meeting("midt-nord/m", "2017-03-07", round),
      meeting("midt-nord/later", "2017-03-20", { series: "møderunde 1, 2017" }),
      meeting("syddanmark/other", "2017-09-01", { series: "Møderunde 2, 2017" }),
      meeting("syddanmark/old", "2016-09-01", { series: "Møderunde 2, 2016" }),
    ],
    [news("2017/n", "2017-04-11", ["syddanmark/s"]), news("2017/unrelated", "2017-04-12")],
  );

  it("put a round's meetings side by side, a column per region in regions.yaml's order, each in date order", () => {
    const [first] = result.roundPages.filter((page) => page.round.slug === "moederunde-1-2017");
    expect(first!.columns.map(({ region, meetings }) => [region.key, meetings.map((held) => held.id)])).toEqual([
      ["midt-nord", ["midt-nord/m", "midt-nord/later"]],
      ["syddanmark", ["syddanmark/s"]],
    ]);
    expect(first!.round).toMatchObject({ name: "Møderunde 1, 2017", meetingCount: 3, firstDate: "2017-03-07", year: "2017" });
    expect(first!.news.map((article) => article.id)).toEqual(["2017/n"]);
    expect(problems.map((problem) => problem.field)).toEqual(["series"]);
  });

  it("list the rounds newest first, with their years", () => {
    expect(result.roundIndex[0]!.items.map((listed) => [listed.name, listed.year])).toEqual([
      ["Møderunde 2, 2017", "2017"],
      ["Møderunde 1, 2017", "2017"],
      ["Møderunde 2, 2016", "2016"],
    ]);
  });

  it("link each meeting to its round", () => {
    expect(result.meetings.find((held) => held.id === "midt-nord/later")!.round!.url).toBe("/moederunder/moederunde-1-2017/");
  });
});
