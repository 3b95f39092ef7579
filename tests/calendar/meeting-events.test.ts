// What a meeting's calendar event says, made from the site data as a build makes it (calendar/events.ts).
import { describe, expect, it } from "vitest";
import { eventOf as writtenEvent } from "../../src/calendar/events.ts";
import { buildSite } from "../../src/site/build-site.ts";
import { meeting, site } from "../helpers/content-model.ts";
import { withMaterials } from "../feeds/materials-fixture.ts";

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

  it("attaches the meeting's files with their media types, not its links", () => {
    const attached = unfold(eventOf([withMaterials]))
      .split("\r\n")
      .filter((line) => line.startsWith("ATTACH"));
    expect(attached).toEqual([
      "ATTACH;FMTTYPE=application/pdf:https://x.dk/moeder/syddanmark/svendborg/slides%20kl.pdf",
      "ATTACH;FMTTYPE=application/vnd.openxmlformats-officedocument.wordprocessingml.document:https://x.dk/media/2017/program.docx",
    ]);
  });

  it("names the recording in the description, before the meeting's address", () => {
    expect(descriptionOf(eventOf([{ ...withMaterials, summary: "Om KL." }]))).toBe(
      "Om KL.\\n\\nOptagelse af mødet: https://vimeo.com/123456?x=1&y=2\\n\\nhttps://x.dk/moeder/syddanmark/svendborg/",
    );
  });

  it("names the sign-up in the description while it is open, and not after", () => {
    const registration = { url: "https://www.kl.dk/tilmelding?a=1,b=2", deadline: "2026-12-01" };
    const upcoming = meeting("syddanmark/kommende", "2026-12-10", { summary: "Om KL.", registration });
    expect(descriptionOf(eventOf([upcoming]))).toBe(
      "Om KL.\\n\\nTilmelding senest tirsdag 1. december 2026: https://www.kl.dk/tilmelding?a=1\\,b=2\\n\\nhttps://x.dk/moeder/syddanmark/kommende/",
    );
    const open = meeting("syddanmark/aaben", "2026-12-10", { summary: "Om KL.", registration: { url: "https://www.kl.dk/t" } });
    expect(descriptionOf(eventOf([open]))).toContain("Om KL.\\n\\nTilmelding: https://www.kl.dk/t\\n\\n");
    const closed = meeting("syddanmark/lukket", "2026-12-10", {
      summary: "Om KL.",
      registration: { ...registration, deadline: "2026-11-26" },
    });
    expect(descriptionOf(eventOf([closed]))).toBe("Om KL.\\n\\nhttps://x.dk/moeder/syddanmark/lukket/");
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
