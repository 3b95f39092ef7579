// The feeds and calendars of content with times, statuses and hostile text, read by real
// clients (see tests/helpers/clients.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "./helpers/build.ts";
import { jsonFeedsOf, readWithClients } from "./helpers/clients.ts";
import { contentTree, meetingFile, newsFile } from "./helpers/content-tree.ts";

const BASE = "https://it-arkitekturnetvaerk.example.dk";
const HOSTILE = 'Tål & < > ]]> "citat" 😀';

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
