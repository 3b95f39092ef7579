import { describe, expect, it } from "vitest";
import { DEFAULT_HOURS, escapeText, foldLine, vcalendar, vevent, type CalendarEvent } from "../../src/calendar/icalendar.ts";

const EVENT: CalendarEvent = {
  uid: "syddanmark/2017-03-16-brugerstyring@net.example.dk",
  date: "2017-03-16",
  start: "10:00",
  end: "15:30",
  summary: "Brugerstyring",
  description: "Om brugerstyring.\n\nhttps://net.example.dk/moeder/syddanmark/2017-03-16-brugerstyring/",
  location: "Svendborg Rådhus, Svendborg",
  url: "https://net.example.dk/moeder/syddanmark/2017-03-16-brugerstyring/",
  status: "CONFIRMED",
  categories: ["Brugerstyring"],
};

const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("iCalendar", () => {
  it("escapes backslash, semicolon, comma and newlines in text", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg\u2028h")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng\\nh");
  });

  it("lets no control character into any value, escaped or not, so no value can start a line", () => {
    const injection = "\r\nBEGIN:VEVENT\r\nUID:indsmuglet\r\nEND:VEVENT\n\u0000\u0007\u001b\u007f\u0085\u2028";
    const hostile: CalendarEvent = {
      ...EVENT,
      uid: `x${injection}@x.dk`,
      summary: `Titel${injection}`,
      location: `Sted${injection}`,
      url: `https://x.dk/sti${injection}`,
      categories: [`Tema${injection}`],
    };
    const calendar = vcalendar(`Navn${injection}`, [vevent(hostile, "2026-11-27")]);
    const physical = calendar.split("\r\n").slice(0, -1);
    expect(physical.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(physical.filter((line) => line.startsWith("UID:"))).toHaveLength(1);
    // every physical line is a property or a continuation, ended by CRLF and nothing else
    for (const line of physical) {
      expect(line).toMatch(/^([A-Z-]+[;:]| )/);
      expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
    }
    expect(unfold(calendar)).toContain("\r\nURL:https://x.dk/stiBEGIN:VEVENTUID:indsmugletEND:VEVENT\r\n");
  });

  it("keeps tabs, which values may hold", () => {
    expect(vevent({ ...EVENT, location: "Sal\tA" }, "2026-11-27")).toContain("LOCATION:Sal\tA\r\n");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"ø".repeat(40)}😀${"a".repeat(80)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const part of physical) expect(Buffer.byteLength(part), part).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("writes a timed meeting in Copenhagen's local time", () => {
    const text = unfold(vevent(EVENT, "2026-11-27"));
    expect(text).toContain("DTSTART;TZID=Europe/Copenhagen:20170316T100000\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Copenhagen:20170316T153000\r\n");
    expect(text).toContain("DTSTAMP:20261127T000000Z\r\n");
    expect(text).toContain("LOCATION:Svendborg Rådhus\\, Svendborg\r\n");
    expect(text).toContain("STATUS:CONFIRMED\r\nSEQUENCE:0\r\n");
  });

  it("writes a meeting without a start time as an all-day event ending the next day", () => {
    const text = vevent({ ...EVENT, date: "2017-12-31", start: undefined, end: undefined }, "2026-11-27");
    expect(text).toContain("DTSTART;VALUE=DATE:20171231\r\nDTEND;VALUE=DATE:20180101\r\n");
  });

  it.each([
    ["2017-03-16", "20170317"],
    ["2017-04-30", "20170501"],
    ["2017-12-31", "20180101"],
    ["2024-02-28", "20240229"],
    ["2024-02-29", "20240301"],
    ["2023-02-28", "20230301"],
    ["2000-02-28", "20000229"],
    ["1900-02-28", "19000301"],
    ["2100-02-28", "21000301"],
    ["2199-12-31", "22000101"],
    ["0099-12-31", "01000101"],
  ])("ends an all-day meeting on %s the next day, %s", (date, next) => {
    expect(vevent({ ...EVENT, date, start: undefined, end: undefined }, "2026-11-27")).toContain(`DTEND;VALUE=DATE:${next}\r\n`);
  });

  it("writes no end rather than a five-digit year after 9999-12-31 (a date event lasts one day without one)", () => {
    const text = vevent({ ...EVENT, date: "9999-12-31", start: undefined, end: undefined }, "2026-11-27");
    expect(text).toContain("DTSTART;VALUE=DATE:99991231\r\nSUMMARY:");
    expect(text).not.toContain("DTEND");
  });

  it.each([
    ["2017-03-16", "10:00", "20170316T120000"],
    ["2017-03-16", "21:59", "20170316T235900"],
    ["2017-03-16", "22:00", "20170317T000000"],
    ["2017-03-16", "23:30", "20170317T000000"],
    ["2017-12-31", "23:00", "20180101T000000"],
    ["2024-02-28", "22:15", "20240229T000000"],
  ])(`ends a meeting on %s from %s without an end ${DEFAULT_HOURS} hours later, at midnight at the latest: %s`, (date, start, end) => {
    const text = vevent({ ...EVENT, date, start, end: undefined }, "2026-11-27");
    expect(text).toContain(
      `DTSTART;TZID=Europe/Copenhagen:${date.replaceAll("-", "")}T${start.replace(":", "")}00\r\nDTEND;TZID=Europe/Copenhagen:${end}\r\n`,
    );
  });

  it("gives a meeting without an end the two hours the editor's guide and the README promise", () => {
    expect(DEFAULT_HOURS).toBe(2);
  });

  it("attaches files by URI with their media type, folded, and writes no ATTACH for an event without them", () => {
    const url = `https://net.example.dk/moeder/syddanmark/2017-03-16-brugerstyring/${"lang%20fil".repeat(8)}.pdf`;
    const attachments = [
      { url, mime: "application/pdf" },
      { url: "https://net.example.dk/media/program.docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    ];
    const text = vevent({ ...EVENT, attachments }, "2026-11-27");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(
      `\r\nURL:${EVENT.url}\r\nATTACH;FMTTYPE=application/pdf:${url}\r\n` +
        "ATTACH;FMTTYPE=application/vnd.openxmlformats-officedocument.wordprocessingml.document:https://net.example.dk/media/program.docx\r\n" +
        "STATUS:CONFIRMED\r\n",
    );
    expect(vevent({ ...EVENT, attachments: [] }, "2026-11-27")).toBe(vevent(EVENT, "2026-11-27"));
    expect(vevent(EVENT, "2026-11-27")).not.toContain("ATTACH");
  });

  it("quotes a media type that would end its parameter, and lets no quote or line break through", () => {
    const text = unfold(
      vevent({ ...EVENT, attachments: [{ url: "https://x.dk/a\r\nUID:x", mime: 'text/x;a="b:c"\r\nX:' }] }, "2026-11-27"),
    );
    expect(text).toContain('\r\nATTACH;FMTTYPE="text/x;a=b:cX:":https://x.dk/aUID:x\r\n');
    expect(text.split("\r\n").filter((line) => line.startsWith("UID:"))).toHaveLength(1);
  });

  it("raises the sequence of a cancelled meeting so that calendars update it", () => {
    expect(vevent({ ...EVENT, status: "CANCELLED" }, "2026-11-27")).toContain("STATUS:CANCELLED\r\nSEQUENCE:1\r\n");
  });

  it("wraps events in a calendar with Copenhagen's time zone", () => {
    const calendar = vcalendar("Netværket: Syddanmark", [vevent(EVENT, "2026-11-27")]);
    expect(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(calendar).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n");
    expect(calendar.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  });
});
