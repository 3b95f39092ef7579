import type { Venue } from "../content/model.ts";

/** "Svendborg Rådhus, Ramsherred 5, Svendborg", and an online meeting's link: the place on one line. */
export function venueLine(venue: Venue): string {
  return [venue.name, venue.address, venue.city].filter(Boolean).join(", ") + (venue.online && venue.url ? ` (${venue.url})` : "");
}
