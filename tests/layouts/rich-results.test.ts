// The JSON-LD of rendered meeting and news pages, read from the page as a search engine reads
// it and checked by a structured-data validator (rich-results.ts): schema.org's vocabulary and
// Google's Event and Article guidelines.
import Validator from "@adobe/structured-data-validator";
import { beforeEach, describe, expect, it } from "vitest";
import { meetingPage } from "../../layouts/meeting.ts";
import { newsPage } from "../../layouts/news.ts";
import type { Meeting, News, Settings } from "../../src/content/model.ts";
import { publishAt } from "../../src/routes.ts";
import { meeting, news, site } from "../helpers/content-model.ts";
import { errorsOf, extracted, jsonLdOf, validate, type Issue } from "./rich-results.ts";

const SETTINGS: Partial<Settings> = {
  title: "Kommunernes it-arkitekturnetværk",
  logo: { file: "media/logo.svg", alt: "Netværkets logo" },
  image: { file: "media/deling.png", alt: "Netværkets logo på hvid baggrund" },
};
const ID = "syddanmark/2017-03-16-brugerstyring";
const HELD = { start: "10:00", end: "15:00", summary: "Om brugerstyring i kommunerne." };

/** The site of one meeting and one article about it, on 27 November 2026. */
function siteOf(fields: Partial<Meeting>, article: Partial<News> = {}) {
  const brugerstyring = meeting(ID, "2017-03-16", {
    venue: { name: "Svendborg Rådhus", address: "Ramsherred 5", city: "Svendborg", online: false },
    speakers: [{ organisation: "KL", name: "Gerner Zinglersen", role: "it-arkitekt" }, { organisation: "KOMBIT" }],
    ...fields,
  });
  const data = site([brugerstyring], [{ ...news("2017/brugerstyring", "2017-04-11", [ID]), ...article }]).site;
  return { ...data, settings: { ...data.settings, ...SETTINGS } };
}

const meetingHtml = (fields: Partial<Meeting>) => {
  const data = siteOf(fields);
  return meetingPage(data.meetings[0]!, data).markup;
};
const newsHtml = (article: Partial<News>) => {
  const data = siteOf({}, article);
  return newsPage(data.news[0]!, data).markup;
};

/** The one JSON-LD item of a page, after checking that the validator finds no error in it. */
async function validItem(page: string): Promise<Record<string, unknown>> {
  const data = jsonLdOf(page);
  const issues: Issue[] = await validate(data);
  expect(errorsOf(issues)).toEqual([]);
  const items = Object.values(data.jsonld).flat();
  expect(items).toHaveLength(1);
  return items[0] as Record<string, unknown>;
}

describe("the structured data of a meeting page", () => {
  beforeEach(() => publishAt("https://x.dk"));

  const meetings: [string, Partial<Meeting>, string][] = [
    ["held", HELD, "EventScheduled"],
    ["upcoming", { date: "2027-01-12", start: "10:00" }, "EventScheduled"],
    ["cancelled", { status: "cancelled" }, "EventCancelled"],
    ["postponed, with no new date", { status: "postponed" }, "EventPostponed"],
    ["postponed to a new date", { status: "postponed", date: "2017-04-20", start: "13:00" }, "EventRescheduled"],
    ["online", { venue: { name: "Teams", online: true, url: "https://teams.example.dk/m" } }, "EventScheduled"],
    ["online, without a link", { venue: { name: "Online", online: true } }, "EventScheduled"],
  ];

  it.each(meetings)("is a valid Event when the meeting is %s", async (_, fields, status) => {
    const event = await validItem(meetingHtml(fields));
    expect(event).toMatchObject({ "@type": "Event", eventStatus: `https://schema.org/${status}` });
  });

  it("names the organizer, the address and the day a moved meeting was planned for", async () => {
    const event = await validItem(meetingHtml({ ...HELD, status: "postponed", date: "2017-04-20" }));
    expect(event).toMatchObject({
      organizer: { "@type": "Organization", name: "Kommunernes it-arkitekturnetværk", url: "https://x.dk/" },
      location: {
        address: { "@type": "PostalAddress", streetAddress: "Ramsherred 5", addressLocality: "Svendborg", addressCountry: "DK" },
      },
      image: { url: "https://x.dk/media/deling.png" },
      startDate: "2017-04-20T10:00:00+02:00",
      previousStartDate: "2017-03-16",
    });
  });
});

describe("the structured data of a news page", () => {
  beforeEach(() => publishAt("https://x.dk"));

  it("is a valid NewsArticle with its dates in Copenhagen's time, its author and the network as publisher", async () => {
    const article = await validItem(newsHtml({ author: "Zahra Al-Asfoor", summary: "Første møderunde." }));
    expect(article).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Nyhed 2017/brugerstyring",
      name: "Nyhed 2017/brugerstyring",
      description: "Første møderunde.",
      url: "https://x.dk/nyheder/2017/brugerstyring/",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://x.dk/nyheder/2017/brugerstyring/" },
      inLanguage: "da",
      datePublished: "2017-04-11T00:00:00+02:00",
      dateModified: "2017-04-11T00:00:00+02:00",
      author: { "@type": "Person", name: "Zahra Al-Asfoor" },
      publisher: {
        "@type": "Organization",
        name: "Kommunernes it-arkitekturnetværk",
        url: "https://x.dk/",
        logo: { "@type": "ImageObject", url: "https://x.dk/media/logo.svg", description: "Netværkets logo" },
      },
      image: { "@type": "ImageObject", url: "https://x.dk/media/deling.png", description: "Netværkets logo på hvid baggrund" },
      // the same identity as the meeting page's Event
      about: [{ "@id": "https://x.dk/moeder/syddanmark/2017-03-16-brugerstyring/#event" }],
    });
  });

  it("credits the network where the article has no author", async () => {
    const article = await validItem(newsHtml({}));
    expect(article.author).toEqual(article.publisher);
  });

  it("cuts a long title at a word to 110 characters for the headline, and keeps it whole as the name", async () => {
    const title = `Møderunden ${"om brugerstyring og rammearkitektur ".repeat(5)}slut`;
    const article = await validItem(newsHtml({ title }));
    const headline = String(article.headline);
    expect(Array.from(headline).length).toBeLessThanOrEqual(110);
    expect(headline).toMatch(/^Møderunden om brugerstyring .*[a-z]…$/);
    expect(title.startsWith(headline.slice(0, -1))).toBe(true);
    expect(article.name).toBe(title);
  });
});

describe("a title with markup in it", () => {
  beforeEach(() => publishAt("https://x.dk"));
  const hostile = `Møde </script><script>alert("x")</script><!-- & «ære»`;

  it.each([
    ["meeting", () => meetingHtml({ title: hostile })],
    ["news", () => newsHtml({ title: hostile })],
  ])("stays inside the %s page's JSON-LD", async (_, page) => {
    const html = page();
    expect(html).not.toContain("<script>alert");
    expect(html.match(/<script\b/g)).toHaveLength(1);
    const item = await validItem(html);
    expect(item.name).toBe(hostile);
  });
});

describe("the validator", () => {
  beforeEach(() => publishAt("https://x.dk"));

  it("finds an Event without a place or a start, and with a place without an address", async () => {
    const event = await validItem(meetingHtml(HELD));
    const { location, startDate: _, ...placeless } = event;
    expect(errorsOf(await validate(extracted([placeless])))).toEqual([
      'Event startDate: Required attribute "startDate" is missing',
      'Event location: Required attribute "location" is missing',
    ]);
    const { address: __, ...nowhere } = location as Record<string, unknown>;
    expect(errorsOf(await validate(extracted([{ ...event, location: nowhere }])))).toEqual([
      "Event location.address: a Place needs an address",
    ]);
  });

  it("finds a rescheduled Event without its previous date, and an online one with a Place", async () => {
    const moved = await validItem(meetingHtml({ status: "postponed", date: "2017-04-20" }));
    const { previousStartDate: _, ...event } = moved;
    expect(errorsOf(await validate(extracted([event])))).toEqual([
      "Event previousStartDate: a rescheduled event needs its previousStartDate",
    ]);
    const online = { ...moved, eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode" };
    expect(errorsOf(await validate(extracted([online])))).toEqual(["Event location: eventAttendanceMode says VirtualLocation"]);
  });

  it("finds a malformed date, a publisher without a name, a type schema.org lacks and JSON-LD that is not JSON", async () => {
    const article = await validItem(newsHtml({}));
    const broken = { ...article, datePublished: "11/4/2017", publisher: { "@type": "Organization", url: "https://x.dk/" } };
    expect(errorsOf(await validate(extracted([broken, { "@type": "Meeting", name: "x" }])))).toEqual([
      'NewsArticle datePublished: "datePublished" is not an ISO 8601 date: 11/4/2017',
      'NewsArticle name: Required attribute "name" is missing',
      'Meeting @type: Type "Meeting" is not a valid schema.org type',
    ]);
    const page = `<script type="application/ld+json">{"@type": "Event", "name": "a</script>"}</script>`;
    expect(errorsOf(await validate(jsonLdOf(page)))).toEqual([expect.stringMatching(/^jsonld : not JSON/)]);
  });

  it("needs its handlers and vocabulary: the package alone checks neither Events nor schema.org's names", async () => {
    const { startDate: _, location: __, ...event } = await validItem(meetingHtml(HELD));
    expect(await new Validator().validate(extracted([{ ...event, "@type": "Event", begins: "2017" }, { "@type": "Meeting" }]))).toEqual([]);
  });

  it("warns of a property schema.org does not have for the type", async () => {
    const issues = await validate(extracted([{ ...(await validItem(newsHtml({}))), startDate: "2017-04-11" }]));
    expect(issues).toContainEqual(expect.objectContaining({ severity: "WARNING", fieldNames: ["startDate"] }));
  });
});
