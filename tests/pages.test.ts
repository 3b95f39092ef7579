// The page registry and the routes: every page kind says which list it is made from, with the
// compiler holding its URL and layout to that list's entries, and every path of the site
// comes from src/routes.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { meetingPage } from "../layouts/meeting.ts";
import { each, pages } from "../src/pages.ts";

describe("the page registry", () => {
  it("holds a page kind's URL and layout to the entries of its list, when it compiles", () => {
    // @ts-expect-error the meeting page cannot be made from the pages of the news list
    each("newsPages", (list) => list.url, meetingPage);
    expect(pages.meeting.list).toBe("meetings");
  });

  it("tells the HTML pages for readers from the feeds and the CMS's configuration", () => {
    const notHtml = Object.entries(pages)
      .filter(([, page]) => !page.html)
      .map(([name]) => name);
    expect(notHtml).toEqual(["cmsConfig", "atomFeed", "jsonFeed", "robots", "noJekyll", "hostHeaders"]);
  });

  it("lists every HTML page for readers in the sitemap, but not the 404 page and the CMS", () => {
    const unlisted = Object.entries(pages)
      .filter(([, page]) => page.html && !page.listed)
      .map(([name]) => name);
    expect(unlisted).toEqual(["notFound", "admin"]);
  });
});

describe("the routes", () => {
  it("are the only place that writes a path of the site", () => {
    const makers = ["layouts", "src/site", "src/feeds", "src/calendar", "src/search", "src/cms", "src/pages.ts", "src/corpus"];
    const files = makers.flatMap((place) =>
      place.endsWith(".ts")
        ? [place]
        : readdirSync(place, { recursive: true })
            .map((name) => join(place, String(name)))
            .filter((name) => name.endsWith(".ts")),
    );
    expect(files.length).toBeGreaterThan(40);
    // a quote, then a root-relative path: /moeder/, /feed.xml
    const literalPath = /["'`(]\/[a-z][a-z0-9-]*(\/|\.[a-z]+["'`)])/;
    const found = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, index) => `${file}:${index + 1}: ${line.trim()}`)
        .filter((line) => literalPath.test(line.slice(line.indexOf(": ") + 2))),
    );
    expect(found).toEqual([]);
  });
});
