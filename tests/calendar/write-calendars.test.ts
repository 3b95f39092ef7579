import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calendarFiles, writeCalendars } from "../../src/calendar/write-calendars.ts";
import { meeting, site } from "../helpers/content-model.ts";

describe("calendar files", () => {
  const { site: data } = site([
    meeting("syddanmark/svendborg", "2017-03-16", { theme: "Brugerstyring" }),
    meeting("midt-nord/hobro", "2017-03-07"),
  ]);

  it("are the site's, each region's, each theme's and each meeting's own", () => {
    expect([...calendarFiles(data)].map((file) => file.url)).toEqual([
      "/kalender.ics",
      "/regioner/midt-nord/kalender.ics",
      "/regioner/syddanmark/kalender.ics",
      "/temaer/brugerstyring/kalender.ics",
      "/temaer/rammearkitektur/kalender.ics",
      "/moeder/syddanmark/svendborg/kalender.ics",
      "/moeder/midt-nord/hobro/kalender.ics",
    ]);
  });

  it("are written below the output folder, folders and all", () => {
    const output = mkdtempSync(join(tmpdir(), "referat-calendars-"));
    writeCalendars(data, output);
    const own = readFileSync(join(output, "moeder/syddanmark/svendborg/kalender.ics"), "utf8");
    expect(own.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(own).toContain("UID:syddanmark/svendborg@x.dk");
    expect(readFileSync(join(output, "kalender.ics"), "utf8").match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
