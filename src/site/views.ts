// What the templates see: content enriched with URLs, links and indexes, computed once
// per build by build-site.ts.
import type { Meeting, Picture, News, Region, Settings, Speaker } from "../content/model.ts";
import type { MeetingStatus } from "../content/schema.ts";
import type { ProcessedImage } from "../images/process.ts";
import type { Subscription } from "../routes.ts";
import type { MaterialView, ProgrammeItem, RegistrationView } from "./materials.ts";
import type { ListPage } from "./paginate.ts";
import type { Named } from "./taxonomy.ts";

export interface Link {
  title: string;
  url: string;
  date: string;
}

export interface MeetingLink extends Link {
  regionName: string;
  status?: MeetingStatus;
}

/** A region as regions.yaml gives it (any field it gains comes along), with its page and counts. */
export interface RegionView extends Region {
  url: string;
  subscription: Subscription;
  meetingCount: number;
  upcomingCount: number;
}

export interface TermView extends Named {
  url: string;
  subscription: Subscription;
}

export interface OrganisationView extends Named {
  url: string;
}

/** A role a person has had, and for which organisation, in the years they spoke. */
export interface RoleView {
  role?: string;
  organisation: OrganisationView;
  /** the years of the first and the last meeting they spoke at in this role */
  from: string;
  to: string;
}

export interface PersonView extends Named {
  url: string;
  /** newest first */
  roles: RoleView[];
}

export interface RoundView extends Named {
  url: string;
  /** the year of its first meeting */
  year: string;
  /** the date of its first meeting */
  firstDate: string;
}

export interface VenueView extends Named {
  url: string;
  city?: string;
  online: boolean;
}

/** One of a meeting's speakers: its own fields as they are (any the schema gains too), the name and organisation as their pages. */
export interface SpeakerView extends Omit<Speaker, "name" | "organisation"> {
  person?: PersonView;
  organisation: OrganisationView;
}

/** What an organisation or a person contributed to one meeting. */
export interface Contribution {
  meeting: MeetingView;
  speakers: SpeakerView[];
}

/**
 * The meeting's own fields that the view hands on as they are, a field added to the schema
 * among them; the others the view replaces with what the pages need.
 */
type MeetingFieldsAsTheyAre = Omit<
  Meeting,
  "region" | "theme" | "topics" | "speakers" | "series" | "summary" | "body" | "registration" | "image"
>;

export interface MeetingView extends MeetingFieldsAsTheyAre {
  kind: "meeting";
  url: string;
  region: RegionView;
  /** the venue's page, with every meeting held there */
  place: VenueView;
  theme: TermView;
  topics: TermView[];
  speakers: SpeakerView[];
  round?: RoundView;
  /** the editor's summary, or the first paragraph */
  summary: string;
  /** dated today or later, relative to the build's "now" */
  upcoming: boolean;
  html: string;
  /** its own calendar file ("Tilføj til kalender") */
  calendarUrl: string;
  /** news articles that are about this meeting */
  news: Link[];
  previous?: MeetingLink;
  next?: MeetingLink;
  /** other meetings that share its themes, topics and speakers, most related first */
  related: MeetingLink[];
  /** other meetings at the same venue, nearest in time first */
  sameVenue: MeetingLink[];
  /** its attachments as readers get them, its talks with a time in time order, its picture's URL (site/materials.ts) */
  materials: MaterialView[];
  programme: ProgrammeItem[];
  registration?: RegistrationView;
  image?: Picture & { url: string };
}

/** The article's own fields that the view hands on as they are, as for meetings. */
type NewsFieldsAsTheyAre = Omit<News, "summary" | "meetings" | "body">;

export interface NewsView extends NewsFieldsAsTheyAre {
  kind: "news";
  url: string;
  /** the editor's summary, or the first paragraph */
  summary: string;
  html: string;
  /** the meetings it is about, oldest first */
  meetings: MeetingLink[];
}

export type ItemView = MeetingView | NewsView;

export interface RegionPage {
  region: RegionView;
  page: ListPage<MeetingView>;
  /** the page's share of the upcoming meetings (soonest first), then of the past ones (newest first) */
  upcoming: MeetingView[];
  past: MeetingView[];
}

export interface TermPage {
  term: TermView;
  page: ListPage<MeetingView>;
}

export interface YearView {
  year: string;
  url: string;
  meetingCount: number;
  newsCount: number;
}

export interface YearPage {
  year: YearView;
  page: ListPage<ItemView>;
  /** the page's items by month, newest first: "marts 2017" */
  months: { name: string; id: string; items: ItemView[] }[];
}

export interface ContributorPage<C extends OrganisationView | PersonView> {
  contributor: C;
  page: ListPage<Contribution>;
}

export interface RoundPage {
  round: RoundView;
  page: ListPage<MeetingView>;
  /** the page's meetings side by side, a column per region that has any */
  columns: { region: RegionView; meetings: MeetingView[] }[];
  /** news about the round's meetings */
  news: NewsView[];
}

export interface VenuePage {
  venue: VenueView;
  page: ListPage<MeetingView>;
}

/** A page of an A–Z index, with links to the page and place where each initial starts. */
export interface AlphabetPage<T> {
  page: ListPage<T>;
  letters: { letter: string; url: string }[];
  /** the page's entries by heading: an initial, or (for venues) a city */
  groups: { heading: string; id: string; entries: T[] }[];
}

/** What one feed follows: the list it sits beside, its title, and its entries. */
export interface FeedList {
  /** the site path of the list the feed follows; its files sit beside it */
  listUrl: string;
  title: string;
  description: string;
  /** newest first, at most FEED_LENGTH (subscriptions.ts) */
  items: ItemView[];
  /** the newest item's date, or the site's newest content's for a feed without items */
  updated: string;
}

/** What one calendar holds. */
export interface CalendarList {
  url: string;
  name: string;
  /** oldest first */
  meetings: MeetingView[];
}

/** /admin/: "local" in the dev server (saving through `npm run cms`), "published" where site.yaml has `cms`, else none. */
export type Editing = "local" | "published" | undefined;

export interface SiteData {
  settings: Settings;
  editing: Editing;
  /** the content's media files ("media/x.pdf"), published at the same path under the base path */
  media: readonly string[];
  /** the meetings' pictures as processed for the pages (publish/pictures.ts), by their files; none in `npm run check` */
  pictures: ReadonlyMap<string, ProcessedImage>;
  /** the whole site's feeds and calendar */
  subscription: Subscription;
  newsSubscription: Subscription;
  feeds: FeedList[];
  calendars: CalendarList[];
  /** the build's "now" as a calendar day in Copenhagen */
  today: string;
  regions: RegionView[];
  meetings: MeetingView[];
  news: NewsView[];
  themes: TermView[];
  years: YearView[];
  home: { latestNews: NewsView[]; upcoming: MeetingView[]; latestReports: MeetingView[] };
  regionPages: RegionPage[];
  themePages: TermPage[];
  themeIndex: AlphabetPage<TermView>[];
  organisations: OrganisationView[];
  organisationPages: ContributorPage<OrganisationView>[];
  organisationIndex: AlphabetPage<OrganisationView>[];
  people: PersonView[];
  personPages: ContributorPage<PersonView>[];
  personIndex: AlphabetPage<PersonView>[];
  rounds: RoundView[];
  roundPages: RoundPage[];
  roundIndex: ListPage<RoundView>[];
  venues: VenueView[];
  venuePages: VenuePage[];
  venueIndex: AlphabetPage<VenueView>[];
  yearPages: YearPage[];
  newsPages: ListPage<NewsView>[];
}
