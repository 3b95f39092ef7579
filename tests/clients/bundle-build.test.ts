// A report kept as a folder with its slides beside it, built for real under a base path: the
// files are published beside the meeting's page, and real clients find them, at the size the
// content check measured, in the feeds and the calendars (see tests/helpers/clients.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, filesOf } from "../helpers/build.ts";
import { jsonFeedsOf, readWithClients, type AtomFeed, type Calendar } from "../helpers/clients.ts";
import { CONTACT, contentTree, meetingFile } from "../helpers/content-tree.ts";

type Entry = AtomFeed["entries"][number] & { enclosures: { href: string; type: string; length: string }[] };
type Event = Calendar["events"][number] & { attachments: { uri: string; fmttype: string | null }[] };

const FOLDER = "meetings/syddanmark/2017-03-16-svendborg";
const PAGE = "https://x.dk/referat/moeder/syddanmark/2017-03-16-svendborg/";
const SLIDES = `%PDF-1.4 ${"x".repeat(3000)}`;

describe("a report kept as a folder, built", () => {
  let site: string;
  let clients: ReturnType<typeof readWithClients>;
  beforeAll(() => {
    site = buildInto(
      contentTree({
        "_data/site.yaml": `title: "Netværket"\nurl: "https://x.dk/referat"\n${CONTACT}`,
        [`${FOLDER}/index.md`]: meetingFile({
          region: "syddanmark",
          date: "2017-03-16",
          attachments: '\n  - title: "Præsentation fra KL"\n    file: "slides kl.pdf"\n  - title: "Bilag"\n    file: "bilag/b.pdf"',
          recording: '"https://vimeo.com/123456"',
        }),
        [`${FOLDER}/slides kl.pdf`]: SLIDES,
        [`${FOLDER}/bilag/b.pdf`]: "%PDF-1.4 b",
      }),
    );
    clients = readWithClients(site);
  });

  it("publishes its files beside the meeting's page, subfolders and all", () => {
    expect(filesOf(site).filter((file) => file.startsWith("moeder/syddanmark/2017-03-16-svendborg/"))).toEqual(
      ["bilag/b.pdf", "index.html", "kalender.ics", "slides kl.pdf"].map((name) => `moeder/syddanmark/2017-03-16-svendborg/${name}`),
    );
    expect(readFileSync(join(site, "moeder/syddanmark/2017-03-16-svendborg/slides kl.pdf"), "utf8")).toBe(SLIDES);
  });

  it("gives feed readers and calendars their addresses under the base path, types and sizes", () => {
    const atom = clients.feeds["/feed.xml"]!;
    expect(atom.bozo, atom.bozo_exception).toBe(false);
    const entry = atom.entries.find((candidate) => candidate.link === PAGE) as Entry;
    expect(entry.enclosures).toEqual([
      { href: `${PAGE}slides%20kl.pdf`, type: "application/pdf", length: String(Buffer.byteLength(SLIDES)) },
      { href: `${PAGE}bilag/b.pdf`, type: "application/pdf", length: "10" },
    ]);
    const json = jsonFeedsOf(site).find((feed) => feed.url === "/feed.json")!;
    expect(json.raw.items[0].attachments[0]).toEqual({
      url: `${PAGE}slides%20kl.pdf`,
      mime_type: "application/pdf",
      title: "Præsentation fra KL",
      size_in_bytes: Buffer.byteLength(SLIDES),
    });
    const event = clients.calendars["/moeder/syddanmark/2017-03-16-svendborg/kalender.ics"]!.events[0] as Event;
    expect(event.attachments).toEqual([
      { uri: `${PAGE}slides%20kl.pdf`, fmttype: "application/pdf" },
      { uri: `${PAGE}bilag/b.pdf`, fmttype: "application/pdf" },
    ]);
    expect(event.description).toBe(`Referatets tekst.\n\nOptagelse af mødet: https://vimeo.com/123456\n\n${PAGE}`);
  });
});
