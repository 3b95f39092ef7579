import { describe, expect, it } from "vitest";
import { isCalendarDate, isTimeOfDay, longDate, todayIn, zonedDateTime } from "../src/dates.ts";

describe("Danish dates", () => {
  it("writes the weekday, day, month and year in Danish", () => {
    expect(longDate("2017-03-07")).toBe("tirsdag 7. marts 2017");
    expect(longDate("2017-04-11")).toBe("tirsdag 11. april 2017");
    expect(longDate("2017-12-01")).toBe("fredag 1. december 2017");
  });

  it("never shifts a calendar day, whatever the machine's time zone", () => {
    // the first and last days of summer time, where naive UTC handling slips a day
    expect(longDate("2017-03-26")).toBe("søndag 26. marts 2017");
    expect(longDate("2017-10-29")).toBe("søndag 29. oktober 2017");
    expect(longDate("2017-01-01")).toBe("søndag 1. januar 2017");
  });

  it("accepts only real calendar days written YYYY-MM-DD", () => {
    expect(isCalendarDate("2017-03-07")).toBe(true);
    expect(isCalendarDate("2017-02-30")).toBe(false);
    expect(isCalendarDate("2017-03-32")).toBe(false);
    expect(isCalendarDate("2017-13-01")).toBe(false);
    expect(isCalendarDate("7-3-2017")).toBe(false);
    expect(isCalendarDate("2017-03-07T10:00")).toBe(false);
  });

  it("accepts times of day written HH:MM", () => {
    expect(isTimeOfDay("09:30")).toBe(true);
    expect(isTimeOfDay("23:59")).toBe(true);
    expect(isTimeOfDay("9:30")).toBe(false);
    expect(isTimeOfDay("24:00")).toBe(false);
  });

  it("reads the build's now as the day it is in Copenhagen", () => {
    expect(todayIn("2026-11-27")).toBe("2026-11-27");
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen
    expect(todayIn("2026-12-31T23:30:00Z")).toBe("2027-01-01");
    expect(() => todayIn("i morgen")).toThrow(/ISO date/);
  });

  it("gives date-times with Copenhagen's offset, right on the days the clocks change", () => {
    expect(zonedDateTime("2017-01-15")).toBe("2017-01-15T00:00:00+01:00");
    expect(zonedDateTime("2017-07-15", "10:00")).toBe("2017-07-15T10:00:00+02:00");
    // 26 March 2017: 02:00 became 03:00; 29 October 2017: 03:00 became 02:00
    expect(["00:00", "01:59", "03:00", "23:59"].map((time) => zonedDateTime("2017-03-26", time).slice(-6))).toEqual([
      "+01:00",
      "+01:00",
      "+02:00",
      "+02:00",
    ]);
    expect(["00:00", "01:30", "03:00"].map((time) => zonedDateTime("2017-10-29", time).slice(-6))).toEqual(["+02:00", "+02:00", "+01:00"]);
    expect(zonedDateTime("2017-03-25", "23:00")).toBe("2017-03-25T23:00:00+01:00");
    expect(zonedDateTime("2017-03-27")).toBe("2017-03-27T00:00:00+02:00");
  });
});
