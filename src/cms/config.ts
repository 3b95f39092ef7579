// Decap CMS's configuration, made from the same field descriptions validation uses
// (content/schema.ts), so that the form and the format cannot drift apart: one collection of
// meetings per region (their folders), one of news, each field with the widget that writes
// what validation accepts.
import { MEETING_FIELDS, NEWS_FIELDS, STATUSES, type Field, type MeetingStatus } from "../content/schema.ts";
import { MEDIA_FOLDER, sitePath } from "../content/media.ts";
import type { CmsSettings } from "../content/model.ts";
import { statusLabel } from "../format/status-label.ts";

export interface CmsRegion {
  key: string;
  name: string;
}

type Widget = Record<string, unknown>;

const TIME_PATTERN = ["^([01]\\d|2[0-3]):[0-5]\\d$", "Skriv klokkeslættet som TT:MM, f.eks. 10:00"];
const HTTPS_PATTERN = ["^https://", "Skriv en fuld adresse, der begynder med https://"];
// the form's checks are a first help; npm run check holds the full rules (content/check-strings.ts)
const EMAIL_PATTERN = ["^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "Skriv en e-mailadresse, f.eks. navn@domæne.dk"];
const PHONE_PATTERN = ["^\\(?\\+?[\\d\\s()-]{8,}$", "Skriv et telefonnummer, f.eks. +45 12 34 56 78"];

/** A meeting's status in the readers' words; any other choice as it is written. */
function labelOf(value: string): string {
  return (STATUSES as readonly string[]).includes(value) ? statusLabel(value as MeetingStatus) : value;
}

function widgetOf(type: Field["type"], regions: readonly CmsRegion[]): Widget {
  switch (type.kind) {
    case "text":
      return { widget: "string" };
    case "date":
      return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false, picker_utc: true };
    case "time":
      return { widget: "string", pattern: TIME_PATTERN };
    case "boolean":
      return { widget: "boolean", default: false };
    case "https-url":
      return { widget: "string", pattern: HTTPS_PATTERN };
    case "region":
      return { widget: "select", options: regions.map((region) => ({ label: region.name, value: region.key })) };
    case "one-of":
      return { widget: "select", options: type.values.map((value) => ({ label: labelOf(value), value })) };
    case "media-file":
      // the widget uploads to media/ and writes the file as /media/<name>, the form the format asks for
      return { widget: "image", choose_url: false };
    case "email":
      return { widget: "string", pattern: EMAIL_PATTERN };
    case "phone":
      return { widget: "string", pattern: PHONE_PATTERN };
    case "pattern":
      return { widget: "string", pattern: [type.pattern, `Skriv ${type.expected}`] };
    case "text-list":
    case "meeting-ref-list":
      return { widget: "list" };
    case "object":
      return { widget: "object", fields: type.fields.map((field) => cmsField(field, regions)) };
    case "object-list":
      return { widget: "list", fields: type.fields.map((field) => cmsField(field, regions)) };
  }
}

/** One field of the form: its name, Danish label, widget, whether it is required, an example. */
export function cmsField(field: Field, regions: readonly CmsRegion[]): Widget {
  const label = field.label[0]!.toUpperCase() + field.label.slice(1);
  // a form cannot require a field only sometimes: the hint says when, and npm run check holds it
  const when = field.requiredUnless ? `Skal udfyldes, medmindre "${field.requiredUnless}" er slået til. ` : "";
  return { label, name: field.key, required: field.required, hint: `${when}F.eks. ${field.example}`, ...widgetOf(field.type, regions) };
}

// a report may be empty until the meeting is held
const BODY = { label: "Tekst", name: "body", widget: "markdown", required: false };

/**
 * Every folder is relative to the content folder: that is the root `npm run cms` gives the
 * local backend (src/cms/server.ts), the only folder it reads and writes, and the root of a
 * content repository.
 */
export function cmsConfig(regions: readonly CmsRegion[], published?: CmsSettings): Record<string, unknown> {
  const meetingFields = MEETING_FIELDS.map((field) => cmsField(field, regions));
  // the local backend's root is the content folder; a repository may hold it in a folder
  const inRepository = (folder: string) => (published?.folder ? `${published.folder}/${folder}` : folder);
  return {
    // on this machine `npm run cms` serves the content folder to the form, no login needed;
    // published, the form signs in to GitHub and commits to the content repository
    ...(published
      ? { backend: { name: published.backend, repo: published.repo, branch: published.branch } }
      : { local_backend: true, backend: { name: "git-gateway", branch: "main" } }),
    locale: "da",
    media_folder: inRepository(MEDIA_FOLDER),
    // the format's form, media/ from the site's root whatever the base path: the site's markdown puts it under that
    public_folder: sitePath(MEDIA_FOLDER),
    slug: { encoding: "ascii", clean_accents: true },
    collections: [
      ...regions.map((region) => ({
        name: `moeder-${region.key}`,
        label: `Møder: ${region.name}`,
        label_singular: `møde i ${region.name}`,
        folder: inRepository(`meetings/${region.key}`),
        create: true,
        extension: "md",
        format: "frontmatter",
        slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
        summary: "{{date}}: {{title}}",
        sortable_fields: ["date", "title"],
        // the region is the folder's; the select shows it, already chosen
        fields: [...meetingFields.map((field) => (field.name === "region" ? { ...field, default: region.key } : field)), BODY],
      })),
      {
        name: "nyheder",
        label: "Nyheder",
        label_singular: "nyhed",
        folder: inRepository("news"),
        create: true,
        extension: "md",
        format: "frontmatter",
        path: "{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}",
        slug: "{{slug}}",
        summary: "{{date}}: {{title}}",
        fields: [...NEWS_FIELDS.map((field) => cmsField(field, regions)), BODY],
      },
    ],
  };
}
