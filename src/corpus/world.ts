// The corpus's world: its calendar, how often each kind of thing occurs, and the themes and
// people every meeting and news article draws from.
import { Random } from "./random.ts";
import { municipality, REGIONS, type RegionWords } from "./regions.ts";
import { FIRST_NAMES, MIDDLE_NAMES, NATIONAL_ORGANISATIONS, ROLES, SURNAMES, THEME_QUALIFIERS, THEMES } from "./words.ts";

/** one file of the content folder: its path relative to the folder, and its text */
export interface CorpusFile {
  path: string;
  text: string;
}

/** a picture of the corpus: where its file goes, and what src/corpus/picture.ts makes its JPEG from */
export interface CorpusPicture {
  path: string;
  picture: PictureSpec;
}

export interface PictureSpec {
  seed: number;
  width: number;
  height: number;
}

/** a camera's picture as a report would carry it, after the editor has scaled it down */
export const PICTURE_SIZE = { width: 1600, height: 900 } as const;

/** The "now" the corpus is made for, as the bench and tests build it: later meetings are upcoming. */
export const CORPUS_NOW = "2026-11-27";

// Past meetings end a week before "now", so that moving one off a weekend keeps it past.
export const FIRST_DAY = "2010-01-04";
export const LAST_PAST_DAY = "2026-11-20";
export const FIRST_UPCOMING_DAY = "2026-11-30";
export const LAST_UPCOMING_DAY = "2027-12-17";

/** How often each kind of thing occurs, as a share of the meetings (or news) it may occur in. */
export const SHARE = {
  upcoming: 0.05,
  draft: 0.01,
  cancelled: 0.02,
  postponed: 0.01,
  withStart: 0.6,
  withEndAfterStart: 0.85,
  named: 0.15,
  address: 0.4,
  venueUrl: 0.1,
  inSeries: 0.75,
  summary: 0.8,
  themeVariant: 0.01,
  organisationOnly: 0.2,
  nationalPerson: 0.25,
  speakerRole: 0.85,
  speakerTopic: 0.5,
  newsAboutMeetings: 0.7,
  newsAuthor: 0.3,
};

/** Online meetings by year: none before 2015, rare before 2020, the rule in 2020-21, common since. */
export function onlineShare(year: number): number {
  return year < 2015 ? 0 : year < 2020 ? 0.03 : year <= 2021 ? 0.4 : 0.15;
}

export interface Person {
  name: string;
  role: string;
  organisation: string;
  /** the region of the person's municipality; undefined for the national organisations */
  region?: string;
}

export interface Speaker {
  name?: string;
  role?: string;
  organisation: string;
  topic?: string;
}

export interface Venue {
  name: string;
  city?: string;
  address?: string;
  online?: boolean;
  url?: string;
}

export interface Meeting {
  region: RegionWords;
  /** `<region>/<file name without .md>`, as news refers to it */
  id: string;
  date: string;
  upcoming: boolean;
  start?: string;
  end?: string;
  title: string;
  venue: Venue;
  theme: string;
  topics: string[];
  speakers: Speaker[];
  series?: string;
  summary?: string;
  status?: "cancelled" | "postponed";
  draft: boolean;
  /** a picture beside the report, which then is a folder ("bundle") with its text in index.md */
  image?: { file: string; alt: string };
}

/** What every meeting and news article draws from: the themes and the people. */
export interface World {
  themes: string[];
  people: Person[];
  /** the people who may speak in a region: its municipalities' and the national organisations' */
  speakersByRegion: Map<string, Person[]>;
}

// ---- the world ----------------------------------------------------------------------------

export function makeWorld(random: Random, meetings: number): World {
  const people = makePeople(random, Math.max(40, Math.round(meetings / 3)));
  const speakersByRegion = new Map(
    REGIONS.map((region) => [region.key, people.filter((person) => person.region === undefined || person.region === region.key)]),
  );
  return { themes: makeThemes(random, Math.max(THEMES.length, Math.round(meetings / 20))), people, speakersByRegion };
}

/** The base themes first (so the most talked about), then combinations in a shuffled order. */
export function makeThemes(random: Random, wanted: number): string[] {
  const combined = THEMES.flatMap((theme) =>
    THEME_QUALIFIERS.filter((qualifier) => !theme.includes(qualifier)).map((qualifier) => `${theme} ${qualifier}`),
  );
  const themes = [...THEMES, ...random.shuffle(combined)];
  // past every combination, numbered parts, as a long-running theme gets them
  for (let part = 2; themes.length < wanted; part++) themes.push(...THEMES.map((theme) => `${theme}, del ${part}`));
  return themes.slice(0, wanted);
}

export function makePeople(random: Random, count: number): Person[] {
  return Array.from({ length: count }, () => {
    const name = `${random.pick(FIRST_NAMES)}${random.chance(0.2) ? ` ${random.pick(MIDDLE_NAMES)}` : ""} ${random.pick(SURNAMES)}`;
    const role = random.pick(ROLES);
    if (random.chance(SHARE.nationalPerson)) return { name, role, organisation: random.pick(NATIONAL_ORGANISATIONS) };
    const region = random.pick(REGIONS);
    return { name, role, organisation: municipality(random.pick(region.towns)), region: region.key };
  });
}
