import type { MeetingLink, MeetingView } from "./views.ts";

/** What a page needs to link to another meeting, without holding on to all of it. */
export function meetingLink(meeting: MeetingView): MeetingLink {
  return { title: meeting.title, url: meeting.url, date: meeting.date, regionName: meeting.region.name, status: meeting.status };
}
