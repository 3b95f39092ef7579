// A meeting's materials, programme and sign-up as its page, feeds and calendar show them:
// each file by the URL it is published at (beside the meeting's page, or in media/), its type
// and size; the talks in time order with what belongs to each; the sign-up while it is open.
import type { Attachment, Meeting } from "../content/model.ts";
import { talkNumber } from "../content/materials-schema.ts";
import { MEDIA_FOLDER } from "../content/media.ts";
import { fileType, type FileType } from "../format/file-type.ts";
import { routes } from "../routes.ts";

export interface MaterialView {
  title: string;
  /** where a reader gets it: the published file, or the link */
  url: string;
  /** a file's type and size; none for a link */
  file?: FileType & { bytes: number };
  /** the talk it belongs to, by its place in the meeting's speakers (from 0) */
  talk?: number;
}

export interface ProgrammeItem {
  /** "10:15" or "10:15-10:45" */
  time: string;
  /** the talk's place in the meeting's speakers (from 0) */
  talk: number;
  materials: MaterialView[];
}

export interface RegistrationView {
  url: string;
  deadline?: string;
  /** true until the deadline (the day included) or, without one, until the meeting's day; never for a cancelled meeting */
  open: boolean;
}

/** Where a file a meeting names is published: beside the meeting's page, or in media/. */
export function publishedUrl(file: string, meetingUrl: string, bundle: string | undefined): string {
  if (file.startsWith(`${MEDIA_FOLDER}/`) || !bundle) return routes.media(file);
  return `${meetingUrl}${file
    .slice(bundle.length + 1)
    .split("/")
    .map(encodeURIComponent)
    .join("/")}`;
}

export function materialsOf(meeting: Meeting, meetingUrl: string): MaterialView[] {
  return (meeting.attachments ?? []).map((attachment) => materialView(attachment, meeting, meetingUrl));
}

function materialView(attachment: Attachment, meeting: Meeting, meetingUrl: string): MaterialView {
  const { title, file, url, speaker } = attachment;
  const number = talkNumber(speaker);
  const talk = number !== undefined ? number - 1 : meeting.speakers.findIndex((talk) => talk.name === speaker);
  return {
    title,
    url: file === undefined ? url! : publishedUrl(file, meetingUrl, meeting.bundle?.folder),
    ...(file !== undefined && { file: { ...fileType(file), bytes: attachment.bytes ?? 0 } }),
    ...(speaker !== undefined && talk >= 0 && { talk }),
  };
}

/** The talks with a time, in time order, each with its materials; none when no talk has a time. */
export function programmeOf(meeting: Meeting, materials: readonly MaterialView[]): ProgrammeItem[] {
  return meeting.speakers
    .flatMap((speaker, talk) => (speaker.time ? [{ time: speaker.time, talk, materials: materials.filter((m) => m.talk === talk) }] : []))
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.talk - b.talk));
}

export function registrationOf(meeting: Meeting, today: string): RegistrationView | undefined {
  const { registration } = meeting;
  if (!registration) return undefined;
  const closes = registration.deadline ?? meeting.date;
  // the meeting's own day is too late to sign up, whatever the deadline says
  return { ...registration, open: today <= closes && today < meeting.date && meeting.status !== "cancelled" };
}
