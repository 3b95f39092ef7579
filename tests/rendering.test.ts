// What reaches readers from content the example does not have: hostile text, statuses,
// long lists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInto, filesOf } from "./helpers/build.ts";
import { contentTree, meetingFile, newsFile } from "./helpers/content-tree.ts";

describe("rendering", () => {
  it("escapes a title with markup everywhere it appears, JSON-LD included", () => {
    const hostile = '<script>alert("x")</script> & </script><!--';
    const tree = contentTree({
      "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile({
        title: JSON.stringify(hostile),
        theme: JSON.stringify(`Tema ${hostile}`),
      }),
      "news/2017/2017-04-11-n.md": newsFile({ title: JSON.stringify(hostile), meetings: "\n  - midt-nord/2017-03-07-et-moede" }),
    });
    const site = buildInto(tree);
    for (const file of filesOf(site).filter((name) => name.endsWith(".html"))) {
      const html = readFileSync(join(site, file), "utf8");
      expect(html, file).not.toContain("<script>alert");
      expect(html, file).not.toContain("<!--");
    }
    const meeting = readFileSync(join(site, "moeder/midt-nord/2017-03-07-et-moede/index.html"), "utf8");
    expect(meeting).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/script&gt;&lt;!--");
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(meeting)![1]!;
    expect(JSON.parse(jsonLd).name).toBe(hostile);
  });

  it("marks cancelled and postponed meetings wherever they are listed", () => {
    const tree = contentTree({
      "meetings/midt-nord/2017-03-07-aflyst.md": meetingFile({ status: "cancelled", title: '"Aflyst møde"', date: "2017-03-07" }),
      "meetings/midt-nord/2027-03-07-udsat.md": meetingFile({ status: "postponed", title: '"Udsat møde"', date: "2027-03-07" }),
    });
    const site = buildInto(tree);
    const cancelled = /Aflyst møde<\/a> <strong class="badge badge-cancelled">Aflyst<\/strong>/;
    const postponed = /Udsat møde<\/a> <strong class="badge badge-postponed">Udsat<\/strong>/;
    for (const url of ["/regioner/midt-nord/", "/temaer/rammearkitektur/", "/arkiv/2017/"])
      expect(readFileSync(join(site, url, "index.html"), "utf8"), url).toMatch(cancelled);
    for (const url of ["/", "/regioner/midt-nord/", "/arkiv/2027/"])
      expect(readFileSync(join(site, url, "index.html"), "utf8"), url).toMatch(postponed);
    const page = readFileSync(join(site, "moeder/midt-nord/2017-03-07-aflyst/index.html"), "utf8");
    expect(page).toContain("Mødet er aflyst.");
    expect(page).toContain('"eventStatus":"https://schema.org/EventCancelled"');
  });

  it("paginates lists above 20 entries at /side/N/ with links between the pages", () => {
    const files: Record<string, string> = {};
    for (let day = 1; day <= 21; day++) {
      const date = `2017-01-${String(day).padStart(2, "0")}`;
      files[`meetings/syddanmark/${date}-moede.md`] = meetingFile({ region: "syddanmark", date, title: `"Møde ${day}"` });
    }
    const site = buildInto(contentTree(files));
    const first = readFileSync(join(site, "regioner/syddanmark/index.html"), "utf8");
    const second = readFileSync(join(site, "regioner/syddanmark/side/2/index.html"), "utf8");
    expect(first.match(/class="item item-meeting"/g)).toHaveLength(20);
    expect(second.match(/class="item item-meeting"/g)).toHaveLength(1);
    expect(second).toContain("Møde 1<");
    expect(first).toContain('href="/regioner/syddanmark/side/2/" rel="next"');
    expect(second).toContain('href="/regioner/syddanmark/" rel="prev"');
    for (const url of ["temaer/rammearkitektur/side/2/", "arkiv/2017/side/2/"]) expect(filesOf(site)).toContain(`${url}index.html`);
  });

  it("shows time, address and an online venue's link on the meeting page", () => {
    const tree = contentTree({
      "meetings/midt-nord/2017-03-07-et-moede.md": meetingFile({
        start: '"10:00"',
        end: '"15:30"',
        venue: '\n  name: "Microsoft Teams"\n  online: true\n  url: "https://teams.example.dk/m?a=1&b=2"',
      }),
    });
    const html = readFileSync(join(buildInto(tree), "moeder/midt-nord/2017-03-07-et-moede/index.html"), "utf8");
    expect(html).toContain("tirsdag 7. marts 2017</time>, kl. 10.00&#8211;15.30");
    expect(html).toContain(
      '<a href="/steder/microsoft-teams-online/">Microsoft Teams</a> (online) · <a href="https://teams.example.dk/m?a=1&amp;b=2">Deltag online</a>',
    );
    expect(html).toContain('"startDate":"2017-03-07T10:00:00+01:00"');
  });
});
