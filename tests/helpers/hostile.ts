// Random and hostile content for property-based tests: meeting and news files whose values
// are drawn from what an editor could paste (markup, quotes, YAML and template syntax, other
// scripts, combining marks, emoji) and, unless the content is to be publishable, from what
// the output cannot carry (controls, lone surrogates, bidi overrides) and broken front-matter.
import fc from "fast-check";
import { forbiddenIn } from "../../src/content/text.ts";
import { REGIONS_YAML } from "./content-tree.ts";

const REGION_KEYS = ["midt-nord", "hovedstaden", "sjaelland", "syddanmark"];

/** Snippets that break naive escaping in one output format or another. */
const TRICKY = [
  "<script>alert(1)</script>",
  "</title><h1>",
  "]]>",
  "&amp; &lt; &",
  "\"'`",
  "{{ site }}",
  "{% raw %}",
  "${process}",
  "\r\nBEGIN:VEVENT\r\nSUMMARY:x",
  "::error::x",
  "::add-mask::y",
  "\u001b[31mrød",
  "\u0000",
  "\u0085",
  "\u2028",
  "\u202eevil",
  "A\u030arhus-mødet",
  "Århus-mødet",
  "زهراء العصفور",
  "Σύνοδος",
  "Москва",
  "東京都",
  "👩‍💻 🇩🇰",
  "- a",
  ": b",
  "# c",
  "| d",
  "*x* _y_ [l](javascript:alert(1))",
  "<!-- x -->",
  "\\",
  ";,",
  "x".repeat(300),
  " ",
  "",
];

/** Text check lets through but naive escaping does not survive. */
const publishablePiece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  // what check refuses in a name (src/content/text.ts) is left out, and names of over 100 characters
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY.filter((snippet) => !forbiddenIn(snippet, "name") && snippet.length < 100)) },
);

/** Anything: any code point, a surrogate alone, every snippet. */
const anyPiece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
);

const textOf = (piece: fc.Arbitrary<string>) => fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(""));

/** A YAML value: publishable ones in double quotes with a letter in them (a name needs one); others bare now and then. */
function yamlValue(publishable: boolean): fc.Arbitrary<string> {
  if (publishable) return textOf(publishablePiece).map((text) => JSON.stringify(`${text} Navn`));
  return fc.tuple(textOf(anyPiece), fc.nat(6)).map(([text, draw]) => (draw === 0 ? text : JSON.stringify(text)));
}

function dates(publishable: boolean): fc.Arbitrary<string> {
  const valid = fc
    .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((day) => day.toISOString().slice(0, 10));
  if (publishable) return valid;
  return fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom("0000-01-01", "9999-12-31", "2017-02-30", "7.3.2017", "2017-03-07T10:00") },
  );
}

const clock = (minutes: number) => `"${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}"`;

/** A start with an end after it or none; unless publishable, also times written wrong. */
function times(publishable: boolean): fc.Arbitrary<{ start: string; end: string | null }> {
  const valid = fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.option(fc.integer({ min: 1, max: 600 }))).map(([start, length]) => ({
    start: clock(start),
    end: length === null || start + length > 1439 ? null : clock(start + length),
  }));
  if (publishable) return valid;
  return fc.oneof(
    valid,
    fc.record({ start: fc.constantFrom("9:30", "25:00", "9.30", "10:00"), end: fc.option(fc.constantFrom('"10:00"', "8:00")) }),
  );
}

/** Now and then a line that makes no sense to the schema or to YAML. */
const STRAY = fc.option(
  fc.constantFrom("unknown: 1", "speakers: x", "  indented: wrong", "title", "- list", "venue: [1, 2]", "draft: ja", "status: aflyst"),
  { freq: 6 },
);

const frontMatter = (lines: (string | false | null)[], body: string) =>
  `---\n${lines.filter((line) => typeof line === "string").join("\n")}\n---\n\n${body}\n`;

/** How a file is written: mostly as is; unless publishable, now and then with Windows line ends, or opened as JavaScript or JSON front-matter. */
const forms = (publishable: boolean) =>
  publishable ? fc.constant("as is") : fc.constantFrom("as is", "as is", "as is", "crlf", "---js", "---json");

function inForm(text: string, form: string): string {
  if (form === "crlf") return text.replace(/\n/g, "\r\n");
  return form === "as is" ? text : `${form}${text.slice(3)}`;
}

function meetingFile(publishable: boolean): fc.Arbitrary<[string, string]> {
  const value = yamlValue(publishable);
  const speaker = fc
    .record({ organisation: value, name: fc.option(value), role: fc.option(value), topic: fc.option(value) })
    .map((fields) =>
      Object.entries(fields)
        .filter(([, text]) => text !== null)
        .map(([key, text], index) => `${index === 0 ? "  - " : "    "}${key}: ${text}`)
        .join("\n"),
    );
  return fc
    .record({
      region: fc.constantFrom(...REGION_KEYS),
      date: dates(publishable),
      name: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
      title: value,
      times: fc.option(times(publishable)),
      venue: value,
      city: value,
      online: fc.boolean(),
      theme: value,
      topics: fc.array(value, { maxLength: 3 }),
      speakers: fc.array(speaker, { maxLength: 3 }),
      series: fc.option(value),
      summary: fc.option(value),
      status: fc.option(fc.constantFrom("cancelled", "postponed")),
      stray: publishable ? fc.constant(null) : STRAY,
      form: forms(publishable),
      body: fc.array(textOf(publishable ? publishablePiece : anyPiece), { maxLength: 4 }).map((paragraphs) => paragraphs.join("\n\n")),
    })
    .map((m) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : "2017-03-07";
      const text = frontMatter(
        [
          `title: ${m.title}`,
          `date: ${m.date}`,
          m.times && `start: ${m.times.start}`,
          m.times?.end != null && `end: ${m.times.end}`,
          `region: ${m.region}`,
          `venue:\n  name: ${m.venue}\n  city: ${m.city}${m.online ? "\n  online: true" : ""}`,
          `theme: ${m.theme}`,
          m.topics.length > 0 && `topics:\n${m.topics.map((topic) => `  - ${topic}`).join("\n")}`,
          m.speakers.length > 0 && `speakers:\n${m.speakers.join("\n")}`,
          m.series !== null && `series: ${m.series}`,
          m.summary !== null && `summary: ${m.summary}`,
          m.status !== null && `status: ${m.status}`,
          m.stray,
        ],
        m.body,
      );
      return [`meetings/${m.region}/${day}-${m.name}.md`, inForm(text, m.form)];
    });
}

function newsFile(publishable: boolean): fc.Arbitrary<[string, string]> {
  const value = yamlValue(publishable);
  return fc
    .record({
      date: dates(publishable),
      name: fc.stringMatching(/^[a-z0-9]{1,8}$/),
      title: value,
      author: fc.option(value),
      summary: fc.option(value),
      body: textOf(publishable ? publishablePiece : anyPiece),
      form: forms(publishable),
    })
    .map((n) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(n.date) ? n.date : "2017-04-11";
      const text = frontMatter(
        [`title: ${n.title}`, `date: ${n.date}`, n.author !== null && `author: ${n.author}`, n.summary !== null && `summary: ${n.summary}`],
        n.body,
      );
      return [`news/${day.slice(0, 4)}/${day}-${n.name}.md`, inForm(text, n.form)];
    });
}

function siteFile(publishable: boolean): fc.Arbitrary<string> {
  const named = yamlValue(publishable).map((title) => `title: ${title}\nurl: "https://netvaerk.example.dk/sti"\n`);
  const plain = fc.constant('title: "Netværket"\nurl: "https://netvaerk.example.dk"\n');
  if (publishable) return fc.oneof(plain, named);
  return fc.oneof(
    plain,
    named,
    fc.constantFrom(
      'title: "x"\nurl: "https://x.dk\\r\\nBEGIN:VEVENT"\n',
      'title: "x"\nurl: "http://x.dk"\n',
      'title: "x"\nurl: "https://u:p@x.dk/?q#f"\n',
    ),
  );
}

/**
 * A whole content folder's files (path → text), regions included. `publishable`: every value
 * is one check accepts, hostile only to the writers.
 */
export function hostileContent(publishable: boolean): fc.Arbitrary<Record<string, string>> {
  return fc
    .record({
      meetings: fc.array(meetingFile(publishable), { minLength: 1, maxLength: 6 }),
      news: fc.array(newsFile(publishable), { maxLength: 3 }),
      site: siteFile(publishable),
    })
    .map(({ meetings, news, site }) => ({
      "_data/regions.yaml": REGIONS_YAML,
      "_data/site.yaml": site,
      // two generated files may share a name: the later one stands, as when an editor saves over
      ...Object.fromEntries([...meetings, ...news]),
    }));
}
