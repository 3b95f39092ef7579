// Every feed and calendar a build writes, read by real clients: feedparser and icalendar
// (Python, from Debian) for Atom and iCalendar, feed-extractor for JSON Feed.
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, filesOf, page } from "./helpers/build.ts";
import { jsonFeedsOf, readWithClients } from "./helpers/clients.ts";

const BASE = "https://it-arkitekturnetvaerk.example.dk";

describe("the example site's feeds and calendars", () => {
  let site: string;
  let clients: ReturnType<typeof readWithClients>;
  beforeAll(() => {
    site = buildInto("content");
    clients = readWithClients(site);
  });

  it("writes Atom feeds every client reads without complaint, with what Atom requires", () => {
    const feeds = Object.entries(clients.feeds);
    expect(feeds.map(([url]) => url)).toEqual(
      expect.arrayContaining(["/feed.xml", "/nyheder/feed.xml", "/regioner/syddanmark/feed.xml", "/temaer/brugerstyring/feed.xml"]),
    );
    for (const [url, feed] of feeds) {
      expect(feed, url).toMatchObject({
        bozo: false,
        version: "atom10",
        self: `${BASE}${url}`,
        id: `${BASE}${url}`,
        author: "Kommunernes it-arkitekturnetværk",
      });
      expect(feed.title, url).toBeTruthy();
      expect(feed.updated, url).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[12]:00$/);
      for (const entry of feed.entries) {
        expect(entry.id, url).toBe(entry.link);
        expect(entry.link, url).toMatch(new RegExp(`^${BASE}/(moeder|nyheder)/`));
        expect(entry.published, url).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[12]:00$/);
        expect(entry.updated, url).toBe(entry.published);
        expect(entry.title && entry.summary && entry.content, url).toBeTruthy();
        expect(entry.content, url).not.toMatch(/(href|src)="\//);
      }
    }
  });

  it("gives the Syddanmark feed the Svendborg meeting and not the others", () => {
    const entries = clients.feeds["/regioner/syddanmark/feed.xml"]!.entries;
    const meetings = entries.filter((entry) => entry.link.includes("/moeder/"));
    expect(meetings.map((entry) => entry.link)).toEqual([`${BASE}/moeder/syddanmark/2017-03-16-brugerstyring/`]);
    expect(meetings[0]!.tags).toEqual(expect.arrayContaining(["Syddanmark", "Brugerstyring"]));
    expect(clients.feeds["/feed.xml"]!.entries).toHaveLength(5);
  });

  it("writes JSON Feeds 1.1 with the same entries as the Atom feeds", () => {
    const feeds = jsonFeedsOf(site);
    expect(feeds.length).toBe(Object.keys(clients.feeds).length);
    for (const { url, raw, parsed } of feeds) {
      expect(raw.version, url).toBe("https://jsonfeed.org/version/1.1");
      expect(raw.feed_url, url).toBe(`${BASE}${url}`);
      const atom = clients.feeds[url.replace(".json", ".xml")]!;
      expect(parsed.title, url).toBe(atom.title);
      expect(
        parsed.entries!.map((entry) => entry.id),
        url,
      ).toEqual(atom.entries.map((entry) => entry.id));
      for (const item of raw.items) expect(Date.parse(item.date_published), url).not.toBeNaN();
    }
  });

  it("writes calendars a calendar client imports, every meeting with its own", () => {
    const calendars = Object.entries(clients.calendars);
    expect(calendars.length).toBe(filesOf(site).filter((file) => file.endsWith(".ics")).length);
    const svendborg = clients.calendars["/regioner/syddanmark/kalender.ics"]!;
    expect(svendborg.events).toEqual([
      expect.objectContaining({
        uid: "syddanmark/2017-03-16-brugerstyring@it-arkitekturnetvaerk.example.dk",
        summary: "Syddanmark: Brugerstyring i praksis",
        location: "Svendborg Rådhus, Svendborg",
        start: "2017-03-16",
        end: "2017-03-17",
        url: `${BASE}/moeder/syddanmark/2017-03-16-brugerstyring/`,
        status: "CONFIRMED",
      }),
    ]);
    expect(clients.calendars["/kalender.ics"]!.events).toHaveLength(4);
    expect(clients.calendars["/moeder/syddanmark/2017-03-16-brugerstyring/kalender.ics"]!.events.map((event) => event.uid)).toEqual([
      svendborg.events[0]!.uid,
    ]);
  });

  it("tells browsers and readers where the feeds are", () => {
    const home = page(site, "/");
    expect(home).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Kommunernes it-arkitekturnetværk (Atom)" href="/feed.xml">',
    );
    expect(home).toContain(
      '<link rel="alternate" type="application/feed+json" title="Kommunernes it-arkitekturnetværk (JSON Feed)" href="/feed.json">',
    );
    const region = page(site, "/regioner/syddanmark/");
    expect(region).toContain('title="Syddanmark (Atom)" href="/regioner/syddanmark/feed.xml"');
    expect(region).toMatch(/<h2 id="abonner">Abonnér<\/h2>[\s\S]*href="\/regioner\/syddanmark\/kalender.ics"/);
    const meeting = page(site, "/moeder/syddanmark/2017-03-16-brugerstyring/");
    expect(meeting).toContain('href="/regioner/syddanmark/feed.xml"');
    expect(meeting).toContain('title="Tema: Brugerstyring (Atom)" href="/temaer/brugerstyring/feed.xml"');
    expect(meeting).toContain(
      '<a href="/moeder/syddanmark/2017-03-16-brugerstyring/kalender.ics" type="text/calendar">Tilføj til kalender</a>',
    );
    // every page of the site, not the CMS's
    for (const file of filesOf(site).filter((name) => name.endsWith(".html") && !name.startsWith("admin/")))
      expect(page(site, file), file).toContain('href="/feed.xml"');
  });
});
