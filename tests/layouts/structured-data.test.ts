import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/content/model.ts";
import { structuredData } from "../../layouts/structured-data.ts";
import { meeting, site } from "../helpers/content-model.ts";

function dataOf(fields: Partial<Meeting>) {
  const speakers = [{ organisation: "KL", name: "Gerner Zinglersen", role: "it-arkitekt" }, { organisation: "KOMBIT" }];
  const brugerstyring = meeting("syddanmark/2017-03-16-brugerstyring", "2017-03-16", {
    venue: { name: "Svendborg Rådhus", city: "Svendborg", online: false },
    speakers,
    ...fields,
  });
  const data = site([brugerstyring]).site;
  return JSON.parse(structuredData(data.meetings[0]!, data.settings));
}

describe("structured data of a meeting", () => {
  it("is a schema.org Event with an absolute URL, the place and the speakers", () => {
    expect(dataOf({})).toMatchObject({
      "@type": "Event",
      url: "https://x.dk/moeder/syddanmark/2017-03-16-brugerstyring/",
      startDate: "2017-03-16",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", name: "Svendborg Rådhus", address: { addressLocality: "Svendborg" } },
      performer: [
        { "@type": "Person", name: "Gerner Zinglersen", affiliation: { name: "KL" } },
        { "@type": "Organization", name: "KOMBIT" },
      ],
    });
  });

  it("gives local times with Copenhagen's offset for winter and summer", () => {
    expect(dataOf({ start: "10:00", end: "15:00" })).toMatchObject({
      startDate: "2017-03-16T10:00:00+01:00",
      endDate: "2017-03-16T15:00:00+01:00",
    });
    expect(dataOf({ date: "2017-06-16", start: "10:00" }).startDate).toBe("2017-06-16T10:00:00+02:00");
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
    expect(dataOf({ status: "postponed" }).eventStatus).toBe("https://schema.org/EventPostponed");
    const online = dataOf({ venue: { name: "Teams", online: true, url: "https://teams.example.dk/m" } });
    expect(online).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://teams.example.dk/m" },
    });
  });
});
