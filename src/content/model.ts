// The content as the rest of the build sees it: validated, typed, with nothing left to check.
// Every field's type comes from the schema (FieldsOf): a field added there is here too.
import type { FieldsOf, MEETING_FIELDS, NEWS_FIELDS, REGION_FIELDS, SETTINGS_FIELDS, SPEAKER_FIELDS, VENUE_FIELDS } from "./schema.ts";

export type Region = FieldsOf<typeof REGION_FIELDS>;

export type Venue = FieldsOf<typeof VENUE_FIELDS>;

export type Speaker = FieldsOf<typeof SPEAKER_FIELDS>;

export interface Meeting extends FieldsOf<typeof MEETING_FIELDS> {
  /** "<region>/<file name without .md>", as news articles reference it */
  id: string;
  /** path relative to the content folder */
  file: string;
  /** markdown */
  body: string;
}

export interface News extends FieldsOf<typeof NEWS_FIELDS> {
  /** "<yyyy>/<file name without .md>" */
  id: string;
  file: string;
  body: string;
}

/** `url`: the published site's absolute address, without a trailing slash */
export type Settings = FieldsOf<typeof SETTINGS_FIELDS>;

export interface Content {
  settings: Settings;
  regions: Region[];
  meetings: Meeting[];
  news: News[];
}
