import { describe, expect, it } from "vitest";
import { eventOf as writtenEvent } from "../../src/calendar/events.ts";
import { feedOf as writtenFeed } from "../../src/feeds/entries.ts";
import { meeting, news, site } from "../helpers/content-model.ts";

type Site = ReturnType<typeof site>["site"];

/** The feed that follows `listUrl`, as the output writes it (feeds/entries.ts). */
const feedOf = (result: Site, listUrl: string) =>
  writtenFeed(
    result.feeds.find((feed) => feed.listUrl === listUrl)!,
    result.settings,
  );

/** The calendar at `url`, with its meetings as the VEVENTs the output writes (calendar/events.ts). */
function calendarOf(result: Site, url: string) {
  const calendar = result.calendars.find((candidate) => candidate.url === url)!;
  return { ...calendar, events: calendar.meetings.map((meeting) => writtenEvent(meeting, result)) };
}

describe("feeds and calendars", () => {
  const { site: result } = site(
    [
      meeting("syddanmark/svendborg", "2017-03-16", { theme: "Brugerstyring", start: "10:00", end: "15:00" }),
      meeting("midt-nord/hobro", "2017-03-07"),
      meeting("syddanmark/kommende", "2027-01-10", { theme: "Brugerstyring" }),
      meeting("syddanmark/aflyst", "2017-02-01", { status: "cancelled" }),
    ],
    [news("2017/om-svendborg", "2017-04-11", ["syddanmark/svendborg"]), news("2017/om-intet", "2017-05-01")],
  );

  it("give a region's feed its held meetings and the news about them, newest first", () => {
    const feed = feedOf(result, "/regioner/syddanmark/");
    expect(feed.entries.map((entry) => entry.url)).toEqual([
      "https://x.dk/nyheder/2017/om-svendborg/",
      "https://x.dk/moeder/syddanmark/svendborg/",
      "https://x.dk/moeder/syddanmark/aflyst/",
    ]);
    expect(feed.updated).toBe("2017-04-11T00:00:00+02:00");
    expect(feed.atomUrl).toBe("https://x.dk/regioner/syddanmark/feed.xml");
  });

  it("give a theme's feed the meetings with that theme and the news about them", () => {
    expect(feedOf(result, "/temaer/brugerstyring/").entries.map((entry) => entry.url)).toEqual([
      "https://x.dk/nyheder/2017/om-svendborg/",
      "https://x.dk/moeder/syddanmark/svendborg/",
    ]);
  });

  it("put everything held in the site's feed and only news in the news feed", () => {
    expect(feedOf(result, "/").entries).toHaveLength(5);
    expect(feedOf(result, "/nyheder/").entries.map((entry) => entry.title)).toEqual(["Nyhed 2017/om-intet", "Nyhed 2017/om-svendborg"]);
  });

  it("mark a cancelled meeting in its title, and carry dates from the content", () => {
    const entry = feedOf(result, "/").entries.find((candidate) => candidate.url.endsWith("/aflyst/"))!;
    expect(entry).toMatchObject({
      title: "Aflyst: Møde syddanmark/aflyst",
      published: "2017-02-01T00:00:00+01:00",
      updated: "2017-02-01T00:00:00+01:00",
    });
    expect(entry.categories).toContainEqual({ term: "syddanmark", label: "Syddanmark" });
  });

  it("put every meeting in the calendars, upcoming ones too, oldest first", () => {
    const calendar = calendarOf(result, "/regioner/syddanmark/kalender.ics");
    expect(calendar.events.map((event) => /UID:(.*)\r\n/.exec(event)![1])).toEqual([
      "syddanmark/aflyst@x.dk",
      "syddanmark/svendborg@x.dk",
      "syddanmark/kommende@x.dk",
    ]);
    expect(calendarOf(result, "/kalender.ics").events).toHaveLength(4);
  });

  it("keep feeds at the latest 50 entries", () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      meeting(`midt-nord/m${index}`, `2016-01-${String((index % 28) + 1).padStart(2, "0")}`),
    );
    const { site: big } = site(many);
    expect(feedOf(big, "/regioner/midt-nord/").entries).toHaveLength(50);
    expect(calendarOf(big, "/regioner/midt-nord/kalender.ics").events).toHaveLength(60);
  });

  it("date an empty feed by the site's newest content, not by the clock", () => {
    const { site: quiet } = site([meeting("midt-nord/a", "2017-03-07")]);
    expect(feedOf(quiet, "/nyheder/")).toMatchObject({ entries: [], updated: "2017-03-07T00:00:00+01:00" });
  });
});
