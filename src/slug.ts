// Slugs of themes, people, organisations, rounds and venues, as CONTENT-FORMAT.md defines them:
// Danish letters fold to their conventional two-letter spellings (æ→ae, ø→oe, å→aa) rather
// than losing their meaning ("Sorø" → "soroe", not "soro"), other accents are stripped.
//
// Every name with a letter or digit gets a slug, in any script: Greek and Cyrillic are
// transliterated; letters no table covers (Arabic, Hebrew, CJK, ...) are represented by a short
// hash of the name's words, so "زهراء العصفور" gets a page of its own (`id-...`) instead of an empty
// slug that every such name would share. A slug is at most SLUG_MAX characters, so that no
// page's folder name can pass a file system's 255 bytes.
import { createHash } from "node:crypto";

export const SLUG_MAX = 80;
/** characters of hash: 10 base32 characters are 50 bits, so two of 10,000 names share one with odds of about 1 in 20 million */
const HASH_LENGTH = 10;

const DANISH: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

// Greek after ELOT 743 and Cyrillic after the common Russian, Ukrainian, Belarusian, Serbian
// and Macedonian web conventions, letter by letter. Accented letters not listed fall back to
// their base letter (ά → α → a).
const TRANSLITERATION: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "j",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  є: "ye",
  і: "i",
  ї: "yi",
  ґ: "g",
  ў: "u",
  ђ: "dj",
  ј: "j",
  љ: "lj",
  њ: "nj",
  ћ: "c",
  џ: "dz",
  ѓ: "gj",
  ќ: "kj",
  ѕ: "dz",
};
const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]/;
const EVERY_GREEK_OR_CYRILLIC = new RegExp(GREEK_OR_CYRILLIC.source, "g");

function transliterateLetter(letter: string): string {
  return TRANSLITERATION[letter] ?? TRANSLITERATION[letter.normalize("NFD").charAt(0)] ?? letter;
}

function transliterate(text: string): string {
  return GREEK_OR_CYRILLIC.test(text) ? text.replace(/ο[υύ]/g, "ou").replace(EVERY_GREEK_OR_CYRILLIC, transliterateLetter) : text;
}

/** Letters or digits of any script; a name without any has no slug. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `name` gets a slug, and so a page of its own: it has a letter or digit in some script. */
export function hasSlug(name: string): boolean {
  return LETTER_OR_DIGIT.test(name);
}
/** what is left once the Latin letters are folded and transliterated: letters of other scripts */
const NOT_LATIN = /[\p{Script=Latin}\0-\x7f]/gu;

export function slugify(text: string): string {
  const lower = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH[letter] ?? letter);
  // before NFKD, which would take the breve off "й", and after it, which turns "µ" into "μ"
  const folded = transliterate(
    transliterate(lower)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, ""),
  );
  let slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  // letters the tables do not cover would otherwise vanish, and distinct names would meet
  const untranslated = /[^\0-\x7f]/.test(folded) && LETTER_OR_DIGIT.test(folded.replace(NOT_LATIN, ""));
  if (untranslated || (slug === "" && hasSlug(text))) {
    const hash = shortHash(words(text));
    slug = slug === "" ? `id-${hash}` : `${slug}-${hash}`;
  }
  return slug.length > SLUG_MAX ? shortened(slug) : slug;
}

/**
 * A long slug cut at a word boundary, with a hash of the whole so that two long names that
 * begin alike stay apart.
 */
function shortened(slug: string): string {
  const room = SLUG_MAX - HASH_LENGTH - 1;
  const boundary = slug.lastIndexOf("-", room);
  const cut = boundary >= room / 2 ? slug.slice(0, boundary) : slug.slice(0, room);
  return `${cut.replace(/-+$/, "")}-${shortHash(slug)}`;
}

/** The name as its words, so that case, accents and punctuation do not make a new hash. */
function words(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join("-");
}

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** The first HASH_LENGTH base32 characters of the SHA-256 of `text`: a-z and 2-7, URL-safe. */
function shortHash(text: string): string {
  const bytes = createHash("sha256").update(text).digest();
  let hash = "";
  for (let bit = 0; hash.length < HASH_LENGTH; bit += 5) {
    const byte = bit >> 3;
    const pair = (bytes[byte]! << 8) | (bytes[byte + 1] ?? 0);
    hash += BASE32[(pair >> (11 - (bit & 7))) & 31];
  }
  return hash;
}
