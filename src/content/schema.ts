// The content format of CONTENT-FORMAT.md as data: one description per front-matter field.
// Validation reads it, and so can anything else that must agree with it (an editor's form,
// the editor's guide, the typed content of model.ts, derived from it by FieldsOf), so the
// format is written down once: a field added here is checked, typed and carried to the views.

import { ATTACHMENT_FIELDS, PICTURE_FIELDS, REGISTRATION_FIELDS } from "./materials-schema.ts";
import type { Field } from "./fields.ts";

export { withDefaults, type Field, type FieldsOf, type FieldType } from "./fields.ts";

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

const TIME = "([01]\\d|2[0-3]):[0-5]\\d";

export const SPEAKER_FIELDS = [
  { key: "organisation", type: text, required: true, label: "organisation", example: '"Esbjerg Kommune"', use: "page" },
  { key: "name", type: text, required: false, label: "navn", example: '"Martin Dahlstrøm Vinter"', use: "page" },
  { key: "role", type: text, required: false, label: "stilling", example: '"digitaliseringskonsulent"' },
  { key: "topic", type: text, required: false, label: "emne for oplægget", example: '"erfaringer med brugerstyring"' },
  {
    key: "time",
    type: { kind: "pattern", pattern: `^${TIME}(-${TIME})?$`, expected: 'et klokkeslæt som "10:15" eller et tidsrum som "10:15-10:45"' },
    required: false,
    label: "tidspunkt i programmet (TT:MM eller TT:MM-TT:MM)",
    example: '"10:15-10:45"',
  },
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
  {
    key: "attachments",
    type: { kind: "object-list", fields: ATTACHMENT_FIELDS },
    required: false,
    label: "materialer: præsentationer, program, dokumenter",
    example: '[{ title: "Præsentation fra KL", file: "slides-kl.pdf", speaker: 1 }]',
  },
  {
    key: "registration",
    type: { kind: "object", fields: REGISTRATION_FIELDS },
    required: false,
    label: "tilmelding til et kommende møde",
    example: '{ url: "https://www.kl.dk/tilmelding", deadline: 2017-03-01 }',
  },
  { key: "recording", type: { kind: "https-url" }, required: false, label: "optagelse af mødet", example: '"https://vimeo.com/123456"' },
  {
    key: "image",
    type: { kind: "object", fields: PICTURE_FIELDS },
    required: false,
    label: "billede fra mødet",
    example: '{ file: "salen.jpg", alt: "Deltagerne i byrådssalen" }',
  },
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
