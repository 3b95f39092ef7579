import { describe, expect, it } from "vitest";
import { unpublished } from "../../src/output/publication.ts";

const meeting = { file: "meetings/sjaelland/2017-03-15-x.md", url: "/moeder/sjaelland/2017-03-15-x/" };
const news = { file: "news/2017/2017-04-11-y.md", url: "/nyheder/2017/2017-04-11-y/" };
const site = { meetings: [meeting], news: [news] } as never;

describe("unpublished", () => {
  it("names every meeting and news article whose page was not written", () => {
    expect(unpublished(site, new Set([meeting.url, news.url]))).toEqual([]);
    const problems = unpublished(site, new Set(["/", meeting.url]));
    expect(problems).toEqual([expect.objectContaining({ severity: "error", file: news.file, message: expect.stringContaining(news.url) })]);
    expect(unpublished(site, new Set()).map((problem) => problem.file)).toEqual([meeting.file, news.file]);
  });
});
