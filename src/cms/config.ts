// Decap CMS's configuration, made from the same field descriptions validation uses
// (content/schema.ts), so that the form and the format cannot drift apart: one collection of
// meetings per region (their folders), one of news, each field with the widget that writes
// what validation accepts. A new meeting is written as a folder, `<date>-<slug>/index.md`, so
// that the files uploaded in its form (slides, a picture) land beside it, named by their names,
// as the format's bundles have them (content/bundles.ts).
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

const IMAGE_TYPES = new Set(["svg", "png", "jpg", "jpeg", "webp"]);
// the form writes what is typed as text, and the text "1" names a speaker called "1" (check-materials.ts)

/** A meeting's status in the readers' words; any other choice as it is written. */
function labelOf(value: string): string {
  return (STATUSES as readonly string[]).includes(value) ? statusLabel(value as MeetingStatus) : value;
}

/** `optional`, `label`: of the field that has this type, for the fields of an object it may leave out */
function widgetOf(type: Field["type"], regions: readonly CmsRegion[], optional: boolean, label: string): Widget {
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
      // in a meeting, beside its index.md by its name; elsewhere in media/ as /media/<name> (cmsConfig's folders)
      return { widget: type.extensions.every((extension) => IMAGE_TYPES.has(extension)) ? "image" : "file", choose_url: false };
    case "speaker-ref":
      // a number or a name (check holds it to the meeting's talks): a meeting saved with speaker: 1 stays editable
      return { widget: "string" };
    case "whole-number":
      return { widget: "number", value_type: "int", min: type.min, max: type.max };
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
      return { widget: "object", fields: type.fields.map((field) => cmsField(field, regions, optional ? label : undefined)) };
    case "object-list":
      // a list's entries exist only once added, so their fields are required as the format says
      return { widget: "list", fields: type.fields.map((field) => cmsField(field, regions)) };
  }
}

/**
 * One field of the form: its name, Danish label, widget, whether it is required, an example.
 * `within`: the label of the optional object the field belongs to (a meeting's picture).
 */
export function cmsField(field: Field, regions: readonly CmsRegion[], within?: string): Widget {
  const label = field.label[0]!.toUpperCase() + field.label.slice(1);
  // a form cannot require a field only sometimes: the hint says when, and npm run check holds it.
  // Decap checks an object's required fields even when the object is left empty, so inside an
  // optional one (a picture, a sign-up) they are required only once the object is used.
  const when = field.requiredUnless
    ? `Skal udfyldes, medmindre "${field.requiredUnless}" er slået til. `
    : within && field.required
      ? `Skal udfyldes, når "${within}" bruges. `
      : "";
  const speaker = field.type.kind === "speaker-ref" ? 'Skriv oplægsholderens navn, f.eks. "Gerner Zinglersen".' : "";
  return {
    label,
    name: field.key,
    required: field.required && !within,
    hint: speaker || `${when}F.eks. ${field.example}`,
    ...widgetOf(field.type, regions, !field.required, label),
  };
}

// a report may be empty until the meeting is held
const BODY = { label: "Tekst", name: "body", widget: "markdown", required: false };

/**
 * A region's meetings. A new one is written as a folder, `<date>-<slug>/index.md`, and the files
 * uploaded in its form go to the folder of its file (media_folder "" is that folder in Decap,
 * entries.ts selectMediaFolder, and in Sveltia, config/folders/assets.js), written by their names
 * (public_folder ""). Decap lists every .md file as deep as `path` goes (backend.ts
 * collectionDepth), so its collection shows the meetings kept as one file too, and keeps them
 * where they are when they are edited (it moves an entry only by a `meta` path). Sveltia lists
 * only the files that `path` matches (file/config.js getEntryPathRegEx): published, those
 * meetings get a collection of their own, whose uploads go to media/, the place a report kept as
 * one file names its files in.
 */
function meetingCollections(region: CmsRegion, fields: Widget[], inRepository: (folder: string) => string, published: boolean): Widget[] {
  const common = {
    folder: inRepository(`meetings/${region.key}`),
    extension: "md",
    format: "frontmatter",
    summary: "{{date}}: {{title}}",
    sortable_fields: ["date", "title"],
    fields,
  };
  const folders = {
    name: `moeder-${region.key}`,
    label: `Møder: ${region.name}`,
    label_singular: `møde i ${region.name}`,
    create: true,
    path: "{{year}}-{{month}}-{{day}}-{{slug}}/index",
    slug: "{{slug}}",
    media_folder: "",
    public_folder: "",
    ...common,
  };
  if (!published) return [folders];
  const files = {
    name: `moeder-${region.key}-filer`,
    label: `Møder: ${region.name}, ældre referater i én fil`,
    label_singular: `møde i ${region.name}`,
    create: false,
    ...common,
  };
  return [folders, files];
}

/**
 * Every folder is relative to the content folder: that is the root `npm run cms` gives the
 * local backend (src/cms/server.ts), the only folder it reads and writes, and the root of a
 * content repository.
 */
export function cmsConfig(regions: readonly CmsRegion[], published?: CmsSettings): Record<string, unknown> {
  const meetingFields = MEETING_FIELDS.map((field) => cmsField(field, regions));
  // the region is the folder's; the select shows it, already chosen
  const fields = (region: CmsRegion) => [
    ...meetingFields.map((field) => (field.name === "region" ? { ...field, default: region.key } : field)),
    BODY,
  ];
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
      ...regions.flatMap((region) => meetingCollections(region, fields(region), inRepository, published !== undefined)),
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
