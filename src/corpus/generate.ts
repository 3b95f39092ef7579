// Makes a synthetic content folder in the format of docs/content-format.md, for the benchmark
// and scale tests: N meetings spread over 2010-2027 and a fifth as many news articles, drawn
// from a seeded PRNG so that one seed always gives the same files. This module only makes
// the files' texts; scripts/corpus.ts writes them.
//
// It aims at what a real archive holds rather than at the format's minimum: meetings with and
// without times, online meetings (most in 2020-21), speakers with and without names, people
// who speak again and again, rounds, a few drafts, cancelled, postponed and upcoming meetings,
// news about meetings, Danish letters everywhere, and a few themes spelt two ways.
import { makeMeeting, meetingBody, meetingText } from "./meetings.ts";
import { makeNews } from "./news.ts";
import { Random } from "./random.ts";
import { yamlLines } from "./text.ts";
import { REGIONS } from "./regions.ts";
import { makeWorld, type CorpusFile, type Meeting } from "./world.ts";

const DEFAULT_SEED = 2017;

export type { CorpusFile } from "./world.ts";

export interface CorpusOptions {
  meetings: number;
  seed?: number;
}

/** Every file of the corpus, in a fixed order. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const world = makeWorld(random, options.meetings);
  yield { path: "_data/regions.yaml", text: regionsYaml() };
  yield { path: "_data/site.yaml", text: SITE_YAML };

  const taken = new Set<string>();
  const published: Meeting[] = [];
  for (let i = 0; i < options.meetings; i++) {
    const meeting = makeMeeting(random, world, taken);
    if (!meeting.draft) published.push(meeting);
    yield { path: `meetings/${meeting.id}.md`, text: meetingText(meeting, meetingBody(random, meeting)) };
  }
  // news is about meetings near each other in time, so it picks them from a list by date
  published.sort((a, b) => a.date.localeCompare(b.date));
  for (let i = 0; i < Math.round(options.meetings / 5); i++) yield makeNews(random, world, published, taken);
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
