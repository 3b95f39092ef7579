// The schema is the one declaration of a field: its type comes from it (FieldsOf), and the
// typed content carries every field it declares, any added one too, to the site's views.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Meeting } from "../../src/content/model.ts";
import { MEETING_FIELDS, REGION_FIELDS, SPEAKER_FIELDS, withDefaults, type Field, type FieldsOf } from "../../src/content/schema.ts";
import { meeting, site } from "../helpers/content-model.ts";

describe("FieldsOf and withDefaults", () => {
  it("type a field added to a table, optional unless required or with a default", () => {
    const fields = [
      ...MEETING_FIELDS,
      { key: "recording", type: { kind: "https-url" }, required: false, label: "optagelse", example: '"https://video.example.dk/1"' },
    ] as const satisfies readonly Field[];
    expectTypeOf<FieldsOf<typeof fields>>().toHaveProperty("recording").toEqualTypeOf<string | undefined>();
    expectTypeOf<FieldsOf<typeof fields>["topics"]>().toEqualTypeOf<string[]>();
    expectTypeOf<FieldsOf<typeof fields>["status"]>().toEqualTypeOf<"cancelled" | "postponed" | undefined>();
    const typed = withDefaults({ title: "Et møde", venue: { name: "Hobro" }, recording: "https://video.example.dk/1" }, fields);
    expect(typed).toEqual({
      title: "Et møde",
      venue: { name: "Hobro", online: false },
      topics: [],
      speakers: [],
      draft: false,
      recording: "https://video.example.dk/1",
    });
  });

  it("fill defaults in objects and lists of objects too, and give each value a list of its own", () => {
    const rows = [
      { key: "online", type: { kind: "boolean" }, required: false, label: "online", example: "true", default: false },
      { key: "tags", type: { kind: "text-list" }, required: false, label: "tags", example: "[a]", default: [] },
    ] as const satisfies readonly Field[];
    const table = [
      { key: "rows", type: { kind: "object-list", fields: rows }, required: true, label: "rows", example: "[]" },
    ] as const satisfies readonly Field[];
    const typed = withDefaults({ rows: [{}, { online: true, tags: ["x"] }] }, table);
    expect(typed).toEqual({
      rows: [
        { online: false, tags: [] },
        { online: true, tags: ["x"] },
      ],
    });
    expect(withDefaults({ venue: { name: "Hobro" } }, MEETING_FIELDS).venue).toEqual({ name: "Hobro", online: false });
    expect(withDefaults({}, MEETING_FIELDS).topics).not.toBe(withDefaults({}, MEETING_FIELDS).topics);
  });
});

describe("the content's fields on the way to the views", () => {
  it("are all there, each under its own name (the round under round), none dropped", () => {
    const everything: Meeting = meeting("midt-nord/2017-03-07-a", "2017-03-07", {
      start: "10:00",
      end: "12:00",
      series: "Runde 1",
      summary: "Kort.",
      status: "postponed",
      topics: ["Emne"],
      speakers: [{ organisation: "KL", name: "Anna Holm", role: "arkitekt", topic: "Om noget", time: "10:15" }],
      attachments: [{ title: "Slides", file: "media/slides.pdf", speaker: 1 }],
      registration: { url: "https://x.dk/tilmeld", deadline: "2017-03-01" },
      recording: "https://video.example.dk/1",
      image: { file: "media/sal.jpg", alt: "Salen" },
    });
    const { site: data } = site([everything]);
    const [view] = data.meetings;
    const declared = MEETING_FIELDS.map((field): string => field.key).filter((key) => key !== "series");
    expect(declared.filter((key) => !(key in view!))).toEqual([]);
    expect(view!.round?.name).toBe("Runde 1");
    expectTypeOf(view!).toHaveProperty("venue");
    // a speaker's name and organisation as their pages, the rest as they are
    const speaker = view!.speakers[0]!;
    const speakerKeys = SPEAKER_FIELDS.map((field): string => (field.key === "name" ? "person" : field.key));
    expect(speakerKeys.filter((key) => !(key in speaker))).toEqual([]);
    const region = data.regions[0]!;
    expect(REGION_FIELDS.map((field): string => field.key).filter((key) => key !== "description" && !(key in region))).toEqual([]);
  });

  it("leave an optional field written empty out, as if it were not written", () => {
    const typed = withDefaults({ title: "Et møde", series: null, summary: null, status: null }, MEETING_FIELDS);
    expect(typed).toEqual({ title: "Et møde", topics: [], speakers: [], draft: false });
  });
});
