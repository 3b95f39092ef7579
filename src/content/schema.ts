// The content format of CONTENT-FORMAT.md as data: one description per front-matter field.
// Validation reads it, and so can anything else that must agree with it (an editor's form,
// the editor's guide, the typed content of model.ts, derived from it by FieldsOf), so the
// format is written down once: a field added here is checked, typed and carried to the views.

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
   * "/media/<name>", or as its path in the content folder, "media/<name>"; typed as the latter
   */
  | { kind: "media-file"; extensions: readonly string[] }
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
  default?: false | string | readonly [];
}

/** The typed value of a field of type `T`, as validation guarantees it. */
type ValueOf<T> = T extends { kind: "boolean" }
  ? boolean
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

const text = { kind: "text" } as const;

export const VENUE_FIELDS = [
  { key: "name", type: text, required: true, label: "stedets navn", example: '"Frederiksberg Rådhus"', use: "page" },
  { key: "city", type: text, required: false, requiredUnless: "online", label: "by", example: '"Frederiksberg"', use: "page" },
  { key: "address", type: text, required: false, label: "adresse", example: '"Smallegade 1"' },
  { key: "online", type: { kind: "boolean" }, required: false, label: "virtuelt møde", example: "true", default: false },
  {
    key: "url",
    type: { kind: "https-url" },
    required: false,
    label: "link til stedet eller mødet",
    example: '"https://www.frederiksberg.dk/"',
  },
] as const satisfies readonly Field[];

export const SPEAKER_FIELDS = [
  { key: "organisation", type: text, required: true, label: "organisation", example: '"Esbjerg Kommune"', use: "page" },
  { key: "name", type: text, required: false, label: "navn", example: '"Martin Dahlstrøm Vinter"', use: "page" },
  { key: "role", type: text, required: false, label: "stilling", example: '"digitaliseringskonsulent"' },
  { key: "topic", type: text, required: false, label: "emne for oplægget", example: '"erfaringer med brugerstyring"' },
] as const satisfies readonly Field[];

export const STATUSES = ["cancelled", "postponed"] as const;
export type MeetingStatus = (typeof STATUSES)[number];

export const MEETING_FIELDS = [
  { key: "title", type: text, required: true, label: "overskrift", example: '"Syddanmark: Brugerstyring i praksis"', use: "heading" },
  { key: "date", type: { kind: "date" }, required: true, label: "mødedato (ÅÅÅÅ-MM-DD)", example: "2017-03-16" },
  { key: "start", type: { kind: "time" }, required: false, label: "starttidspunkt (TT:MM)", example: '"10:00"' },
  { key: "end", type: { kind: "time" }, required: false, label: "sluttidspunkt (TT:MM)", example: '"15:00"' },
  { key: "region", type: { kind: "region" }, required: true, label: "region (nøgle fra _data/regions.yaml)", example: "syddanmark" },
  {
    key: "venue",
    type: { kind: "object", fields: VENUE_FIELDS },
    required: true,
    label: "mødested",
    example: '{ name: "Svendborg Rådhus", city: "Svendborg" }',
  },
  { key: "theme", type: text, required: true, label: "mødets tema", example: '"Brugerstyring"', use: "page" },
  {
    key: "topics",
    type: { kind: "text-list" },
    required: false,
    label: "øvrige emner",
    example: '["Jobfunktionsroller"]',
    use: "page",
    default: [],
  },
  {
    key: "speakers",
    type: { kind: "object-list", fields: SPEAKER_FIELDS },
    required: false,
    label: "oplægsholdere",
    example: '[{ organisation: "KL", name: "Gerner Zinglersen", role: "it-arkitekt" }]',
    default: [],
  },
  { key: "series", type: text, required: false, label: "møderunde", example: '"Møderunde 1, 2017"', use: "page" },
  { key: "summary", type: text, required: false, label: "resumé (en eller to sætninger)", example: '"Kort om mødet."' },
  { key: "status", type: { kind: "one-of", values: STATUSES }, required: false, label: "aflyst eller udsat", example: "cancelled" },
  { key: "draft", type: { kind: "boolean" }, required: false, label: "kladde", example: "true", default: false },
] as const satisfies readonly Field[];

export const NEWS_FIELDS = [
  { key: "title", type: text, required: true, label: "overskrift", example: '"Første møderunde i 2017"', use: "heading" },
  { key: "date", type: { kind: "date" }, required: true, label: "udgivelsesdato (ÅÅÅÅ-MM-DD)", example: "2017-04-11" },
  { key: "summary", type: text, required: false, label: "resumé (en eller to sætninger)", example: '"Kort om artiklen."' },
  { key: "author", type: text, required: false, label: "forfatter", example: '"Zahra Al-Asfoor"' },
  {
    key: "meetings",
    type: { kind: "meeting-ref-list" },
    required: false,
    label: "møder, artiklen handler om (<region>/<filnavn uden .md>)",
    example: "[syddanmark/2017-03-16-brugerstyring]",
    default: [],
  },
  { key: "draft", type: { kind: "boolean" }, required: false, label: "kladde", example: "true", default: false },
] as const satisfies readonly Field[];

export const REGION_FIELDS = [
  { key: "key", type: text, required: true, label: "nøgle (små bogstaver a-z, 0-9 og -)", example: "midt-nord" },
  { key: "name", type: text, required: true, label: "navn", example: '"Midt-Nord"', use: "heading" },
  { key: "description", type: text, required: false, label: "beskrivelse", example: '"Medlemmer fra Midt- og Nordjylland"' },
] as const satisfies readonly Field[];
