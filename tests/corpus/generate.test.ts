// The corpus generator: one seed, one corpus; the sizes asked for; files the project's own
// check accepts without an error, with the variety of a real archive.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../src/check.ts";
import { loadContent } from "../../src/content/load.ts";
import type { Content } from "../../src/content/model.ts";
import { generateCorpus, type CorpusFile } from "../../src/corpus/generate.ts";
import { CORPUS_NOW } from "../../src/corpus/world.ts";
import { slugify } from "../../src/slug.ts";
import { temporaryFolder } from "../helpers/build.ts";

const corpus = (meetings: number, seed?: number) => [...generateCorpus({ meetings, seed })];

function writeTree(files: CorpusFile[]): string {
  const root = temporaryFolder("referat-generated-");
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return root;
}

describe("generateCorpus", () => {
  it("makes the same files for the same seed", () => {
    expect(corpus(200, 7)).toEqual(corpus(200, 7));
  });

  it("makes other meetings and news for another seed", () => {
    const first = new Set(corpus(200, 7).map((file) => file.text));
    const other = corpus(200, 8).filter((file) => !file.path.startsWith("_data/"));
    expect(other.filter((file) => first.has(file.text))).toEqual([]);
  });

  it("writes N meetings in region folders, N/5 news in year folders, the regions and the settings, each path once", () => {
    const paths = corpus(300).map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((path) => path.startsWith("_data/"))).toEqual(["_data/regions.yaml", "_data/site.yaml"]);
    expect(
      paths.filter((path) => /^meetings\/(midt-nord|hovedstaden|sjaelland|syddanmark)\/\d{4}-\d\d-\d\d-[a-z0-9-]+\.md$/.test(path)),
    ).toHaveLength(300);
    expect(paths.filter((path) => /^news\/(\d{4})\/\1-\d\d-\d\d-[a-z0-9-]+\.md$/.test(path))).toHaveLength(60);
    expect(paths).toHaveLength(362);
  });

  it("makes only the data files for no meetings", () => {
    expect(corpus(0).map((file) => file.path)).toEqual(["_data/regions.yaml", "_data/site.yaml"]);
  });
});

describe("a generated corpus of 2,000 meetings", () => {
  let folder: string;
  let content: Content;
  beforeAll(() => {
    folder = writeTree(corpus(2000));
    content = loadContent(folder, { drafts: true, today: CORPUS_NOW }).content;
  });

  const share = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

  it("passes the project's own check without an error", () => {
    expect(checkContent(folder, CORPUS_NOW).filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("reads as 2,000 meetings in the four regions and 400 news articles", () => {
    expect(content.meetings).toHaveLength(2000);
    expect(content.news).toHaveLength(400);
    expect(content.regions.map((region) => region.key)).toEqual(["midt-nord", "hovedstaden", "sjaelland", "syddanmark"]);
    expect(new Set(content.meetings.map((meeting) => meeting.region)).size).toBe(4);
    expect(content.settings.url).toMatch(/^https:\/\//);
  });

  it("has drafts, upcoming, online, cancelled and postponed meetings in realistic shares", () => {
    const { meetings } = content;
    expect(share(meetings, (meeting) => meeting.draft)).toBeGreaterThan(0.002);
    expect(share(meetings, (meeting) => meeting.draft)).toBeLessThan(0.03);
    expect(share(meetings, (meeting) => meeting.date > CORPUS_NOW)).toBeGreaterThan(0.03);
    expect(share(meetings, (meeting) => meeting.date > CORPUS_NOW)).toBeLessThan(0.08);
    expect(share(meetings, (meeting) => meeting.venue.online)).toBeGreaterThan(0.02);
    expect(share(meetings, (meeting) => meeting.status === "cancelled")).toBeGreaterThan(0.005);
    expect(share(meetings, (meeting) => meeting.status === "postponed")).toBeGreaterThan(0.002);
    expect(share(meetings, (meeting) => meeting.series !== undefined)).toBeGreaterThan(0.5);
  });

  it("has meetings with start and end, with a start only, and without times", () => {
    const { meetings } = content;
    expect(share(meetings, (meeting) => meeting.start !== undefined && meeting.end !== undefined)).toBeGreaterThan(0.3);
    expect(share(meetings, (meeting) => meeting.start !== undefined && meeting.end === undefined)).toBeGreaterThan(0.02);
    expect(share(meetings, (meeting) => meeting.start === undefined)).toBeGreaterThan(0.2);
  });

  it("has named speakers who return, organisations that presented without a name, and Danish letters", () => {
    const speakers = content.meetings.flatMap((meeting) => meeting.speakers);
    const named = speakers.filter((speaker) => speaker.name !== undefined);
    expect(share(speakers, (speaker) => speaker.name === undefined)).toBeGreaterThan(0.1);
    expect(new Set(named.map((speaker) => speaker.name)).size).toBeLessThan(named.length / 2);
    expect(named.some((speaker) => /[æøå]/i.test(speaker.name!))).toBe(true);
    expect(content.meetings.some((meeting) => /[æøå]/i.test(meeting.theme))).toBe(true);
  });

  it("spells a few themes two ways that fold to one slug", () => {
    const spellings = new Map<string, Set<string>>();
    for (const theme of content.meetings.flatMap((meeting) => [meeting.theme, ...meeting.topics])) {
      spellings.set(slugify(theme), (spellings.get(slugify(theme)) ?? new Set()).add(theme));
    }
    const variants = [...spellings.values()].filter((spelt) => spelt.size > 1);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.length).toBeLessThan(spellings.size / 2);
  });

  it("has news about meetings that exist and are published, and news about none", () => {
    const published = new Set(content.meetings.filter((meeting) => !meeting.draft).map((meeting) => meeting.id));
    const references = content.news.flatMap((article) => article.meetings);
    expect(share(content.news, (article) => article.meetings.length > 0)).toBeGreaterThan(0.5);
    expect(share(content.news, (article) => article.meetings.length === 0)).toBeGreaterThan(0.1);
    expect(references.filter((id) => !published.has(id))).toEqual([]);
    expect(content.news.every((article) => article.date <= CORPUS_NOW)).toBe(true);
  });
});
