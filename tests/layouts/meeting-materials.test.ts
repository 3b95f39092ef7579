// A meeting page's programme, materials, sign-up and recording, rendered from the content model.
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { FIELDS, meetingPageWith } from "./meeting-fixture.ts";

const NBSP = "\u00a0";
const pageOf = meetingPageWith;

/** The part of `page` from the section headed `id` to the end of that section. */
function section(page: string, id: string): string {
  const start = page.indexOf(`<h2 id="${id}">`);
  expect(start).toBeGreaterThan(0);
  return page.slice(start, page.indexOf("</section>", start));
}

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, "")
    .replace(/[ \n]+/g, " ")
    .trim();

describe("a meeting page's programme and materials", () => {
  it("is valid HTML, with its headings in order", async () => {
    const page = pageOf({ image: { file: "media/salen.jpg", alt: "Deltagerne i salen" } });
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });
    const report = await validator.validateString(page, "meeting.html");
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    const headings = [...page.matchAll(/<h(\d)[^>]*>([^<]*)/g)].map(([, level, title]) => `${level} ${title}`);
    expect(headings).toEqual(["1 Brugerstyring i praksis", "2 Program", "2 Om mødet", "2 Materialer", "2 Abonnér"]);
    expect(page).toContain('<img src="/media/salen.jpg" alt="Deltagerne i salen" loading="lazy">');
  });

  it("lists the talks in time order, those without a time after, in place of the talks' list", () => {
    const page = pageOf({});
    const programme = section(page, "program");
    const entries = [...programme.matchAll(/<li>([\s\S]*?)<\/li>\s*(?=<li>\s*<(?:span|div)|<\/ol>)/g)].map((match) => text(match[1]!));
    expect(entries.map((entry) => entry.split(":")[0])).toEqual([
      "10.15–10.45 Gerner Zinglersen, it-arkitekt, KL",
      "11.00 Digitaliseringsstyrelsen",
      "13.00–13.45 KOMBIT",
      "Martin Vinter, Esbjerg Kommune",
    ]);
    expect(programme).toContain('<time datetime="10:15">10.15</time>–<time datetime="10:45">10.45</time>');
    expect(programme).toContain(
      `href="/personer/gerner-zinglersen/">Gerner Zinglersen</a>, it-arkitekt, <a class="organisation" href="/organisationer/kl/">KL</a>`,
    );
    expect(page).not.toContain('id="oplaeg"');
  });

  it("shows each talk's materials at the talk, and every material in the full list", () => {
    const page = pageOf({});
    const programme = section(page, "program");
    expect(programme).toMatch(
      /Rammearkitekturen\s*<ul class="materials">\s*<li><a href="\/media\/kl.pdf" type="application\/pdf">Præsentation fra KL<\/a>/,
    );
    expect(programme).toMatch(
      /Fælleskommunal Adgangsstyring\s*<ul class="materials">\s*<li><a href="https:\/\/www.kombit.dk\/adgangsstyring" rel="external">/,
    );
    expect(programme).not.toContain("Program for dagen");

    const list = text(section(page, "materialer"));
    expect(list).toBe(
      `Materialer Præsentation fra KL (PDF, 2,3${NBSP}MB) Program for dagen (Word, 340${NBSP}kB) Adgangsstyring på kombit.dk (ekstern side)`,
    );
    // after the report, before the news
    expect(page.indexOf('id="materialer"')).toBeGreaterThan(page.indexOf('id="referat"'));
  });

  it("keeps the talks' list, with their materials, when no talk has a time", () => {
    const page = pageOf({ speakers: FIELDS.speakers!.map(({ time: _time, ...speaker }) => speaker) });
    expect(page).not.toContain('id="program"');
    const talks = section(page, "oplaeg");
    expect(talks).toContain('<ul class="speakers">');
    expect(talks).toContain("Præsentation fra KL");
  });

  it("has neither heading for a meeting with no talks and no materials", () => {
    const page = pageOf({ speakers: [], attachments: undefined });
    expect(page).not.toMatch(/id="(program|oplaeg|materialer)"/);
  });
});

describe("a meeting page's sign-up and recording", () => {
  const signUp = '<a class="action" href="https://www.kl.dk/tilmelding" aria-describedby="titel">';

  it("offers the sign-up until the deadline, naming the day, and not after it", () => {
    expect(pageOf({})).toContain(`${signUp}Tilmeld dig senest mandag 1. marts 2027</a>`);
    expect(pageOf({}, "2027-03-01")).toContain(signUp);
    expect(pageOf({}, "2027-03-02")).not.toContain(signUp);
    expect(pageOf({}, "2027-03-02")).not.toContain("Tilmeld");
    expect(pageOf({ registration: { url: "https://www.kl.dk/tilmelding" } }, "2027-03-15")).toContain(`${signUp}Tilmeld dig</a>`);
    expect(pageOf({ status: "cancelled" })).not.toContain("Tilmeld");
    // the links are described by the page's header: the kind of meeting, its region, its title
    expect(pageOf({})).toMatch(/<header id="titel">\s*<p class="kicker">[^<]*<\/p>\s*<h1>Brugerstyring i praksis<\/h1>/);
  });

  it("links the recording, and leaves it out when there is none", () => {
    expect(pageOf({})).toContain(
      '<a class="action" href="https://vimeo.com/123456" rel="external" aria-describedby="titel">Se optagelsen af mødet</a>',
    );
    expect(pageOf({ recording: undefined })).not.toContain("optagelsen");
    expect(pageOf({ recording: undefined, registration: undefined })).not.toContain('class="actions"');
  });

  it("escapes what editors wrote: titles, topics and links", () => {
    const hostile = "<script>alert(1)</script>\"'&";
    const page = pageOf({
      title: hostile,
      speakers: [{ organisation: "KL", topic: hostile, time: "10:00" }],
      attachments: [
        { title: hostile, file: "media/x.pdf", bytes: 1 },
        { title: hostile, url: 'https://x.dk/"><script>' },
      ],
      recording: 'https://x.dk/"onmouseover="alert(1)',
    });
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain('"onmouseover=');
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;");
    expect(page).toContain('href="https://x.dk/&quot;&gt;&lt;script&gt;"');
  });
});
