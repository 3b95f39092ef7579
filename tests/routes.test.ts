import { afterEach, describe, expect, it } from "vitest";
import { publishAt, routes, subscriptionOf } from "../src/routes.ts";

describe("routes under a base path", () => {
  afterEach(() => publishAt("https://netvaerk.example.dk"));

  it("makes every URL under the path of the site's address", () => {
    publishAt("https://example.github.io/referat/");
    expect(routes.home).toBe("/referat/");
    expect(routes.meeting("syddanmark/2017-03-16-brugerstyring")).toBe("/referat/moeder/syddanmark/2017-03-16-brugerstyring/");
    expect(routes.stylesheet).toMatch(/^\/referat\/assets\//);
    expect(routes.notFound).toBe("/referat/404.html");
    expect(subscriptionOf(routes.region("sjaelland"))).toEqual({
      atomUrl: "/referat/regioner/sjaelland/feed.xml",
      jsonUrl: "/referat/regioner/sjaelland/feed.json",
      calendarUrl: "/referat/regioner/sjaelland/kalender.ics",
    });
  });

  it("reads a path with or without its closing slash, several levels deep", () => {
    publishAt("https://www.example.dk/kommuner/netvaerk");
    expect(routes.years).toBe("/kommuner/netvaerk/arkiv/");
  });

  it("writes each page from the output folder's root, and gives the full address for what is shared", () => {
    publishAt("https://example.github.io/referat");
    expect(routes.file(routes.theme("brugerstyring"))).toBe("/temaer/brugerstyring/");
    expect(routes.file(routes.home)).toBe("/");
    expect(routes.absolute(routes.newsIndex)).toBe("https://example.github.io/referat/nyheder/");
    expect(routes.fromRoot("/media/slides.pdf")).toBe("/referat/media/slides.pdf");
  });

  it("encodes a media file's name whole, its # and ? too, as written with or without the leading slash", () => {
    publishAt("https://example.github.io/referat");
    expect(routes.media("media/2017/Møde #1 ?.pdf")).toBe("/referat/media/2017/M%C3%B8de%20%231%20%3F.pdf");
    expect(routes.media("/media/logo.svg")).toBe("/referat/media/logo.svg");
  });

  it("changes nothing at a domain's root", () => {
    publishAt("https://netvaerk.example.dk");
    expect(routes.home).toBe("/");
    expect(routes.file("/moeder/a/b/")).toBe("/moeder/a/b/");
    expect(routes.fromRoot("/media/x.pdf")).toBe("/media/x.pdf");
    expect(routes.absolute("/nyheder/")).toBe("https://netvaerk.example.dk/nyheder/");
  });
});
