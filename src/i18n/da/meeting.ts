// The words of a meeting's page and a news article's page.

export const meeting = {
  /** above the title */
  kicker: { upcoming: "Kommende møde", held: "Mødereferat" },
  notices: { cancelled: "Mødet er aflyst.", postponed: "Mødet er udsat." },
  facts: { date: "Dato", place: "Sted", region: "Region", theme: "Tema", topics: "Emner", round: "Møderunde" },
  addToCalendar: "Tilføj til kalender",
  joinOnline: "Deltag online",
  aboutVenue: "Om stedet",
  speakers: "Oplæg",
  /** the report, or before the day what the meeting is about */
  body: { upcoming: "Om mødet", held: "Referat" },
  news: "Nyheder om mødet",
  related: "Relaterede referater",
  sameVenue: (venue: string) => `Andre møder på ${venue}`,
  allAtVenue: (count: number, venue: string) => `Alle ${count} møder på ${venue}`,
  /** the links to the meetings before and after it in its region */
  neighbours: (region: string) => `Andre møder i ${region}`,
  previous: (region: string) => `Forrige møde i ${region}`,
  next: (region: string) => `Næste møde i ${region}`,
};

export const article = {
  meetings: "Møder i artiklen",
};
