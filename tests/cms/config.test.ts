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
  "media-file": "image",
  email: "string",
  phone: "string",
  pattern: "string",
  object: "object",
  "object-list": "list",
};

/** Every field of the form agrees with the schema: the same names, required, widgets, and nested fields. */
function expectSameFields(form: CmsField[], schema: readonly Field[], path: string): void {
  expect(
    form.map((field) => field.name),
    path,
  ).toEqual(schema.map((field) => field.key));
  schema.forEach((field, index) => {
    const widget = form[index]!;
    const where = `${path}.${field.key}`;
    expect(widget.required, where).toBe(field.required);
    expect(widget.widget, where).toBe(WIDGETS[field.type.kind]);
    if (field.type.kind === "object" || field.type.kind === "object-list") expectSameFields(widget.fields!, field.type.fields, where);
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
    collections: { name: string; folder: string; path?: string; fields: CmsField[] }[];
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
      collections: { folder: string }[];
    };
    expect(published.backend).toEqual({ name: "github", repo: "netvaerk/referat", branch: "main" });
    expect(published.local_backend).toBeUndefined();
    expect(published.media_folder).toBe("content/media");
    expect(published.public_folder).toBe("/media");
    expect(published.collections.map((collection) => collection.folder)).toEqual([
      "content/meetings/midt-nord",
      "content/meetings/syddanmark",
      "content/news",
    ]);
    const atRoot = cmsConfig(REGIONS, { backend: "github", repo: "netvaerk/indhold", branch: "main" }) as {
      media_folder: string;
    };
    expect(atRoot.media_folder).toBe("media");
  });
});
