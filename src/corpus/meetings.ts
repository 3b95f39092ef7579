// One meeting of the corpus: its date, place, theme, speakers and status, and its file's text.
import { slugify } from "../slug.ts";
import { Random } from "./random.ts";
import { capitalised, inSentence, joined, paragraph, randomWeekday, sentence, unique, yamlLines, yamlList, yamlObjects } from "./text.ts";
import { municipality, REGIONS, type RegionWords } from "./regions.ts";
import { NATIONAL_ORGANISATIONS, OBJECTS, ONLINE_VENUES, VENUE_KINDS } from "./words.ts";
import {
  FIRST_DAY,
  FIRST_UPCOMING_DAY,
  LAST_PAST_DAY,
  LAST_UPCOMING_DAY,
  type Meeting,
  onlineShare,
  SHARE,
  type Speaker,
  type Venue,
  type World,
} from "./world.ts";

// ---- meetings -----------------------------------------------------------------------------

export function makeMeeting(random: Random, world: World, taken: Set<string>): Meeting {
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
export function spelt(random: Random, theme: string): string {
  if (!random.chance(SHARE.themeVariant)) return theme;
  const first = theme[0]!;
  return (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + theme.slice(1);
}

export function meetingTimes(random: Random): { start?: string; end?: string } {
  if (!random.chance(SHARE.withStart)) return {};
  const start = random.pick([8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60, 12 * 60, 13 * 60]);
  if (!random.chance(SHARE.withEndAfterStart)) return { start: clock(start) };
  return { start: clock(start), end: clock(Math.min(start + random.int(4, 12) * 30, 16 * 60 + 30)) };
}

export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function makeVenue(random: Random, region: RegionWords, year: number): Venue {
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
export function makeSpeakers(random: Random, world: World, region: RegionWords, count: number): Speaker[] {
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

export function makeTopics(random: Random, themes: readonly string[], theme: string): string[] {
  const topics = new Map<string, string>();
  for (let i = random.int(0, 3); i > 0; i--) {
    const topic = spelt(random, random.popular(themes));
    if (slugify(topic) !== slugify(theme)) topics.set(slugify(topic), topic);
  }
  return [...topics.values()];
}

export function makeStatus(random: Random, upcoming: boolean): Meeting["status"] {
  // announced meetings are called off more often than held ones are reported as called off
  const scale = upcoming ? 3 : 1;
  const roll = random.next();
  if (roll < SHARE.cancelled * scale) return "cancelled";
  if (roll < (SHARE.cancelled + SHARE.postponed) * scale) return "postponed";
  return undefined;
}

export function meetingSummary(
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

export function meetingBody(random: Random, meeting: Meeting): string {
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
export function talk(speaker: Speaker, theme: string): string {
  const about = speaker.topic ?? inSentence(theme);
  if (!speaker.name) return `${speaker.organisation} fortalte om ${about}.`;
  const who = speaker.role ? `${capitalised(speaker.role)} ${speaker.name}` : speaker.name;
  return `${who} fra ${speaker.organisation} fortalte om ${about}.`;
}

/** "Deltagerne på Næstved Rådhus", as an editor describes a picture from the meeting */
export function pictureAlt(meeting: Meeting): string {
  return meeting.venue.online ? `Skærmbillede fra mødet på ${meeting.venue.name}` : `Deltagerne på ${meeting.venue.name}`;
}

export function meetingText(meeting: Meeting, body: string): string {
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
    ...(meeting.image ? ["image:", ...yamlLines(meeting.image, "  ")] : []),
    ...(meeting.draft ? ["draft: true"] : []),
  ];
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}
