// Makes a synthetic content folder in the format of docs/content-format.md, for the benchmark
// and scale tests: N meetings spread over 2010-2027 and a fifth as many news articles, drawn
// from a seeded PRNG so that one seed always gives the same files. This module only makes
// the files' texts and what each picture is made from; scripts/corpus.ts writes them, the
// pictures through src/corpus/picture.ts (sharp), which this module does not load.
//
// It aims at what a real archive holds rather than at the format's minimum: meetings with and
// without times, online meetings (most in 2020-21), speakers with and without names, people
// who speak again and again, rounds, a few drafts, cancelled, postponed and upcoming meetings,
// news about meetings, Danish letters everywhere, and a few themes spelt two ways.
import { makeMeeting, meetingBody, meetingText, pictureAlt } from "./meetings.ts";
import { makeNews } from "./news.ts";
import { Random } from "./random.ts";
import { yamlLines } from "./text.ts";
import { REGIONS } from "./regions.ts";
import { makeWorld, PICTURE_SIZE, type CorpusFile, type CorpusPicture, type Meeting } from "./world.ts";

const DEFAULT_SEED = 2017;

export type { CorpusFile, CorpusPicture } from "./world.ts";

export interface CorpusOptions {
  meetings: number;
  seed?: number;
  /** a picture in every this many meetings (for 10: the 10th, the 20th ...); none when not given */
  pictures?: number;
}

/** Every file of the corpus, in a fixed order; with `pictures`, also where each picture goes. */
export function generateCorpus(options: CorpusOptions & { pictures?: undefined }): Generator<CorpusFile>;
export function generateCorpus(options: CorpusOptions): Generator<CorpusFile | CorpusPicture>;
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile | CorpusPicture> {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new Random(seed);
  const world = makeWorld(random, options.meetings);
  yield { path: "_data/regions.yaml", text: regionsYaml() };
  yield { path: "_data/site.yaml", text: SITE_YAML };

  const taken = new Set<string>();
  const published: Meeting[] = [];
  for (let i = 0; i < options.meetings; i++) {
    const meeting = makeMeeting(random, world, taken);
    if (!meeting.draft) published.push(meeting);
    const body = meetingBody(random, meeting);
    if (options.pictures && (i + 1) % options.pictures === 0) yield* bundle(meeting, body, Math.imul(seed, 0x9e3779b1) + i);
    else yield { path: `meetings/${meeting.id}.md`, text: meetingText(meeting, body) };
  }
  // news is about meetings near each other in time, so it picks them from a list by date
  published.sort((a, b) => a.date.localeCompare(b.date));
  for (let i = 0; i < Math.round(options.meetings / 5); i++) yield makeNews(random, world, published, taken);
}

/**
 * A report kept as a folder with its picture beside it. The picture's seed comes from the
 * corpus's seed and the meeting's place, not from `random`, so that asking for pictures
 * changes no other file.
 */
function* bundle(meeting: Meeting, body: string, pictureSeed: number): Generator<CorpusFile | CorpusPicture> {
  const file = "billede.jpg";
  yield { path: `meetings/${meeting.id}/index.md`, text: meetingText({ ...meeting, image: { file, alt: pictureAlt(meeting) } }, body) };
  yield { path: `meetings/${meeting.id}/${file}`, picture: { seed: pictureSeed >>> 0, ...PICTURE_SIZE } };
}

// ---- the data files -----------------------------------------------------------------------

function regionsYaml(): string {
  return REGIONS.map(
    (region) => `- key: ${region.key}\n${yamlLines({ name: region.name, description: region.description }, "  ").join("\n")}\n`,
  ).join("");
}

const SITE_YAML = `title: "Kommunernes it-arkitekturnetværk (testkorpus)"
url: "https://korpus.example.dk"
description: "Genererede referater og nyheder til målinger og skalatest."
`;
