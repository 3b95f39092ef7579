// Output in Latin-1 characters only, every other character written as an escape that means
// the same to its reader: `&#8211;` in HTML and XML, `\u2013` in JSON.
//
// Why: V8 keeps a string at one byte per character only while every character in it is
// Latin-1; a single en dash or emoji makes a whole page two bytes per character. Eleventy
// holds every rendered page in memory until the build ends, so at 10,000 meetings this is
// 170 MB of the heap, and at 100,000 the difference between building and running out.

const BEYOND_LATIN1 = /[^\x00-\xff]/u;
const EACH_BEYOND_LATIN1 = /[^\x00-\xff]/gu;

/**
 * The same text stored one byte per character. V8 never narrows a string by itself: what is
 * made from a two-byte string stays two-byte, even once its characters are all Latin-1.
 */
function narrowed(latin1: string): string {
  return Buffer.from(latin1, "latin1").toString("latin1");
}

/** Markup with every character beyond Latin-1 as a numeric character reference. */
export function latin1Markup(markup: string): string {
  return BEYOND_LATIN1.test(markup)
    ? narrowed(markup.replace(EACH_BEYOND_LATIN1, (character) => `&#${character.codePointAt(0)};`))
    : markup;
}

/** JSON with every character beyond Latin-1 as a \u escape (a pair of them beyond U+FFFF). */
export function latin1Json(json: string): string {
  return BEYOND_LATIN1.test(json)
    ? narrowed(json.replace(/[^\x00-\xff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`))
    : json;
}
