import { beforeEach, describe, expect, it } from "vitest";
import type { Meeting, Settings } from "../../src/content/model.ts";
import { structuredData } from "../../layouts/structured-data.ts";
import { publishAt } from "../../src/routes.ts";
import { meeting, site } from "../helpers/content-model.ts";

const PICTURES: Partial<Settings> = {
  logo: { file: "media/logo.svg", alt: "Netværkets logo" },
  image: { file: "media/deling.png", alt: "Netværkets logo på hvid baggrund" },
};

function dataOf(
  fields: Partial<Meeting>,
  settings: Partial<Settings> = {},
  id = "syddanmark/2017-03-16-brugerstyring",
  url = "https://x.dk",
) {
  const speakers = [{ organisation: "KL", name: "Gerner Zinglersen", role: "it-arkitekt" }, { organisation: "KOMBIT" }];
  const brugerstyring = meeting(id, "2017-03-16", {
    venue: { name: "Svendborg Rådhus", city: "Svendborg", online: false },
    speakers,
    ...fields,
  });
  const data = site([brugerstyring], [], "2026-11-27", url).site;
  return JSON.parse(structuredData(data.meetings[0]!, { ...data.settings, ...settings }));
}

describe("structured data of a meeting", () => {
  beforeEach(() => publishAt("https://x.dk"));

  it("is a schema.org Event with an absolute URL, the place and the speakers", () => {
    expect(dataOf({})).toMatchObject({
      "@type": "Event",
      "@id": "https://x.dk/moeder/syddanmark/2017-03-16-brugerstyring/#event",
      url: "https://x.dk/moeder/syddanmark/2017-03-16-brugerstyring/",
      inLanguage: "da",
      startDate: "2017-03-16",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", name: "Svendborg Rådhus", address: { addressLocality: "Svendborg" } },
      about: [{ "@type": "DefinedTerm", name: "Rammearkitektur", url: "https://x.dk/temaer/rammearkitektur/" }],
      performer: [
        { "@type": "Person", name: "Gerner Zinglersen", jobTitle: "it-arkitekt", affiliation: { name: "KL" } },
        { "@type": "Organization", name: "KOMBIT" },
      ],
    });
  });

  it("gives the venue's full postal address, the network as organizer, and the share image", () => {
    const data = dataOf({ venue: { name: "Svendborg Rådhus", address: "Ramsherred 5", city: "Svendborg", online: false } }, PICTURES);
    expect(data.location).toEqual({
      "@type": "Place",
      name: "Svendborg Rådhus",
      url: "https://x.dk/steder/svendborg-raadhus-svendborg/",
      address: { "@type": "PostalAddress", streetAddress: "Ramsherred 5", addressLocality: "Svendborg", addressCountry: "DK" },
    });
    expect(data.organizer).toEqual({
      "@type": "Organization",
      name: "T",
      url: "https://x.dk/",
      logo: { "@type": "ImageObject", url: "https://x.dk/media/logo.svg", description: "Netværkets logo" },
    });
    expect(data.image).toEqual({
      "@type": "ImageObject",
      url: "https://x.dk/media/deling.png",
      description: "Netværkets logo på hvid baggrund",
    });
  });

  it("has no image and no logo where site.yaml has none", () => {
    const data = dataOf({});
    expect(data).not.toHaveProperty("image");
    expect(data.organizer).not.toHaveProperty("logo");
  });

  it("makes every address under the site's base path", () => {
    const referat = "https://example.github.io/referat/";
    const data = dataOf({}, PICTURES, undefined, referat);
    expect(data.url).toBe("https://example.github.io/referat/moeder/syddanmark/2017-03-16-brugerstyring/");
    expect(data.organizer.url).toBe("https://example.github.io/referat/");
    expect(data.image.url).toBe("https://example.github.io/referat/media/deling.png");
    // written as a link from the site's root, the file is the same
    const rooted = dataOf({}, { logo: { file: "/media/logo.svg", alt: "Logo" } }, undefined, referat);
    expect(rooted.organizer.logo.url).toBe("https://example.github.io/referat/media/logo.svg");
  });

  it("gives local times with Copenhagen's offset for winter and summer", () => {
    expect(dataOf({ start: "10:00", end: "15:00" })).toMatchObject({
      startDate: "2017-03-16T10:00:00+01:00",
      endDate: "2017-03-16T15:00:00+01:00",
    });
    expect(dataOf({ date: "2017-06-16", start: "10:00" }).startDate).toBe("2017-06-16T10:00:00+02:00");
    expect(dataOf({ start: "10:00" })).not.toHaveProperty("endDate");
  });

  it("gives the offset before and after the clocks change in the night", () => {
    // 26 March 2017: 02:00 became 03:00; 29 October 2017: 03:00 became 02:00
    expect(dataOf({ date: "2017-03-26", start: "01:30", end: "10:00" })).toMatchObject({
      startDate: "2017-03-26T01:30:00+01:00",
      endDate: "2017-03-26T10:00:00+02:00",
    });
    expect(dataOf({ date: "2017-10-29", start: "01:30", end: "10:00" })).toMatchObject({
      startDate: "2017-10-29T01:30:00+02:00",
      endDate: "2017-10-29T10:00:00+01:00",
    });
  });

  it("says when a meeting is cancelled or postponed, and when it is online", () => {
    expect(dataOf({ status: "cancelled" }).eventStatus).toBe("https://schema.org/EventCancelled");
    const postponed = dataOf({ status: "postponed" });
    expect(postponed.eventStatus).toBe("https://schema.org/EventPostponed");
    expect(postponed).not.toHaveProperty("previousStartDate");
    const online = dataOf({ venue: { name: "Teams", online: true, url: "https://teams.example.dk/m" } });
    expect(online).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://teams.example.dk/m" },
    });
  });

  it("gives a postponed meeting with a new date the day it was planned for, from its file name", () => {
    const moved = dataOf({ status: "postponed", date: "2017-04-20", start: "13:00" });
    expect(moved).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      startDate: "2017-04-20T13:00:00+02:00",
      previousStartDate: "2017-03-16",
    });
    // a date mended without the status says nothing of a move
    expect(dataOf({ date: "2017-04-20" })).not.toHaveProperty("previousStartDate");
  });

  it("sends an online meeting without a link to its page, as Google needs a URL to join", () => {
    expect(dataOf({ venue: { name: "Online", online: true } }).location).toEqual({
      "@type": "VirtualLocation",
      name: "Online",
      url: "https://x.dk/moeder/syddanmark/2017-03-16-brugerstyring/",
    });
  });
});
