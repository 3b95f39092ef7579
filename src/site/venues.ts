// Where meetings are held: one page per venue with every meeting there, an index of venues
// by city, and on each meeting the other meetings at its venue.
import type { Venue } from "../content/model.ts";
import { alphabetPages, collator } from "./alphabet.ts";
import { paginate } from "./paginate.ts";
import { Taxonomy, TAXONOMIES } from "./taxonomy.ts";
import { meetingLink } from "./links.ts";
import { routes } from "../routes.ts";
import { i18n } from "../i18n/index.ts";
import type { MeetingLink, MeetingView, SiteData, VenueView } from "./views.ts";

const ONLINE = i18n.onlineVenues;
/** how many other meetings at the same venue a meeting page lists */
const SAME_VENUE_LENGTH = 4;

export class VenueTaxonomy extends Taxonomy<VenueView, MeetingView> {
  constructor() {
    super(TAXONOMIES.venues, () => ({ online: false }));
  }

  /** Venues are told apart by name and city: "Rådhuset" is a different place in each town. */
  addVenue(venue: Venue, file: string): VenueView {
    const view = this.add(venue.name, file, `${venue.name} ${venue.city ?? i18n.paths.onlineVenue}`);
    view.city = venue.city;
    view.online = venue.online;
    return view;
  }
}

export type VenueIndexes = Pick<SiteData, "venues" | "venuePages" | "venueIndex">;

const cityOf = (venue: VenueView) => venue.city ?? ONLINE;

/** `meetings` newest first. Also links each meeting to the other meetings at its venue. */
export function venueIndexes(meetings: readonly MeetingView[], taxonomy: VenueTaxonomy): VenueIndexes {
  for (const meeting of meetings) taxonomy.file(meeting.place, meeting);
  const venues = taxonomy.all();
  for (const venue of venues) {
    const held = taxonomy.entriesOf(venue);
    held.forEach((meeting, index) => (meeting.sameVenue = nearest(held, index)));
  }
  // by city, online venues last, then by name
  venues.sort(
    (a, b) =>
      Number(a.city === undefined) - Number(b.city === undefined) ||
      collator.compare(cityOf(a), cityOf(b)) ||
      collator.compare(a.name, b.name) ||
      (a.slug < b.slug ? -1 : 1),
  );
  return {
    venues,
    venuePages: venues.flatMap((venue) => paginate(taxonomy.entriesOf(venue), venue.url).map((page) => ({ venue, page }))),
    venueIndex: alphabetPages(venues, cityOf, routes.venues),
  };
}

/** The meetings nearest in time to `held[index]`, alternating later and earlier ones. */
function nearest(held: readonly MeetingView[], index: number): MeetingLink[] {
  const links: MeetingLink[] = [];
  for (let distance = 1; links.length < SAME_VENUE_LENGTH && distance < held.length; distance++) {
    for (const other of [held[index - distance], held[index + distance]]) {
      if (other && links.length < SAME_VENUE_LENGTH) links.push(meetingLink(other));
    }
  }
  return links;
}
