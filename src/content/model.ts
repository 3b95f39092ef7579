// The content as the rest of the build sees it: validated, typed, with nothing left to check.
import type { MeetingStatus } from "./schema.ts";

export interface Region {
  key: string;
  name: string;
  description?: string;
}

export interface Venue {
  name: string;
  city?: string;
  address?: string;
  online: boolean;
  url?: string;
}

export interface Speaker {
  organisation: string;
  name?: string;
  role?: string;
  topic?: string;
}

export interface Meeting {
  /** "<region>/<file name without .md>", as news articles reference it */
  id: string;
  /** path relative to the content folder */
  file: string;
  region: string;
  /** calendar day in Europe/Copenhagen, YYYY-MM-DD */
  date: string;
  start?: string;
  end?: string;
  title: string;
  venue: Venue;
  theme: string;
  topics: string[];
  speakers: Speaker[];
  series?: string;
  summary?: string;
  status?: MeetingStatus;
  draft: boolean;
  /** markdown */
  body: string;
}

export interface News {
  /** "<yyyy>/<file name without .md>" */
  id: string;
  file: string;
  date: string;
  title: string;
  summary?: string;
  author?: string;
  /** ids of the meetings the article is about */
  meetings: string[];
  draft: boolean;
  body: string;
}

export interface Settings {
  title: string;
  /** absolute base URL of the published site, without a trailing slash */
  url: string;
  description: string;
}

export interface Content {
  settings: Settings;
  regions: Region[];
  meetings: Meeting[];
  news: News[];
}
