// A meeting's materials and recording in its feed entries: Atom's enclosure and related links,
// JSON Feed's attachments, and the list at the end of the entry's HTML; and a meeting without
// them written exactly as before they existed.
import { describe, expect, it } from "vitest";
import { atomFeed } from "../../src/feeds/atom.ts";
import { feedOf } from "../../src/feeds/entries.ts";
import { jsonFeed } from "../../src/feeds/json-feed.ts";
import { meeting, site } from "../helpers/content-model.ts";
import { withMaterials } from "./materials-fixture.ts";

const { site: data } = site([withMaterials, meeting("syddanmark/uden", "2017-03-07")]);
const feed = feedOf(
  data.feeds.find((list) => list.listUrl === "/")!,
  data.settings,
);
const [entry, plain] = feed.entries;
const atom = atomFeed(feed);
const json = JSON.parse(jsonFeed(feed));

describe("a meeting's materials in its feed entries", () => {
  it("are the entry's enclosures: its files by their absolute URLs, types and sizes; its links are none", () => {
    expect(entry!.enclosures).toEqual([
      {
        url: "https://x.dk/moeder/syddanmark/svendborg/slides%20kl.pdf",
        mime: "application/pdf",
        title: "Præsentation fra KL",
        bytes: 2_300_000,
      },
      {
        url: "https://x.dk/media/2017/program.docx",
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        title: 'Program & "dagsorden" <v2> 😀',
        bytes: 45_000,
      },
    ]);
    expect(entry!.related).toEqual({ url: "https://vimeo.com/123456?x=1&y=2", title: "Optagelse af mødet" });
  });

  it("are Atom enclosure links, escaped, and the recording its related link", () => {
    expect(atom).toContain(
      '    <link rel="alternate" type="text/html" href="https://x.dk/moeder/syddanmark/svendborg/"/>\n' +
        '    <link rel="enclosure" href="https://x.dk/moeder/syddanmark/svendborg/slides%20kl.pdf" type="application/pdf" length="2300000" title="Præsentation fra KL"/>\n' +
        '    <link rel="enclosure" href="https://x.dk/media/2017/program.docx" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document" length="45000" title="Program &amp; &quot;dagsorden&quot; &lt;v2&gt; &#128512;"/>\n' +
        '    <link rel="related" href="https://vimeo.com/123456?x=1&amp;y=2" title="Optagelse af mødet"/>\n' +
        "    <published>",
    );
  });

  it("are JSON Feed attachments", () => {
    expect(json.items[0].attachments).toEqual([
      {
        url: "https://x.dk/moeder/syddanmark/svendborg/slides%20kl.pdf",
        mime_type: "application/pdf",
        title: "Præsentation fra KL",
        size_in_bytes: 2_300_000,
      },
      {
        url: "https://x.dk/media/2017/program.docx",
        mime_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        title: 'Program & "dagsorden" <v2> 😀',
        size_in_bytes: 45_000,
      },
    ]);
  });

  it("end the entry's text, files with their kind and size and links as such, as on the meeting's page, with the link to the recording", () => {
    expect(
      entry!.html.endsWith(
        "<h2>Materialer</h2>\n<ul>\n" +
          '<li><a href="https://x.dk/moeder/syddanmark/svendborg/slides%20kl.pdf">Præsentation fra KL</a> (PDF, 2,3\u00a0MB)</li>\n' +
          '<li><a href="https://x.dk/media/2017/program.docx">Program &amp; &quot;dagsorden&quot; &lt;v2&gt; &#128512;</a> (Word, 45\u00a0kB)</li>\n' +
          '<li><a href="https://www.kl.dk/?a=1&amp;b=2">KL&#39;s side</a> (ekstern side)</li>\n' +
          "</ul>\n" +
          '<p><a href="https://vimeo.com/123456?x=1&amp;y=2">Optagelse af mødet</a></p>\n',
      ),
    ).toBe(true);
    expect(json.items[0].content_html).toBe(entry!.html);
  });

  it("leave a size out where it is not known", () => {
    const unknown = meeting("syddanmark/ukendt", "2017-03-16", { attachments: [{ title: "Noter", file: "media/noter.txt" }] });
    const { site: other } = site([unknown]);
    const written = feedOf(
      other.feeds.find((list) => list.listUrl === "/")!,
      other.settings,
    );
    expect(atomFeed(written)).toContain('<link rel="enclosure" href="https://x.dk/media/noter.txt" type="text/plain" title="Noter"/>');
    expect(JSON.parse(jsonFeed(written)).items[0].attachments).toEqual([
      { url: "https://x.dk/media/noter.txt", mime_type: "text/plain", title: "Noter" },
    ]);
    expect(written.entries[0]!.html).toContain('<li><a href="https://x.dk/media/noter.txt">Noter</a> (tekstfil)</li>\n');
  });
});

describe("a meeting without materials", () => {
  it("is written as it always was: no enclosure, related link, attachment or list", () => {
    expect(Object.keys(plain!)).toEqual(["url", "title", "published", "updated", "summary", "html", "categories"]);
    expect(plain!.html).toBe(
      "<p>Møde i Syddanmark tirsdag 7. marts 2017, Rådhuset, By.</p>\n<p>Første afsnit.</p>\n<p>Andet afsnit.</p>\n",
    );
    expect(atom).toContain(`  <entry>
    <id>https://x.dk/moeder/syddanmark/uden/</id>
    <title type="text">Møde syddanmark/uden</title>
    <link rel="alternate" type="text/html" href="https://x.dk/moeder/syddanmark/uden/"/>
    <published>2017-03-07T00:00:00+01:00</published>
`);
    expect(Object.keys(json.items[1])).toEqual([
      "id",
      "url",
      "title",
      "summary",
      "content_html",
      "date_published",
      "date_modified",
      "tags",
    ]);
  });
});
