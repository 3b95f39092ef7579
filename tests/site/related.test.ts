import { describe, expect, it } from "vitest";
import { meeting, site } from "../helpers/content-model.ts";

describe("related reports", () => {
  it("prefer shared people, then shared themes and topics, then organisations, then nearness in time", () => {
    const { site: result } = site([
      meeting("midt-nord/subject", "2017-03-07", { theme: "Brugerstyring", speakers: [{ organisation: "KL", name: "Gerner Zinglersen" }] }),
      meeting("midt-nord/same-person", "2012-01-01", { theme: "Andet", speakers: [{ organisation: "KL", name: "Gerner Zinglersen" }] }),
      meeting("midt-nord/same-theme", "2017-03-01", { theme: "Brugerstyring" }),
      meeting("midt-nord/same-organisation", "2017-03-08", { theme: "Andet", speakers: [{ organisation: "KL" }] }),
      meeting("midt-nord/topic-far", "2010-01-01", { theme: "Andet", topics: ["Brugerstyring"] }),
      meeting("midt-nord/nothing", "2017-03-07", { theme: "Andet" }),
    ]);
    const subject = result.meetings.find((held) => held.id === "midt-nord/subject")!;
    expect(subject.related.map((link) => link.url)).toEqual([
      "/moeder/midt-nord/same-person/",
      "/moeder/midt-nord/same-theme/",
      "/moeder/midt-nord/topic-far/",
    ]);
  });

  it("never relate a meeting to itself, and relate nothing when nothing is shared", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2017-01-01", { theme: "A" }),
      meeting("midt-nord/b", "2017-01-02", { theme: "B" }),
    ]);
    expect(result.meetings.map((held) => held.related)).toEqual([[], []]);
  });
});
