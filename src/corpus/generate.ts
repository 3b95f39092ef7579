// Makes a synthetic content folder in the format of docs/content-format.md, for the benchmark
// and scale tests: N meetings spread over 2010-2027 and a fifth as many news articles, drawn
// from a seeded PRNG so that one seed always gives the same files. This module only makes
// the files' texts; scripts/corpus.ts writes them.
//
// It aims at what a real archive holds rather than at the format's minimum: meetings with and
// without times, online meetings (most in 2020-21), speakers with and without names, people
// who speak again and again, rounds, a few drafts, cancelled, postponed and upcoming meetings,
// news about meetings, Danish letters everywhere, and a few themes spelt two ways.
import { slugify } from "../slug.ts";
import { routes } from "../routes.ts";
import { Random } from "./random.ts";
import {
  FIRST_NAMES,
  GENERAL_NEWS,
  MIDDLE_NAMES,
  municipality,
  NATIONAL_ORGANISATIONS,
  OBJECTS,
  ONLINE_VENUES,
  REGIONS,
  ROLES,
  SUBJECTS,
  SURNAMES,
  TAILS,
  THEME_QUALIFIERS,
  THEMES,
  VENUE_KINDS,
  VERBS,
  type RegionWords,
} from "./words.ts";

export interface CorpusOptions {
  meetings: number;
  seed?: number;
}

/** one file of the content folder: its path relative to the folder, and its text */
export interface CorpusFile {
  path: string;
  text: string;
}

/** The "now" the corpus is made for, as the bench and tests build it: later meetings are upcoming. */
export const CORPUS_NOW = "2026-11-27";

const DEFAULT_SEED = 2017;

// Past meetings end a week before "now", so that moving one off a weekend keeps it past.
const FIRST_DAY = "2010-01-04";
const LAST_PAST_DAY = "2026-11-20";
const FIRST_UPCOMING_DAY = "2026-11-30";
const LAST_UPCOMING_DAY = "2027-12-17";

/** How often each kind of thing occurs, as a share of the meetings (or news) it may occur in. */
const SHARE = {
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
function onlineShare(year: number): number {
  return year < 2015 ? 0 : year < 2020 ? 0.03 : year <= 2021 ? 0.4 : 0.15;
}

interface Person {
  name: string;
  role: string;
  organisation: string;
  /** the region of the person's municipality; undefined for the national organisations */
  region?: string;
}

interface Speaker {
  name?: string;
  role?: string;
  organisation: string;
  topic?: string;
}

interface Venue {
  name: string;
  city?: string;
  address?: string;
  online?: boolean;
  url?: string;
}

interface Meeting {
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
}

/** What every meeting and news article draws from: the themes and the people. */
interface World {
  themes: string[];
  people: Person[];
  /** the people who may speak in a region: its municipalities' and the national organisations' */
  speakersByRegion: Map<string, Person[]>;
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

// ---- the world ----------------------------------------------------------------------------

function makeWorld(random: Random, meetings: number): World {
  const people = makePeople(random, Math.max(40, Math.round(meetings / 3)));
  const speakersByRegion = new Map(
    REGIONS.map((region) => [region.key, people.filter((person) => person.region === undefined || person.region === region.key)]),
  );
  return { themes: makeThemes(random, Math.max(THEMES.length, Math.round(meetings / 20))), people, speakersByRegion };
}

/** The base themes first (so the most talked about), then combinations in a shuffled order. */
function makeThemes(random: Random, wanted: number): string[] {
  const combined = THEMES.flatMap((theme) =>
    THEME_QUALIFIERS.filter((qualifier) => !theme.includes(qualifier)).map((qualifier) => `${theme} ${qualifier}`),
  );
  const themes = [...THEMES, ...random.shuffle(combined)];
  // past every combination, numbered parts, as a long-running theme gets them
  for (let part = 2; themes.length < wanted; part++) themes.push(...THEMES.map((theme) => `${theme}, del ${part}`));
  return themes.slice(0, wanted);
}

function makePeople(random: Random, count: number): Person[] {
  return Array.from({ length: count }, () => {
    const name = `${random.pick(FIRST_NAMES)}${random.chance(0.2) ? ` ${random.pick(MIDDLE_NAMES)}` : ""} ${random.pick(SURNAMES)}`;
    const role = random.pick(ROLES);
    if (random.chance(SHARE.nationalPerson)) return { name, role, organisation: random.pick(NATIONAL_ORGANISATIONS) };
    const region = random.pick(REGIONS);
    return { name, role, organisation: municipality(random.pick(region.towns)), region: region.key };
  });
}

// ---- meetings -----------------------------------------------------------------------------

function makeMeeting(random: Random, world: World, taken: Set<string>): Meeting {
  const region = random.pick(REGIONS);
  const upcoming = random.chance(SHARE.upcoming);
  const date = upcoming ? randomWeekday(random, FIRST_UPCOMING_DAY, LAST_UPCOMING_DAY) : randomWeekday(random, FIRST_DAY, LAST_PAST_DAY);
  const year = Number(date.slice(0, 4));
  const theme = spelt(random, random.popular(world.themes));
  const venue = makeVenue(random, region, year);
  const speakers = makeSpeakers(random, world, region, upcoming ? random.int(0, 2) : random.int(0, 4));
  const status = makeStatus(random, upcoming);
  const id = `${region.key}/${unique(`${date}-${slugify(theme)}`, (name) => taken.has(`meetings/${region.key}/${name}`))}`;
  taken.add(`meetings/${id}`);
  return {
    region,
    id,
    date,
    upcoming,
    ...meetingTimes(random),
    title: venue.city && random.chance(0.4) ? `${theme} i ${venue.city}` : `${region.name}: ${theme}`,
    venue,
    theme,
    topics: makeTopics(random, world.themes, theme),
    speakers,
    series: random.chance(SHARE.inSeries) ? `Møderunde ${Math.ceil(Number(date.slice(5, 7)) / 3)}, ${year}` : undefined,
    summary: random.chance(SHARE.summary) ? meetingSummary(region, theme, speakers, upcoming, status) : undefined,
    status,
    draft: random.chance(SHARE.draft),
  };
}

/** Now and then a theme is written as an editor might: "brugerstyring" for "Brugerstyring". */
function spelt(random: Random, theme: string): string {
  if (!random.chance(SHARE.themeVariant)) return theme;
  const first = theme[0]!;
  return (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + theme.slice(1);
}

function meetingTimes(random: Random): { start?: string; end?: string } {
  if (!random.chance(SHARE.withStart)) return {};
  const start = random.pick([8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60, 12 * 60, 13 * 60]);
  if (!random.chance(SHARE.withEndAfterStart)) return { start: clock(start) };
  return { start: clock(start), end: clock(Math.min(start + random.int(4, 12) * 30, 16 * 60 + 30)) };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function makeVenue(random: Random, region: RegionWords, year: number): Venue {
  if (random.chance(onlineShare(year))) {
    const online = random.pick(ONLINE_VENUES.filter((venue) => venue.since <= year));
    return { name: online.name, online: true, url: online.joinUrl && `${online.joinUrl}${random.int(100_000_000, 999_999_999)}` };
  }
  if (random.chance(SHARE.named)) return { ...random.pick(region.venues) };
  const town = random.pick(region.towns);
  const kind = random.pick(VENUE_KINDS);
  return {
    name: `${town} ${kind.suffix}`,
    city: town,
    address: random.chance(SHARE.address) ? `${kind.street} ${random.int(1, 40)}` : undefined,
    url: random.chance(SHARE.venueUrl) ? `https://www.${slugify(town)}.dk/` : undefined,
  };
}

/** Up to `count` speakers; one drawn twice speaks once. */
function makeSpeakers(random: Random, world: World, region: RegionWords, count: number): Speaker[] {
  const speakers = Array.from({ length: count }, (): Speaker => {
    const topic = random.chance(SHARE.speakerTopic) ? random.pick(OBJECTS) : undefined;
    if (random.chance(SHARE.organisationOnly)) {
      // an organisation that presented, without naming who: "Hjørring Kommune fortalte om ..."
      const organisation = random.chance(0.4) ? random.pick(NATIONAL_ORGANISATIONS) : municipality(random.pick(region.towns));
      return { organisation, topic };
    }
    const person = random.popular(world.speakersByRegion.get(region.key)!);
    return {
      name: person.name,
      role: random.chance(SHARE.speakerRole) ? person.role : undefined,
      organisation: person.organisation,
      topic,
    };
  });
  return [...new Map(speakers.map((speaker) => [`${speaker.name}|${speaker.organisation}`, speaker])).values()];
}

function makeTopics(random: Random, themes: readonly string[], theme: string): string[] {
  const topics = new Map<string, string>();
  for (let i = random.int(0, 3); i > 0; i--) {
    const topic = spelt(random, random.popular(themes));
    if (slugify(topic) !== slugify(theme)) topics.set(slugify(topic), topic);
  }
  return [...topics.values()];
}

function makeStatus(random: Random, upcoming: boolean): Meeting["status"] {
  // announced meetings are called off more often than held ones are reported as called off
  const scale = upcoming ? 3 : 1;
  const roll = random.next();
  if (roll < SHARE.cancelled * scale) return "cancelled";
  if (roll < (SHARE.cancelled + SHARE.postponed) * scale) return "postponed";
  return undefined;
}

function meetingSummary(
  region: RegionWords,
  theme: string,
  speakers: readonly Speaker[],
  upcoming: boolean,
  status: Meeting["status"],
): string {
  if (status === "cancelled") return `Mødet i ${region.name} om ${inSentence(theme)} er aflyst.`;
  const organisations = [...new Set(speakers.map((speaker) => speaker.organisation))];
  const from = organisations.length ? ` med oplæg fra ${joined(organisations)}` : "";
  return upcoming
    ? `Netværket i ${region.name} mødes om ${inSentence(theme)}${from}.`
    : `Netværket i ${region.name} drøftede ${inSentence(theme)}${from}.`;
}

function meetingBody(random: Random, meeting: Meeting): string {
  if (meeting.status === "cancelled") return `Mødet er aflyst. ${sentence(random)}\n`;
  const where = meeting.venue.online ? `online på ${meeting.venue.name}` : `på ${meeting.venue.name}`;
  const parts: string[] = [];
  if (meeting.status === "postponed") parts.push("Mødet er udsat. Den nye dato kommer her, så snart den er fundet.");
  if (meeting.upcoming) {
    parts.push(`Netværket i ${meeting.region.name} mødes ${where} om ${inSentence(meeting.theme)}.`);
    if (meeting.speakers.length)
      parts.push(`Programmet:\n\n${meeting.speakers.map((speaker) => `- ${talk(speaker, meeting.theme)}`).join("\n")}`);
    parts.push(paragraph(random, 1, 3));
    return `${parts.join("\n\n")}\n`;
  }
  parts.push(`Netværkets medlemmer fra ${meeting.region.name} mødtes ${where}. ${paragraph(random, 1, 3)}`);
  for (const speaker of meeting.speakers)
    parts.push(`## ${speaker.name ?? speaker.organisation}`, `${talk(speaker, meeting.theme)} ${paragraph(random, 1, 3)}`);
  if (random.chance(0.35)) parts.push(Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random)}`).join("\n"));
  if (random.chance(0.25)) parts.push(`> ${sentence(random)}`);
  parts.push(paragraph(random, 2, 5));
  return `${parts.join("\n\n")}\n`;
}

/** "Chefkonsulent Mogens Lilleør fra Lolland Kommune fortalte om ..." */
function talk(speaker: Speaker, theme: string): string {
  const about = speaker.topic ?? inSentence(theme);
  if (!speaker.name) return `${speaker.organisation} fortalte om ${about}.`;
  const who = speaker.role ? `${capitalised(speaker.role)} ${speaker.name}` : speaker.name;
  return `${who} fra ${speaker.organisation} fortalte om ${about}.`;
}

function meetingText(meeting: Meeting, body: string): string {
  const { venue } = meeting;
  const lines = [
    ...yamlLines({ title: meeting.title }),
    `date: ${meeting.date}`,
    ...yamlLines({ start: meeting.start, end: meeting.end }),
    `region: ${meeting.region.key}`,
    "venue:",
    ...yamlLines({ name: venue.name, city: venue.city, address: venue.address, online: venue.online, url: venue.url }, "  "),
    ...yamlLines({ theme: meeting.theme }),
    ...yamlList("topics", meeting.topics),
    ...yamlObjects("speakers", meeting.speakers),
    ...yamlLines({ series: meeting.series, summary: meeting.summary }),
    ...(meeting.status ? [`status: ${meeting.status}`] : []),
    ...(meeting.draft ? ["draft: true"] : []),
  ];
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

// ---- news ---------------------------------------------------------------------------------

function makeNews(random: Random, world: World, published: readonly Meeting[], taken: Set<string>): CorpusFile {
  const about = published.length && random.chance(SHARE.newsAboutMeetings) ? meetingsForNews(random, published) : [];
  const date = about.length ? newsDate(random, about) : randomDay(random, FIRST_DAY, CORPUS_NOW);
  const title = about.length ? newsTitle(random, about, date) : random.pick(GENERAL_NEWS);
  const year = date.slice(0, 4);
  const name = unique(`${date}-${shortSlug(title)}`, (candidate) => taken.has(`news/${year}/${candidate}`));
  taken.add(`news/${year}/${name}`);
  const lines = [
    ...yamlLines({ title }),
    `date: ${date}`,
    ...yamlLines({ summary: random.chance(SHARE.summary) ? sentence(random) : undefined }),
    ...yamlList(
      "meetings",
      about.map((meeting) => meeting.id),
      false,
    ),
    ...yamlLines({ author: random.chance(SHARE.newsAuthor) ? random.popular(world.people).name : undefined }),
    ...(random.chance(SHARE.draft) ? ["draft: true"] : []),
  ];
  return { path: `news/${year}/${name}.md`, text: `---\n${lines.join("\n")}\n---\n\n${newsBody(random, about)}` };
}

/** A meeting and, when it belongs to a round, up to three more of that round held near it. */
function meetingsForNews(random: Random, published: readonly Meeting[]): Meeting[] {
  const index = random.int(0, published.length - 1);
  const anchor = published[index]!;
  if (!anchor.series) return [anchor];
  const round = published
    .slice(Math.max(0, index - 12), index + 13)
    .filter((meeting) => meeting.series === anchor.series && meeting !== anchor);
  return [anchor, ...random.shuffle(round).slice(0, random.int(0, 3))];
}

/** Shortly after the last of its meetings; before the first when they are still to come. */
function newsDate(random: Random, about: readonly Meeting[]): string {
  const days = about.map((meeting) => dayNumber(meeting.date));
  const after = Math.max(...days) + random.int(1, 30);
  const now = dayNumber(CORPUS_NOW);
  return isoDay(after <= now ? after : Math.min(Math.min(...days) - random.int(7, 30), now));
}

function newsTitle(random: Random, about: readonly Meeting[], date: string): string {
  const [first] = about as [Meeting];
  if (about.length > 1)
    return random.pick([
      `${first.series}: referaterne er klar`,
      `Hvad talte kommunerne om i ${first.series}?`,
      `Nyt fra ${about.length} møder i ${first.series}`,
    ]);
  if (date < first.date) return `Tilmeld dig: ${first.theme} i ${first.region.name}`;
  return random.pick([
    `Referat fra ${first.region.name}: ${first.theme}`,
    `Sådan gik mødet om ${inSentence(first.theme)} i ${first.region.name}`,
  ]);
}

function newsBody(random: Random, about: readonly Meeting[]): string {
  const parts = [paragraph(random, 2, 4)];
  if (about.length) {
    parts.push(
      about
        .map(
          (meeting) =>
            `- **${meeting.region.name}** mødtes om ${inSentence(meeting.theme)}. [Læs referatet fra ${meeting.region.name}](${routes.meeting(meeting.id)}).`,
        )
        .join("\n"),
    );
  }
  parts.push(paragraph(random, 1, 4));
  return `${parts.join("\n\n")}\n`;
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

// ---- text ---------------------------------------------------------------------------------

/** "Deltagerne efterlyste fælles standarder for integrationer, især i de mindre kommuner." */
function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}${random.pick(TAILS)}.`;
}

function paragraph(random: Random, least: number, most: number): string {
  return Array.from({ length: random.int(least, most) }, () => sentence(random)).join(" ");
}

/** A theme inside a sentence: "Brugerstyring" → "brugerstyring", but "GDPR i praksis" stays. */
function inSentence(theme: string): string {
  return /^\p{Lu}\p{Ll}/u.test(theme) ? theme[0]!.toLowerCase() + theme.slice(1) : theme;
}

function capitalised(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/** "A, B og C" */
function joined(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

/** A title's slug cut at a word boundary, so that file names stay readable. */
function shortSlug(title: string): string {
  const slug = slugify(title);
  return slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/, "");
}

/** `name`, or `name-2`, `name-3`, ... the first that is not taken */
function unique(name: string, isTaken: (candidate: string) => boolean): string {
  let candidate = name;
  for (let n = 2; isTaken(candidate); n++) candidate = `${name}-${n}`;
  return candidate;
}

// ---- YAML ---------------------------------------------------------------------------------
// Written by hand, one key a line as editors write it. Strings are JSON-quoted: every JSON
// string is a valid double-quoted YAML scalar.

function yamlLines(fields: Record<string, string | boolean | undefined>, indent = ""): string[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${indent}${key}: ${typeof value === "string" ? JSON.stringify(value) : value}`);
}

function yamlList(key: string, items: readonly string[], quoted = true): string[] {
  if (!items.length) return [];
  return [`${key}:`, ...items.map((item) => `  - ${quoted ? JSON.stringify(item) : item}`)];
}

/** A list of objects: the first field on the dash's line, the rest under it. */
function yamlObjects(key: string, items: readonly Speaker[]): string[] {
  if (!items.length) return [];
  const entries = items.map((item) =>
    yamlLines({ ...item }, "    ").map((line, index) => (index === 0 ? `  - ${line.trimStart()}` : line)),
  );
  return [`${key}:`, ...entries.flat()];
}

// ---- days ---------------------------------------------------------------------------------
// Calendar days as whole numbers of days since 1970-01-01, in UTC, so that no time zone moves them.

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function randomDay(random: Random, first: string, last: string): string {
  return isoDay(random.int(dayNumber(first), dayNumber(last)));
}

/** The network meets on weekdays: a Saturday or Sunday moves to the Monday after. */
function randomWeekday(random: Random, first: string, last: string): string {
  const day = random.int(dayNumber(first), dayNumber(last));
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return isoDay(weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day);
}
