// What a front-matter field can be (its type, whether it is required, its label and example for
// editors), the typed value a table of fields describes (FieldsOf), and the typed content made
// from checked data (withDefaults). The tables themselves are in schema.ts, materials-schema.ts
// and settings-schema.ts.

export type FieldType =
  | { kind: "text" }
  | { kind: "date" }
  | { kind: "time" }
  | { kind: "boolean" }
  /** `plain`: no user name, query or fragment (the site's own address, copied into every feed and calendar) */
  | { kind: "https-url"; plain?: boolean }
  | { kind: "region" }
  | { kind: "one-of"; values: readonly string[] }
  | { kind: "text-list" }
  | { kind: "meeting-ref-list" }
  /**
   * a file in the content folder's media/ folder, written as the text's links write it,
   * "/media/<name>", or as its path in the content folder, "media/<name>"; typed as the latter.
   * `inBundle`: or a file beside a report kept as a folder ("bundle"), written by its name there.
   */
  | { kind: "media-file"; extensions: readonly string[]; inBundle?: boolean }
  /** a talk of the meeting: its number in `speakers`, counted from 1, or its speaker's name */
  | { kind: "speaker-ref" }
  | { kind: "whole-number"; min: number; max: number }
  | { kind: "email" }
  /** a phone number as readers dial it: digits, spaces, +, - and parentheses */
  | { kind: "phone" }
  /** text that must match `pattern` (a regular expression, as a form's field can also check it); `expected` says what, in Danish */
  | { kind: "pattern"; pattern: string; expected: string }
  | { kind: "object"; fields: readonly Field[] }
  | { kind: "object-list"; fields: readonly Field[] };

export interface Field {
  key: string;
  type: FieldType;
  required: boolean;
  /** required unless this sibling field is true (a venue's city, unless it is online) */
  requiredUnless?: string;
  /** what the field is, in Danish, for editors */
  label: string;
  /** a valid example value as an editor would write it in YAML */
  example: string;
  /**
   * For text: "page" when the text names a page of its own (a theme, an organisation), so it
   * needs a letter or digit and a readable length; "heading" when it is shown as a heading
   * (a title). Both are names, which may not hold characters that turn the writing direction.
   */
  use?: "page" | "heading";
  /** the value when the field is left out: such a field is always there in the typed content */
  default?: false | string | number | readonly [];
}

/** The typed value of a field of type `T`, as validation guarantees it. */
type ValueOf<T> = T extends { kind: "boolean" }
  ? boolean
  : T extends { kind: "whole-number" }
    ? number
    : T extends { kind: "speaker-ref" }
      ? number | string
      : T extends { kind: "one-of"; values: readonly (infer V)[] }
        ? V
        : T extends { kind: "text-list" | "meeting-ref-list" }
          ? string[]
          : T extends { kind: "object"; fields: infer F extends readonly Field[] }
            ? FieldsOf<F>
            : T extends { kind: "object-list"; fields: infer F extends readonly Field[] }
              ? FieldsOf<F>[]
              : string;

/** The fields that are always there: required, or with a default. */
type Always<F> = F extends { required: true } | { default: unknown } ? F : never;

type Flat<T> = { [K in keyof T]: T[K] };

/** The typed front-matter a table of fields describes. */
export type FieldsOf<F extends readonly Field[]> = Flat<
  { [K in Always<F[number]> as K["key"]]: ValueOf<K["type"]> } & {
    [K in Exclude<F[number], Always<F[number]>> as K["key"]]?: ValueOf<K["type"]>;
  }
>;

/**
 * Validated `data` as the typed content: the fields of `fields` in their order, defaults filled
 * in, media files as their paths in the content folder, objects and lists of objects likewise.
 * Any field the table gains comes along.
 */
export function withDefaults<F extends readonly Field[]>(data: Record<string, unknown>, fields: F): FieldsOf<F> {
  const typed: Record<string, unknown> = {};
  for (const field of fields) {
    const value = data[field.key] ?? (Array.isArray(field.default) ? [] : field.default);
    if (value === undefined) continue;
    const type = field.type;
    if (type.kind === "object") typed[field.key] = withDefaults(value as Record<string, unknown>, type.fields);
    else if (type.kind === "object-list")
      typed[field.key] = (value as Record<string, unknown>[]).map((item) => withDefaults(item, type.fields));
    // one spelling for the build, which finds the file in the content folder and in Content.media
    else if (type.kind === "media-file") typed[field.key] = (value as string).replace(/^\//, "");
    else typed[field.key] = value;
  }
  return typed as FieldsOf<F>;
}
