// The schema is the one declaration of a field: its type comes from it (FieldsOf), and the
// typed content carries every field it declares, any added one too, to the site's views.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Meeting } from "../../src/content/model.ts";
import { MEETING_FIELDS, withDefaults, type Field, type FieldsOf } from "../../src/content/schema.ts";
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

  it("fill defaults in lists of objects too, and give each value a list of its own", () => {
    const first = withDefaults({ speakers: [{ organisation: "KL" }] }, MEETING_FIELDS);
    const second = withDefaults({}, MEETING_FIELDS);
    expect(first.speakers).toEqual([{ organisation: "KL" }]);
    expect(second.topics).not.toBe(withDefaults({}, MEETING_FIELDS).topics);
  });
});

describe("a meeting's fields on the way to its view", () => {
  it("are all there, each under its own name (the round under round), none dropped", () => {
    const everything: Meeting = meeting("midt-nord/2017-03-07-a", "2017-03-07", {
      start: "10:00",
      end: "12:00",
      series: "Runde 1",
      summary: "Kort.",
      status: "postponed",
      topics: ["Emne"],
      speakers: [{ organisation: "KL" }],
    });
    const [view] = site([everything]).site.meetings;
    const declared = MEETING_FIELDS.map((field): string => field.key).filter((key) => key !== "series");
    expect(declared.filter((key) => !(key in view!))).toEqual([]);
    expect(view!.round?.name).toBe("Runde 1");
    expectTypeOf(view!).toHaveProperty("venue");
  });
});
