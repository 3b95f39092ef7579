// Every feed and calendar a build writes, read by real clients: feedparser and icalendar
// (Python, from Debian) for Atom and iCalendar, feed-extractor for JSON Feed.
import { extractFromJson } from "@extractus/feed-extractor";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, filesOf, page } from "./helpers/build.ts";
import { contentTree, meetingFile, newsFile } from "./helpers/content-tree.ts";

const BASE = "https://it-arkitekturnetvaerk.example.dk";
const HOSTILE = 'Tål & < > ]]> "citat" 😀';

interface AtomFeed {
  bozo: boolean;
  bozo_exception: string;
  version: string;
  id: string;
  title: string;
  updated: string;
  author: string;
  self: string;
  entries: {
    id: string;
    title: string;
    link: string;
    published: string;
    updated: string;
    author?: string;
    summary: string;
    content: string;
    tags: string[];
  }[];
}

interface Calendar {
  name: string;
  version: string;
  events: {
    uid: string;
    summary: string;
    description: string;
    location: string;
    url: string;
    status: string;
    start: string;
    start_zone: string | null;
    end: string | null;
  }[];
}

/** What the real clients made of every feed and calendar in a built site. */
function readWithClients(site: string): { feeds: Record<string, AtomFeed>; calendars: Record<string, Calendar> } {
  const run = spawnSync("/usr/bin/python3", ["tests/clients/read-subscriptions.py", site], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the Python clients failed (install python3-feedparser and python3-icalendar):\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

function jsonFeedsOf(site: string) {
  return filesOf(site)
    .filter((file) => file.endsWith("feed.json"))
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(site, file), "utf8"));
      return {
        url: `/${file}`,
        raw,
        parsed: extractFromJson(raw, { descriptionMaxLen: 0, getExtraEntryFields: (item) => ({ content: item.content_html }) }),
      };
    });
}

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

describe("feeds and calendars of content with times, statuses and hostile text", () => {
  let site: string;
  let clients: ReturnType<typeof readWithClients>;
  beforeAll(() => {
    const title = JSON.stringify(HOSTILE);
    site = buildInto(
      contentTree({
        "_data/site.yaml": `title: "Netværket"\nurl: "${BASE}"\n`,
        "meetings/syddanmark/2017-03-16-svendborg.md": meetingFile(
          {
            title,
            region: "syddanmark",
            date: "2017-03-16",
            start: '"10:00"',
            end: '"15:00"',
            venue: '\n  name: "Svendborg Rådhus"\n  city: "Svendborg"\n  address: "Ramsherred 5"',
          },
          `Tekst med ${HOSTILE} og et [link](/regioner/syddanmark/).\n`,
        ),
        "meetings/syddanmark/2017-06-20-sommer.md": meetingFile({
          region: "syddanmark",
          date: "2017-06-20",
          start: '"13:00"',
          title: '"Sommermøde"',
        }),
        "meetings/syddanmark/2017-02-01-aflyst.md": meetingFile({
          region: "syddanmark",
          date: "2017-02-01",
          status: "cancelled",
          title: '"Aflyst møde"',
        }),
        "meetings/syddanmark/2027-01-10-kommende.md": meetingFile({ region: "syddanmark", date: "2027-01-10", title: '"Kommende møde"' }),
        "meetings/hovedstaden/2017-03-14-frederiksberg.md": meetingFile({ region: "hovedstaden", date: "2017-03-14" }),
        "meetings/sjaelland/2017-12-31-nytaar.md": meetingFile(
          { region: "sjaelland", date: "2017-12-31", start: '"23:00"', title: '"Nytårsmøde"' },
          "",
        ),
        "meetings/sjaelland/2024-02-29-skuddag.md": meetingFile({ region: "sjaelland", date: "2024-02-29", title: '"Skuddagsmøde"' }),
        "news/2017/2017-04-11-nyhed.md": newsFile({ title, author: '"Anja Lønbo"', meetings: "\n  - syddanmark/2017-03-16-svendborg" }),
      }),
    );
    clients = readWithClients(site);
  });

  it("keeps & < > ]]> quotes and emoji intact in Atom, JSON Feed and iCalendar", () => {
    const atom = clients.feeds["/feed.xml"]!;
    expect(atom.bozo).toBe(false);
    expect(atom.entries.filter((entry) => entry.title === HOSTILE)).toHaveLength(2);
    // in the full text's HTML the emoji is a character reference, which shows the same
    expect(atom.entries.find((entry) => entry.link.endsWith("/2017-03-16-svendborg/"))!.content).toContain(
      "Tål &amp; &lt; &gt; ]]&gt; &quot;citat&quot; &#128512;",
    );
    const json = jsonFeedsOf(site).find((feed) => feed.url === "/feed.json")!;
    expect(json.raw.items.filter((item: { title: string }) => item.title === HOSTILE)).toHaveLength(2);
    expect(json.parsed.entries!.filter((entry) => entry.title === HOSTILE)).toHaveLength(2);
    const event = clients.calendars["/moeder/syddanmark/2017-03-16-svendborg/kalender.ics"]!.events[0]!;
    expect(event.summary).toBe(HOSTILE);
  });

  it("gives the Syddanmark calendar the right date, time and place, winter and summer", () => {
    const events = clients.calendars["/regioner/syddanmark/kalender.ics"]!.events;
    expect(events.map((event) => event.start)).toEqual([
      "2017-02-01",
      "2017-03-16T10:00:00+01:00",
      "2017-06-20T13:00:00+02:00",
      "2027-01-10",
    ]);
    expect(events[1]).toMatchObject({
      end: "2017-03-16T15:00:00+01:00",
      start_zone: "Europe/Copenhagen",
      location: "Svendborg Rådhus, Ramsherred 5, Svendborg",
    });
    expect(events[0]).toMatchObject({ status: "CANCELLED", summary: "Aflyst: Aflyst møde" });
  });

  it("ends a meeting without an end time two hours after its start, by midnight at the latest", () => {
    expect(clients.calendars["/regioner/syddanmark/kalender.ics"]!.events[2]).toMatchObject({
      start: "2017-06-20T13:00:00+02:00",
      end: "2017-06-20T15:00:00+02:00",
    });
    const [newYear, leapDay] = clients.calendars["/regioner/sjaelland/kalender.ics"]!.events;
    expect(newYear).toMatchObject({ start: "2017-12-31T23:00:00+01:00", end: "2018-01-01T00:00:00+01:00" });
    expect(leapDay).toMatchObject({ start: "2024-02-29", end: "2024-03-01" });
  });

  it("describes a meeting without summary or text by its address alone, with no blank lines", () => {
    const [newYear, leapDay] = clients.calendars["/regioner/sjaelland/kalender.ics"]!.events;
    expect(newYear!.description).toBe(`${BASE}/moeder/sjaelland/2017-12-31-nytaar/`);
    expect(leapDay!.description).toBe(`Referatets tekst.\n\n${BASE}/moeder/sjaelland/2024-02-29-skuddag/`);
  });

  it("leaves upcoming meetings out of the feeds (they are in the calendars) and credits the author", () => {
    const titles = clients.feeds["/regioner/syddanmark/feed.xml"]!.entries.map((entry) => entry.title);
    expect(titles).toEqual(["Sommermøde", HOSTILE, HOSTILE, "Aflyst: Aflyst møde"]);
    expect(clients.feeds["/nyheder/feed.xml"]!.entries[0]!.author).toBe("Anja Lønbo");
    expect(clients.feeds["/regioner/hovedstaden/feed.xml"]!.entries.map((entry) => entry.link)).toEqual([
      `${BASE}/moeder/hovedstaden/2017-03-14-frederiksberg/`,
    ]);
  });

  it("makes links in the full text absolute", () => {
    const entry = clients.feeds["/feed.xml"]!.entries.find((candidate) => candidate.link.endsWith("/2017-03-16-svendborg/"))!;
    expect(entry.content).toContain(`href="${BASE}/regioner/syddanmark/"`);
  });
});
