// A meeting's files and recording as real clients read them: Python's feedparser sees the Atom
// enclosures, icalendar the ATTACH properties, feed-extractor reads the JSON Feed with its
// attachments (see tests/helpers/clients.ts). The feeds and calendars are written from site
// data, as a build writes them, without the rest of a build.
import { beforeAll, describe, expect, it } from "vitest";
import { calendarFiles } from "../../src/calendar/write-calendars.ts";
import { atomFeed } from "../../src/feeds/atom.ts";
import { feedOf } from "../../src/feeds/entries.ts";
import { jsonFeed } from "../../src/feeds/json-feed.ts";
import { writeTextFiles } from "../../src/publish/files.ts";
import { routes } from "../../src/routes.ts";
import { withMaterials } from "../feeds/materials-fixture.ts";
import { temporaryFolder } from "../helpers/build.ts";
import { jsonFeedsOf, readWithClients, type AtomFeed, type Calendar } from "../helpers/clients.ts";
import { meeting, site } from "../helpers/content-model.ts";

/** What read-subscriptions.py says besides what helpers/clients.ts types. */
type Link = { rel: string; href: string; type?: string; length?: string; title?: string };
type Entry = AtomFeed["entries"][number] & { enclosures: { href: string; type: string; length: string }[]; links: Link[] };
type Event = Calendar["events"][number] & { attachments: { uri: string; fmttype: string | null }[] };

const PDF = "https://x.dk/moeder/syddanmark/svendborg/slides%20kl.pdf";
const DOCX = "https://x.dk/media/2017/program.docx";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("a meeting's materials, read by real clients", () => {
  let folder: string;
  let entries: Entry[];
  let events: Record<string, Event[]>;
  beforeAll(() => {
    const { site: data } = site([withMaterials, meeting("syddanmark/uden", "2017-03-07")]);
    folder = temporaryFolder("referat-clients-");
    writeTextFiles(
      data.feeds.flatMap((list) => {
        const feed = feedOf(list, data.settings);
        return [
          { url: routes.atomFeed(list.listUrl), text: atomFeed(feed) },
          { url: routes.jsonFeed(list.listUrl), text: jsonFeed(feed) },
        ];
      }),
      folder,
    );
    writeTextFiles(calendarFiles(data), folder);
    const clients = readWithClients(folder);
    const atom = clients.feeds["/feed.xml"]!;
    expect(atom.bozo, atom.bozo_exception).toBe(false);
    entries = atom.entries as Entry[];
    events = Object.fromEntries(Object.entries(clients.calendars).map(([url, calendar]) => [url, calendar.events as Event[]]));
  });

  it("feedparser sees each file as an enclosure with its address, type and size, and the recording as a related link", () => {
    const entry = entries.find((candidate) => candidate.link === "https://x.dk/moeder/syddanmark/svendborg/")!;
    expect(entry.enclosures).toEqual([
      { href: PDF, type: "application/pdf", length: "2300000" },
      { href: DOCX, type: DOCX_TYPE, length: "45000" },
    ]);
    expect(entry.links.filter((link) => link.rel === "enclosure").map((link) => link.title)).toEqual([
      "Præsentation fra KL",
      'Program & "dagsorden" <v2> 😀',
    ]);
    expect(entry.links.find((link) => link.rel === "related")).toMatchObject({
      href: "https://vimeo.com/123456?x=1&y=2",
      title: "Optagelse af mødet",
    });
    expect(entry.content).toContain(`<a href="${PDF}">Præsentation fra KL</a> (PDF, 2,3\u00a0MB)`);
    expect(entry.content).toContain('<a href="https://vimeo.com/123456?x=1&amp;y=2">Optagelse af mødet</a>');
  });

  it("feedparser sees no enclosure or related link on a meeting without materials", () => {
    const entry = entries.find((candidate) => candidate.link === "https://x.dk/moeder/syddanmark/uden/")!;
    expect(entry.enclosures).toEqual([]);
    expect(entry.links.map((link) => link.rel)).toEqual(["alternate"]);
  });

  it("icalendar sees each file as an ATTACH with its FMTTYPE, in every calendar the meeting is in", () => {
    const calendars = ["/kalender.ics", "/regioner/syddanmark/kalender.ics", "/moeder/syddanmark/svendborg/kalender.ics"];
    for (const url of calendars) {
      const event = events[url]!.find((candidate) => candidate.uid === "syddanmark/svendborg@x.dk")!;
      expect(event.attachments, url).toEqual([
        { uri: PDF, fmttype: "application/pdf" },
        { uri: DOCX, fmttype: DOCX_TYPE },
      ]);
      expect(event.description, url).toContain("Optagelse af mødet: https://vimeo.com/123456?x=1&y=2");
    }
    expect(events["/moeder/syddanmark/uden/kalender.ics"]![0]!.attachments).toEqual([]);
  });

  it("feed-extractor reads the JSON Feed, its attachments as written", () => {
    const json = jsonFeedsOf(folder).find((feed) => feed.url === "/feed.json")!;
    expect(json.parsed.entries!.map((entry) => entry.link)).toContain("https://x.dk/moeder/syddanmark/svendborg/");
    expect(json.raw.items[0].attachments.map((attachment: { url: string }) => attachment.url)).toEqual([PDF, DOCX]);
  });
});
