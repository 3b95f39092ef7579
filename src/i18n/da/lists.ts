// The words of the lists: the home page, the regions, themes, organisations, people, rounds,
// venues and years of the archive, and the news.
import { html, type Content } from "../../html.ts";
import { counts } from "./counts.ts";

export const lists = {
  home: {
    latestNews: "Seneste nyheder",
    noNews: "Der er endnu ingen nyheder.",
    allNews: "Alle nyheder",
    upcoming: "Kommende møder",
    noUpcoming: "Der er ingen kommende møder i kalenderen lige nu.",
    latestReports: "Seneste referater",
    noReports: "Der er endnu ingen referater.",
    allYears: "Alle år i arkivet",
    regions: "Regionerne",
    /** the feeds the home page offers */
    everything: "Alle referater og nyheder",
    newsOnly: "Kun nyheder",
  },

  newsIndex: { empty: "Der er endnu ingen nyheder." },

  regions: { upcoming: (n: number) => `heraf ${n} kommende` },
  region: {
    heading: (region: string) => `Møder i ${region}`,
    upcoming: "Kommende møder",
    past: "Afholdte møder",
    empty: (region: string) => `Der er endnu ingen møder i ${region}.`,
  },

  /** the row of initials on an A–Z index */
  letters: "Forbogstaver",

  themes: { intro: "Alle temaer og emner, som møderne har handlet om, med antallet af møder." },
  theme: {
    intro: (meetings: number, theme: string) => `${counts.meetings(meetings)} har haft ${theme} som tema eller emne. Nyeste først.`,
  },

  organisations: { intro: "Kommuner, KL, KOMBIT og andre, der har holdt oplæg i netværket, med antallet af møder." },
  organisation: {
    intro: (name: string, meetings: number) =>
      `${name} har holdt oplæg ved ${counts.meetings(meetings)} i netværket, selv eller ved sine folk. Nyeste først.`,
    /** a talk the organisation gave with no person named */
    ownTalk: "Oplæg",
  },

  people: { intro: "Alle, der har holdt oplæg i netværket, efter efternavn." },
  person: {
    intro: (meetings: number) => `Har holdt oplæg ved ${counts.meetings(meetings)} i netværket. Nyeste først.`,
    roles: "Roller",
    talks: "Oplæg",
  },

  rounds: {
    intro: "Netværkets møderunder, hvor regionerne mødes om de samme emner, nyeste først.",
    /** "12 møder fra tirsdag 7. marts 2017" */
    since: (meetings: number, date: Content) => html`${counts.meetings(meetings)} fra ${date}`,
  },
  round: {
    intro: (meetings: number, date: Content) => html`${counts.meetings(meetings)} fra ${date}, region for region.`,
    news: "Nyheder om møderunden",
  },

  venues: { intro: "Alle steder, hvor netværket har holdt møder, by for by." },
  venue: { intro: (meetings: number) => `${counts.meetings(meetings)} er holdt her. Nyeste først.` },

  year: {
    heading: (year: string) => `Arkiv ${year}`,
    intro: (meetings: number, news: number) => `${counts.meetings(meetings)} og ${counts.news(news)}, nyeste først.`,
  },
};
