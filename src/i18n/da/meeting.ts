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
  /** the talks in time order, where they have times: it takes the place of "Oplæg" */
  programme: "Program",
  /** the sign-up, while it is open: "Tilmeld dig senest onsdag 1. marts 2017" */
  signUp: (deadline?: string) => (deadline ? `Tilmeld dig senest ${deadline}` : "Tilmeld dig"),
  recording: "Se optagelsen af mødet",
  materials: {
    heading: "Materialer",
    /** after a material that is a link to another site rather than a file */
    external: "ekstern side",
    /** after a file: "PDF, 2,3 MB" */
    file: (kind: string, size: string) => `${kind}, ${size}`,
    /** a file's size: "2,3 MB", "340 kB" (the space does not break) */
    size: (amount: string, unit: "kB" | "MB" | "GB") => `${amount}\u00a0${unit}`,
    /** a file's kind as readers know it, by its extension */
    kinds: {
      pdf: "PDF",
      pptx: "PowerPoint",
      ppt: "PowerPoint",
      docx: "Word",
      doc: "Word",
      xlsx: "Excel",
      xls: "Excel",
      odp: "OpenDocument-præsentation",
      odt: "OpenDocument-tekst",
      ods: "OpenDocument-regneark",
      txt: "tekstfil",
      csv: "CSV",
      jpg: "billede",
      jpeg: "billede",
      png: "billede",
      webp: "billede",
      svg: "billede",
      zip: "ZIP-arkiv",
      mp4: "video",
      mp3: "lydfil",
    },
    /** a kind the table does not name: "fil" */
    other: "fil",
  },
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
