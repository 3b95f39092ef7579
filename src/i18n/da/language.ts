// What Danish is to the code: the tags that name it, how it writes dates and times, the
// order of its alphabet, and the words the site's addresses are made of.

export const language = {
  /** the language of every page, feed and search record (`lang`, `xml:lang`, JSON Feed's `language`) */
  code: "da",
  /** Open Graph's name of the language and country a page is written for */
  ogLocale: "da_DK",
  /** the locale dates are written in and names are sorted and capitalised by */
  locale: "da",
  /** a calendar's PRODID, which names the product and the language of its text */
  calendarProductId: "-//referat//referat//DA",

  /** luxon formats: "tirsdag 7. marts 2017", "marts 2017" */
  dates: { long: "cccc d. LLLL yyyy", month: "LLLL yyyy" },

  /** "kl. 10.00–15.00": Danish writes the time of day with a period */
  times: {
    clock: (time: string) => time.replace(":", "."),
    at: (start: string) => `kl. ${start}`,
    between: (start: string, end: string) => `kl. ${start}–${end}`,
  },

  /** The order of the A–Z indexes: A–Z, then the letters after Z, then names starting with no letter. */
  alphabet: {
    afterZ: "ÆØÅ",
    /** a name starting with two letters that count as one: Aabenraa and Aarhus are filed under Å, after Ø */
    digraphs: [["aa", "Å"]] as [string, string][],
    /** the heading of names that start with a digit, a sign or a letter of another script */
    other: "#",
  },

  /** The words of the site's paths (src/routes.ts builds them): /moeder/, /regioner/syddanmark/side/2/ */
  paths: {
    meetings: "moeder",
    news: "nyheder",
    regions: "regioner",
    themes: "temaer",
    archive: "arkiv",
    organisations: "organisationer",
    people: "personer",
    rounds: "moederunder",
    venues: "steder",
    search: "soeg",
    accessibility: "tilgaengelighed",
    page: "side",
    calendar: "kalender.ics",
    /** the part of an online venue's address where a city would be: /steder/microsoft-teams-online/ */
    onlineVenue: "online",
    /** anchors on a page: an A-Z index's groups, its group for names without a letter, a year's months */
    initialGroup: "under",
    otherGroup: "andet",
    month: "maaned",
  },
};
