import { describe, expect, it } from "vitest";
import { meeting, news, site } from "../helpers/content-model.ts";

describe("buildSite", () => {
  it("splits a region's meetings into upcoming (soonest first) and past (newest first)", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2017-03-07"),
      meeting("midt-nord/b", "2027-02-01"),
      meeting("midt-nord/c", "2026-12-01"),
      meeting("midt-nord/d", "2018-01-01"),
      meeting("midt-nord/today", "2026-11-27"),
    ]);
    const [page] = result.regionPages.filter((list) => list.region.key === "midt-nord");
    expect(page!.upcoming.map((item) => item.id)).toEqual(["midt-nord/today", "midt-nord/c", "midt-nord/b"]);
    expect(page!.past.map((item) => item.id)).toEqual(["midt-nord/d", "midt-nord/a"]);
    expect(result.regions.find((region) => region.key === "midt-nord")).toMatchObject({ meetingCount: 5, upcomingCount: 3 });
  });

  it("gives every region a page, even one without meetings", () => {
    const { site: result } = site([meeting("midt-nord/a", "2017-03-07")]);
    expect(result.regionPages.map((list) => list.page.url)).toEqual(["/regioner/midt-nord/", "/regioner/syddanmark/"]);
  });

  it("paginates a region above 20 meetings, keeping upcoming ones first", () => {
    const meetings = Array.from({ length: 25 }, (_, index) =>
      meeting(`syddanmark/m${index}`, `2010-01-${String(index + 1).padStart(2, "0")}`),
    );
    meetings.push(meeting("syddanmark/next", "2027-01-01"));
    const pages = site(meetings).site.regionPages.filter((list) => list.region.key === "syddanmark");
    expect(pages.map((list) => [list.page.url, list.upcoming.length, list.past.length])).toEqual([
      ["/regioner/syddanmark/", 1, 19],
      ["/regioner/syddanmark/side/2/", 0, 6],
    ]);
    expect(pages[1]!.past.at(-1)!.id).toBe("syddanmark/m0");
  });

  it("counts theme and topics together, each meeting once per term", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2017-01-01", { theme: "Brugerstyring", topics: ["Jobfunktionsroller", "Brugerstyring"] }),
      meeting("midt-nord/b", "2017-02-01", { theme: "Jobfunktionsroller" }),
      meeting("syddanmark/c", "2017-03-01", { theme: "Datadeling", topics: ["Brugerstyring"] }),
    ]);
    expect(result.themes.map((term) => [term.slug, term.meetingCount])).toEqual([
      ["brugerstyring", 2],
      ["datadeling", 1],
      ["jobfunktionsroller", 2],
    ]);
    const brugerstyring = result.themePages.find((list) => list.term.slug === "brugerstyring")!;
    expect(brugerstyring.page.items.map((item) => item.id)).toEqual(["syddanmark/c", "midt-nord/a"]);
  });

  it("sorts themes the Danish way (æ, ø, å after z)", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2017-01-01", { theme: "Åbne data", topics: ["Økonomi", "Zoner", "Arkitektur"] }),
    ]);
    expect(result.themes.map((term) => term.name)).toEqual(["Arkitektur", "Zoner", "Økonomi", "Åbne data"]);
  });

  it("merges spellings that fold to one slug, names the term by the most used, and warns with the files", () => {
    const { site: result, problems } = site([
      meeting("midt-nord/a", "2017-01-01", { theme: "Brugerstyring" }),
      meeting("midt-nord/b", "2017-02-01", { theme: "Brugerstyring" }),
      meeting("syddanmark/c", "2017-03-01", { theme: "brugerstyring" }),
    ]);
    expect(result.themes).toMatchObject([{ slug: "brugerstyring", name: "Brugerstyring", meetingCount: 3 }]);
    expect(result.meetings.every((item) => item.theme.name === "Brugerstyring")).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", file: "meetings/syddanmark/c.md" });
    expect(problems[0]!.message).toContain("meetings/midt-nord/a.md");
  });

  it("links each meeting to the previous and next meeting in its own region only", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2017-01-01"),
      meeting("syddanmark/x", "2017-01-15"),
      meeting("midt-nord/b", "2017-02-01"),
      meeting("midt-nord/c", "2017-03-01"),
    ]);
    const b = result.meetings.find((item) => item.id === "midt-nord/b")!;
    expect([b.previous?.url, b.next?.url]).toEqual(["/moeder/midt-nord/a/", "/moeder/midt-nord/c/"]);
    const x = result.meetings.find((item) => item.id === "syddanmark/x")!;
    expect([x.previous, x.next]).toEqual([undefined, undefined]);
  });

  it("links news and the meetings they cover both ways", () => {
    const { site: result } = site(
      [meeting("midt-nord/a", "2017-03-07"), meeting("syddanmark/b", "2017-03-16")],
      [news("2017/n", "2017-04-11", ["syddanmark/b", "midt-nord/a"])],
    );
    expect(result.news[0]!.meetings.map((link) => link.url)).toEqual(["/moeder/midt-nord/a/", "/moeder/syddanmark/b/"]);
    expect(result.meetings.map((item) => item.news.map((link) => link.url))).toEqual([["/nyheder/2017/n/"], ["/nyheder/2017/n/"]]);
  });

  it("files meetings and news under their year, newest first, with counts", () => {
    const { site: result } = site(
      [meeting("midt-nord/a", "2017-03-07"), meeting("midt-nord/b", "2018-01-01")],
      [news("2017/n", "2017-04-11")],
    );
    expect(result.years).toMatchObject([
      { year: "2018", meetingCount: 1, newsCount: 0 },
      { year: "2017", meetingCount: 1, newsCount: 1 },
    ]);
    expect(result.yearPages.find((list) => list.year.year === "2017")!.page.items.map((item) => item.id)).toEqual([
      "2017/n",
      "midt-nord/a",
    ]);
  });

  it("fills the home page: latest news, next upcoming, latest reports", () => {
    const { site: result } = site(
      [meeting("midt-nord/past", "2017-03-07"), meeting("midt-nord/soon", "2026-12-01"), meeting("midt-nord/later", "2027-06-01")],
      [news("2017/n", "2017-04-11")],
    );
    expect(result.home.upcoming.map((item) => item.id)).toEqual(["midt-nord/soon", "midt-nord/later"]);
    expect(result.home.latestReports.map((item) => item.id)).toEqual(["midt-nord/past"]);
    expect(result.home.latestNews.map((item) => item.id)).toEqual(["2017/n"]);
  });

  it("uses the first paragraph when a meeting has no summary", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2017-03-07"),
      meeting("midt-nord/b", "2017-03-08", { summary: "Eget resumé." }),
    ]);
    expect(result.meetings.map((item) => item.summary)).toEqual(["Eget resumé.", "Første afsnit."]);
  });

  it("orders the same content the same way whatever order it was read in", () => {
    const meetings = [meeting("midt-nord/b", "2017-03-07"), meeting("midt-nord/a", "2017-03-07"), meeting("syddanmark/c", "2017-03-07")];
    const forwards = site(meetings).site.meetings.map((item) => item.id);
    const backwards = site([...meetings].reverse()).site.meetings.map((item) => item.id);
    expect(forwards).toEqual(["midt-nord/a", "midt-nord/b", "syddanmark/c"]);
    expect(backwards).toEqual(forwards);
  });
});
