// What a meeting's calendar event says, made from the site data as a build makes it (calendar/events.ts).
import { describe, expect, it } from "vitest";
import { eventOf as writtenEvent } from "../../src/calendar/events.ts";
import { buildSite } from "../../src/site/build-site.ts";
import { meeting, site } from "../helpers/content-model.ts";

const unfold = (text: string) => text.replace(/\r\n /g, "");
const descriptionOf = (event: string) => /\r\nDESCRIPTION:(.*)\r\n/.exec(unfold(event))![1];
const eventOf = (meetings: Parameters<typeof site>[0]) => {
  const data = site(meetings).site;
  return writtenEvent(data.meetings[0]!, data);
};

describe("a meeting's calendar event", () => {
  it("describes the meeting by its summary, then its address", () => {
    const event = eventOf([meeting("syddanmark/svendborg", "2017-03-16", { summary: "Om brugerstyring." })]);
    expect(descriptionOf(event)).toBe("Om brugerstyring.\\n\\nhttps://x.dk/moeder/syddanmark/svendborg/");
  });

  it("has no blank lines around or in place of a missing summary", () => {
    expect(descriptionOf(eventOf([meeting("syddanmark/tom", "2017-03-16", { body: "" })]))).toBe("https://x.dk/moeder/syddanmark/tom/");
    expect(descriptionOf(eventOf([meeting("syddanmark/luft", "2017-03-16", { summary: "  \n Om luft. \n\n", body: "" })]))).toBe(
      "Om luft.\\n\\nhttps://x.dk/moeder/syddanmark/luft/",
    );
  });

  it("gives a meeting with a start and no end an end two hours later", () => {
    const event = eventOf([meeting("syddanmark/svendborg", "2017-03-16", { start: "13:00" })]);
    expect(event).toContain("DTSTART;TZID=Europe/Copenhagen:20170316T130000\r\nDTEND;TZID=Europe/Copenhagen:20170316T150000\r\n");
  });

  it("lets no line break in the site's address start an event of its own", () => {
    // npm run check refuses such an address; the calendar writer must hold even without it
    const url = "https://x.dk/net\r\nBEGIN:VEVENT\r\nUID:indsmuglet\r\nEND:VEVENT\r\nX-A:";
    const { site: data } = buildSite(
      {
        settings: { title: "T", url, description: "" },
        regions: [{ key: "syddanmark", name: "Syddanmark" }],
        meetings: [meeting("syddanmark/svendborg", "2017-03-16")],
        news: [],
        media: [],
      },
      "2026-11-27",
    );
    for (const calendar of data.calendars) {
      const lines = calendar.meetings
        .map((meeting) => writtenEvent(meeting, data))
        .join("")
        .split("\r\n");
      expect(
        lines.filter((line) => line === "BEGIN:VEVENT"),
        calendar.url,
      ).toHaveLength(1);
      expect(
        lines.filter((line) => line.startsWith("UID:")),
        calendar.url,
      ).toEqual(["UID:syddanmark/svendborg@x.dk"]);
    }
  });
});
