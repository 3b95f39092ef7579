// The site's language: every word a reader sees, its date formats, its alphabet and the words
// of its paths, asked for by key (`i18n.meeting.addToCalendar`). The compiler refuses a key
// the table does not have. The site is in Danish; another language would be one more table of
// type `Language` (its compiler errors list every word still missing), chosen here.
import { da } from "./da/index.ts";

export type Language = typeof da;

export const i18n: Language = da;
