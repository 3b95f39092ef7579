import { describe, expect, it } from "vitest";
import { cmsConfig, cmsField } from "../../src/cms/config.ts";
import { MEETING_FIELDS, NEWS_FIELDS, STATUSES, type Field } from "../../src/content/schema.ts";
import { ACCESSIBILITY_FIELDS, CMS_FIELDS, LOGO_FIELDS } from "../../src/content/settings-schema.ts";

const REGIONS = [
  { key: "midt-nord", name: "Midt-Nord" },
  { key: "syddanmark", name: "Syddanmark" },
];

interface CmsField {
  name: string;
  required: boolean;
  widget: string;
  fields?: CmsField[];
  options?: { label?: string; value: string }[];
  pattern?: string[];
  hint?: string;
  default?: unknown;
}

const WIDGETS: Record<Field["type"]["kind"], string> = {
  text: "string",
  date: "datetime",
  time: "string",
  boolean: "boolean",
  "https-url": "string",
  region: "select",
  "one-of": "select",
  "text-list": "list",
  "meeting-ref-list": "list",
  "speaker-ref": "string",
  "whole-number": "number",
  "media-file": "image",
  email: "string",
  phone: "string",
  pattern: "string",
  object: "object",
  "object-list": "list",
};

/**
 * Every field of the form agrees with the schema: the same names, required, widgets, and nested
 * fields. `optional`: the fields belong to an object that may be left out, which Decap would
 * not let an editor leave empty if its fields were required there: the hint says they are.
 */
function expectSameFields(form: CmsField[], schema: readonly Field[], path: string, optional = false): void {
  expect(
    form.map((field) => field.name),
    path,
  ).toEqual(schema.map((field) => field.key));
  schema.forEach((field, index) => {
    const widget = form[index]!;
    const where = `${path}.${field.key}`;
    expect(widget.required, where).toBe(field.required && !optional);
    if (field.required && optional) expect(widget.hint, where).toMatch(/^Skal udfyldes, når "/);
    // a field of pictures only gets the image widget, which shows them; any other file the file widget
    const kind = field.type.kind === "media-file" && field.type.extensions.includes("pdf") ? "file" : WIDGETS[field.type.kind];
    expect(widget.widget, where).toBe(kind);
    if (field.type.kind === "object") expectSameFields(widget.fields!, field.type.fields, where, !field.required);
    // a list's entries exist only once added: their fields are required as the format says
    if (field.type.kind === "object-list") expectSameFields(widget.fields!, field.type.fields, where);
    if (field.type.kind === "time")
      expect(new RegExp(widget.pattern![0]!).test("09:30") && !new RegExp(widget.pattern![0]!).test("9.30"), where).toBe(true);
    if (field.type.kind === "https-url") expect(new RegExp(widget.pattern![0]!).test("http://x.dk"), where).toBe(false);
  });
}

describe("the CMS configuration", () => {
  const config = cmsConfig(REGIONS) as {
    local_backend: boolean;
    media_folder: string;
    public_folder: string;
    collections: {
      name: string;
      folder: string;
      path?: string;
      slug: string;
      media_folder?: string;
      public_folder?: string;
      fields: CmsField[];
    }[];
  };

  it("has a meetings collection per region, in the region's folder, and one of news", () => {
    expect(config.local_backend).toBe(true);
    expect(config.collections.map((collection) => [collection.name, collection.folder])).toEqual([
      ["moeder-midt-nord", "meetings/midt-nord"],
      ["moeder-syddanmark", "meetings/syddanmark"],
      ["nyheder", "news"],
    ]);
    expect(config.collections[2]!.path).toBe("{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}");
  });

  // Decap's folder collections: `path` names the entry's file below `folder` (a depth of two also
  // lists the meetings kept as one file), and an empty media_folder is the entry file's folder
  it("writes a new meeting as a folder, with the files uploaded in its form beside its index.md, by their names", () => {
    for (const meetings of config.collections.slice(0, 2)) {
      expect(meetings.path, meetings.name).toBe("{{year}}-{{month}}-{{day}}-{{slug}}/index");
      expect(meetings.slug, meetings.name).toBe("{{slug}}");
      expect(meetings.media_folder, meetings.name).toBe("");
      expect(meetings.public_folder, meetings.name).toBe("");
    }
    // news link to media/, as before
    expect(config.collections[2]!.media_folder).toBeUndefined();
  });

  it("uploads a meeting's slides with the file widget and its picture with the image widget", () => {
    const fields = Object.fromEntries(config.collections[0]!.fields.map((field) => [field.name, field]));
    expect(fields.attachments!.fields!.find((field) => field.name === "file")).toMatchObject({ widget: "file", required: false });
    expect(fields.image!.fields!.find((field) => field.name === "file")).toMatchObject({ widget: "image", required: false });
    expect(fields.registration).toMatchObject({ widget: "object", required: false });
  });

  it("checks a talk's time, a recording's address and the speaker an attachment belongs to, as far as a pattern can", () => {
    const meeting = config.collections[0]!.fields;
    const speakers = meeting.find((field) => field.name === "speakers")!.fields!;
    const time = new RegExp(speakers.find((field) => field.name === "time")!.pattern![0]!);
    for (const good of ["10:15", "10:15-10:45"]) expect(time.test(good), good).toBe(true);
    for (const bad of ["10.15", "9:15", "10:15 - 10:45"]) expect(time.test(bad), bad).toBe(false);
    const recording = new RegExp(meeting.find((field) => field.name === "recording")!.pattern![0]!);
    expect(recording.test("https://vimeo.com/123456") && !recording.test("http://vimeo.com/123456")).toBe(true);
    // the form writes text: "1" is talk 1 to check as 1 is, so a meeting saved with speaker: 1 stays editable
    const attachment = meeting.find((field) => field.name === "attachments")!.fields!;
    const speaker = attachment.find((field) => field.name === "speaker")!;
    expect(speaker).toMatchObject({ widget: "string", required: false });
    expect(speaker.pattern).toBeUndefined();
  });

  // `npm run cms` makes the content folder the backend's root: it can reach nothing else
  it("names every folder relative to the content folder, inside it", () => {
    const folders = [config.media_folder, ...config.collections.map((collection) => collection.folder)];
    expect(config.media_folder).toBe("media");
    // what the format asks links to be, under any base path
    expect(config.public_folder).toBe("/media");
    for (const folder of folders) {
      expect(folder).not.toMatch(/^(\/|content\/)/);
      expect(folder.split("/")).not.toContain("..");
    }
  });

  it("matches the schema field by field, with the markdown body last", () => {
    for (const collection of config.collections) {
      const fields = collection.fields.slice(0, -1);
      expect(collection.fields.at(-1)).toMatchObject({ name: "body", widget: "markdown" });
      expectSameFields(fields, collection.name === "nyheder" ? NEWS_FIELDS : MEETING_FIELDS, collection.name);
    }
  });

  it("offers the regions of regions.yaml and the statuses of the format as choices", () => {
    const syddanmark = config.collections[1]!.fields;
    const region = syddanmark.find((field) => field.name === "region")!;
    expect(region.options!.map((option) => option.value)).toEqual(["midt-nord", "syddanmark"]);
    expect(region.default).toBe("syddanmark");
    expect(syddanmark.find((field) => field.name === "status")!.options!.map((option) => option.value)).toEqual([...STATUSES]);
  });
});

describe("the form's fields for site.yaml's settings", () => {
  const widgets = (fields: readonly Field[]): Record<string, CmsField> =>
    Object.fromEntries(fields.map((field) => [field.key, cmsField(field, REGIONS) as unknown as CmsField]));

  it("upload files to media/ and check what npm run check checks, as far as a pattern can", () => {
    expect(widgets(LOGO_FIELDS).file).toMatchObject({ widget: "image", required: true });
    const { email, phone } = widgets(ACCESSIBILITY_FIELDS);
    expect(new RegExp(email!.pattern![0]!).test("a@net.example.dk") && !new RegExp(email!.pattern![0]!).test("a@net")).toBe(true);
    for (const number of ["+45 12 34 56 78", "(+45) 1234-5678"]) expect(new RegExp(phone!.pattern![0]!).test(number), number).toBe(true);
    const { backend, repo, branch } = widgets(CMS_FIELDS);
    expect(backend!.options).toEqual([{ label: "github", value: "github" }]);
    expect(new RegExp(repo!.pattern![0]!).test("kommune/net-indhold") && !new RegExp(repo!.pattern![0]!).test("kommune")).toBe(true);
    expect(new RegExp(branch!.pattern![0]!).test("main") && !new RegExp(branch!.pattern![0]!).test("min gren")).toBe(true);
  });

  it("published, commits to the GitHub repository, into the content's folder there", () => {
    const published = cmsConfig(REGIONS, { backend: "github", repo: "netvaerk/referat", branch: "main", folder: "content" }) as {
      backend: unknown;
      local_backend?: boolean;
      media_folder: string;
      public_folder: string;
      collections: { name: string; folder: string; path?: string; create: boolean; media_folder?: string; fields: CmsField[] }[];
    };
    expect(published.backend).toEqual({ name: "github", repo: "netvaerk/referat", branch: "main" });
    expect(published.local_backend).toBeUndefined();
    expect(published.media_folder).toBe("content/media");
    expect(published.public_folder).toBe("/media");
    // Sveltia lists only the files a collection's `path` matches: the meetings kept as one file
    // get a collection of their own, which makes none
    expect(published.collections.map((collection) => [collection.name, collection.folder])).toEqual([
      ["moeder-midt-nord", "content/meetings/midt-nord"],
      ["moeder-midt-nord-filer", "content/meetings/midt-nord"],
      ["moeder-syddanmark", "content/meetings/syddanmark"],
      ["moeder-syddanmark-filer", "content/meetings/syddanmark"],
      ["nyheder", "content/news"],
    ]);
    const [folders, files] = published.collections;
    // relative to each meeting's own file, wherever the repository keeps the content
    expect(folders).toMatchObject({ path: "{{year}}-{{month}}-{{day}}-{{slug}}/index", media_folder: "", create: true });
    // a report kept as one file names its files in media/, where the global media_folder puts them
    expect(files).toMatchObject({ create: false });
    expect(files!.path).toBeUndefined();
    expect(files!.media_folder).toBeUndefined();
    expectSameFields(files!.fields.slice(0, -1), MEETING_FIELDS, files!.name);
    const atRoot = cmsConfig(REGIONS, { backend: "github", repo: "netvaerk/indhold", branch: "main" }) as {
      media_folder: string;
    };
    expect(atRoot.media_folder).toBe("media");
  });
});
