import { describe, expect, it } from "vitest";
import { escapeText, foldLine, vcalendar, vevent, type CalendarEvent } from "../../src/calendar/icalendar.ts";

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
  it("escapes backslash, semicolon, comma and newlines in text, and drops control characters", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\u0007g")).toBe("a\\\\b\\;c\\,d\\ne\\nfg");
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
