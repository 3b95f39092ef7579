import { describe, expect, it } from "vitest";
import { newestOf } from "../../src/site/lists.ts";

const item = (id: string, date: string) => ({ id, date });

describe("newestOf", () => {
  it("merges two newest-first lists and keeps the newest", () => {
    const meetings = [item("m3", "2017-03-16"), item("m2", "2017-03-07"), item("m1", "2016-01-01")];
    const news = [item("n2", "2017-04-11"), item("n1", "2017-03-07")];
    expect(newestOf(meetings, news, 4).map((entry) => entry.id)).toEqual(["n2", "m3", "m2", "n1"]);
    expect(newestOf(meetings, [], 10)).toHaveLength(3);
  });
});
