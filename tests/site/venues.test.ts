import { describe, expect, it } from "vitest";
import { meeting, site } from "../helpers/content-model.ts";

const at = (name: string, city?: string) => ({ venue: { name, city, online: city === undefined } });

describe("venues", () => {
  const meetings = [
    ...Array.from({ length: 7 }, (_, index) => meeting(`midt-nord/h${index}`, `2017-0${index + 1}-01`, at("Rådhuset", "Hobro"))),
    meeting("syddanmark/s", "2017-01-01", at("Rådhuset", "Svendborg")),
    meeting("syddanmark/t", "2017-02-01", at("Microsoft Teams")),
    meeting("syddanmark/a", "2017-03-01", at("Aarhus Rådhus", "Aarhus")),
  ];
  const { site: result } = site(meetings);

  it("tell venues apart by name and city", () => {
    // Danish order: Aarhus comes after Svendborg
    expect(result.venues.map((venue) => [venue.url, venue.meetingCount])).toEqual([
      ["/steder/raadhuset-hobro/", 7],
      ["/steder/raadhuset-svendborg/", 1],
      ["/steder/aarhus-raadhus-aarhus/", 1],
      ["/steder/microsoft-teams-online/", 1],
    ]);
  });

  it("group the index by city, online venues last", () => {
    expect(result.venueIndex[0]!.groups.map((group) => group.heading)).toEqual(["Hobro", "Svendborg", "Aarhus", "Online"]);
  });

  it("link a meeting to the others at its venue, nearest in time first", () => {
    const middle = result.meetings.find((held) => held.id === "midt-nord/h3")!;
    expect(middle.sameVenue.map((link) => link.url)).toEqual([
      "/moeder/midt-nord/h4/",
      "/moeder/midt-nord/h2/",
      "/moeder/midt-nord/h5/",
      "/moeder/midt-nord/h1/",
    ]);
    expect(result.meetings.find((held) => held.id === "syddanmark/s")!.sameVenue).toEqual([]);
  });
});
