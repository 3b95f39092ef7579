// One news article of the corpus, mostly about meetings of one round near each other in time.
import { routes } from "../routes.ts";
import { Random } from "./random.ts";
import { dayNumber, inSentence, isoDay, paragraph, randomDay, sentence, shortSlug, unique, yamlLines, yamlList } from "./text.ts";
import { GENERAL_NEWS } from "./words.ts";
import { CORPUS_NOW, type CorpusFile, FIRST_DAY, type Meeting, SHARE, type World } from "./world.ts";

// ---- news ---------------------------------------------------------------------------------

export function makeNews(random: Random, world: World, published: readonly Meeting[], taken: Set<string>): CorpusFile {
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
export function meetingsForNews(random: Random, published: readonly Meeting[]): Meeting[] {
  const index = random.int(0, published.length - 1);
  const anchor = published[index]!;
  if (!anchor.series) return [anchor];
  const round = published
    .slice(Math.max(0, index - 12), index + 13)
    .filter((meeting) => meeting.series === anchor.series && meeting !== anchor);
  return [anchor, ...random.shuffle(round).slice(0, random.int(0, 3))];
}

/** Shortly after the last of its meetings; before the first when they are still to come. */
export function newsDate(random: Random, about: readonly Meeting[]): string {
  const days = about.map((meeting) => dayNumber(meeting.date));
  const after = Math.max(...days) + random.int(1, 30);
  const now = dayNumber(CORPUS_NOW);
  return isoDay(after <= now ? after : Math.min(Math.min(...days) - random.int(7, 30), now));
}

export function newsTitle(random: Random, about: readonly Meeting[], date: string): string {
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

export function newsBody(random: Random, about: readonly Meeting[]): string {
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
