// The content as the rest of the build sees it: validated, typed, with nothing left to check.
// Every field's type comes from the schema (FieldsOf): a field added there is here too.
import type { ATTACHMENT_FIELDS, PICTURE_FIELDS } from "./materials-schema.ts";
import type { FieldsOf, MEETING_FIELDS, NEWS_FIELDS, REGION_FIELDS, SPEAKER_FIELDS, VENUE_FIELDS } from "./schema.ts";
import type { ACCESSIBILITY_FIELDS, CMS_FIELDS, LOGO_FIELDS, SETTINGS_FIELDS, SHARE_IMAGE_FIELDS } from "./settings-schema.ts";

export type Region = FieldsOf<typeof REGION_FIELDS>;

export type Venue = FieldsOf<typeof VENUE_FIELDS>;

export type Speaker = FieldsOf<typeof SPEAKER_FIELDS>;

/**
 * `file`: its path in the content folder, beside the report ("meetings/<region>/<name>/slides.pdf")
 * or in media/ ("media/x.pdf"), however the report wrote it; `bytes`: its size.
 */
export type Attachment = FieldsOf<typeof ATTACHMENT_FIELDS> & { bytes?: number };

/** `file` as an attachment's */
export type Picture = FieldsOf<typeof PICTURE_FIELDS>;

/** A report kept as a folder: the folder, and the files beside its index.md by their names there. */
export interface Bundle {
  folder: string;
  files: string[];
}

export interface Meeting extends FieldsOf<typeof MEETING_FIELDS> {
  attachments?: Attachment[];
  bundle?: Bundle;
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

/**
 * `url`: the published site's absolute address, without a trailing slash. Every media file in
 * it (`logo.file`, `image.file`) is a site path, "/media/<name>", whose file exists: the same
 * name without its leading "/" is in `Content.media`.
 */
export type Settings = FieldsOf<typeof SETTINGS_FIELDS>;

export type Logo = FieldsOf<typeof LOGO_FIELDS>;

export type ShareImage = FieldsOf<typeof SHARE_IMAGE_FIELDS>;

export type AccessibilitySettings = FieldsOf<typeof ACCESSIBILITY_FIELDS>;

export type CmsSettings = FieldsOf<typeof CMS_FIELDS>;

export interface Content {
  settings: Settings;
  regions: Region[];
  meetings: Meeting[];
  news: News[];
  /**
   * Every file below the content folder's media/ folder, as paths relative to the content
   * folder ("media/logo.svg", "media/2017/slides.pdf"), sorted; links that lead outside the
   * folder are left out (and reported). Published at the same path under the site's base path.
   */
  media: string[];
}
