// `_data/site.yaml`, an extension of the format (docs/content-format.md), as data like the
// fields of meetings and news (schema.ts): validation, the typed Settings, the docs and a form
// read these tables. Apart from schema.ts only so that both read in one sitting.
import type { Field } from "./schema.ts";

const text = { kind: "text" } as const;

/** A logo is drawn at any size and is the favicon's source too: a drawing, or a picture with sharp edges. */
export const LOGO_FIELDS = [
  {
    key: "file",
    type: { kind: "media-file", extensions: ["svg", "png"] },
    required: true,
    label: "logoets fil i media/ (SVG eller PNG)",
    example: '"/media/logo.svg"',
  },
  { key: "alt", type: text, required: true, label: "logoets tekst til skærmlæsere", example: '"Kommunernes it-arkitekturnetværk"' },
] as const satisfies readonly Field[];

/** The picture shown when a page is shared; the services that show it read PNG and JPEG, not SVG. */
export const SHARE_IMAGE_FIELDS = [
  {
    key: "file",
    type: { kind: "media-file", extensions: ["png", "jpg", "jpeg"] },
    required: true,
    label: "billedets fil i media/ (PNG eller JPEG, gerne 1200 × 630 punkter)",
    example: '"/media/deling.png"',
  },
  { key: "alt", type: text, required: true, label: "beskrivelse af billedet", example: '"Netværkets logo på hvid baggrund"' },
] as const satisfies readonly Field[];

export const ACCESSIBILITY_FIELDS = [
  {
    key: "statement",
    type: { kind: "https-url", plain: true },
    required: false,
    label: "adressen på tilgængelighedserklæringen i Digitaliseringsstyrelsens WAS-Tool",
    example: '"https://www.was.digst.dk/netvaerk-example-dk"',
  },
  {
    key: "email",
    type: { kind: "email" },
    required: false,
    label: "e-mail til henvendelser om tilgængelighed",
    example: '"tilgaengelighed@netvaerk.example.dk"',
  },
  {
    key: "phone",
    type: { kind: "phone" },
    required: false,
    label: "telefon til henvendelser om tilgængelighed",
    example: '"+45 12 34 56 78"',
  },
] as const satisfies readonly Field[];

export const CMS_BACKENDS = ["github"] as const;

/** GitHub's rules: an owner of letters, digits and single hyphens; a repository name of letters, digits, ".", "_" and "-". */
const GITHUB_REPO = "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$";

/** What git accepts as a branch name, in short: no spaces, ~ ^ : ? * [ \, "..", "//" or "@{", no "/" or "." at either end. */
/** a folder in a repository, as a relative path: "content", "sites/netvaerk" */
const CONTENT_FOLDER = "^(?!\\.)[A-Za-z0-9_-][A-Za-z0-9._-]*(/(?!\\.)[A-Za-z0-9_-][A-Za-z0-9._-]*)*$";
const GIT_BRANCH = "^(?![-/.])(?!.*(?:\\.\\.|//|@\\{|/\\.|\\.lock(?:/|$)|[/.]$))[^\\s~^:?*[\\\\]+$";

export const CMS_FIELDS = [
  { key: "backend", type: { kind: "one-of", values: CMS_BACKENDS }, required: true, label: "hvor indholdet ligger", example: "github" },
  {
    key: "repo",
    type: { kind: "pattern", pattern: GITHUB_REPO, expected: "et GitHub-repo på formen ejer/navn" },
    required: true,
    label: "GitHub-repoet med indholdet (ejer/navn)",
    example: '"kommune/netvaerk-indhold"',
  },
  {
    key: "branch",
    type: { kind: "pattern", pattern: GIT_BRANCH, expected: "navnet på en gren i git, uden mellemrum" },
    required: false,
    label: "grenen, som redigeringer gemmes i",
    example: '"main"',
    default: "main",
  },
  {
    key: "folder",
    type: { kind: "pattern", pattern: CONTENT_FOLDER, expected: "en mappe i repoet, f.eks. content, uden / først og sidst" },
    required: false,
    label: "mappen i repoet, der holder indholdet (meetings/, news/, _data/, media/), hvis det ikke er roden",
    example: '"content"',
  },
] as const satisfies readonly Field[];

export const SETTINGS_FIELDS = [
  { key: "title", type: text, required: true, label: "sidens navn", example: '"Kommunernes it-arkitekturnetværk"', use: "heading" },
  {
    key: "url",
    type: { kind: "https-url", plain: true },
    required: true,
    label: "sidens fulde adresse",
    example: '"https://netvaerk.example.dk"',
  },
  { key: "description", type: text, required: false, label: "kort beskrivelse", example: '"Referater og nyheder"', default: "" },
  {
    key: "attachment_limit_mb",
    type: { kind: "whole-number", min: 1, max: 2000 },
    required: false,
    label: "største fil, et møde må have med, i MB (25, hvis feltet udelades)",
    example: "25",
  },
  {
    key: "logo",
    type: { kind: "object", fields: LOGO_FIELDS },
    required: false,
    label: "logo i sidehovedet, også brugt som ikon i browserens faneblad",
    example: '{ file: "/media/logo.svg", alt: "Kommunernes it-arkitekturnetværk" }',
  },
  {
    key: "image",
    type: { kind: "object", fields: SHARE_IMAGE_FIELDS },
    required: false,
    label: "billede, der vises, når en side deles på sociale medier",
    example: '{ file: "/media/deling.png", alt: "Netværkets logo på hvid baggrund" }',
  },
  {
    key: "accessibility",
    type: { kind: "object", fields: ACCESSIBILITY_FIELDS },
    required: false,
    label: "tilgængelighedserklæring: adressen i WAS-Tool, ellers kontakt til sidens egen erklæring",
    example: '{ email: "tilgaengelighed@netvaerk.example.dk", phone: "+45 12 34 56 78" }',
  },
  {
    key: "cms",
    type: { kind: "object", fields: CMS_FIELDS },
    required: false,
    label: "redigering i browseren på /admin/ (Sveltia CMS) med indholdet på GitHub",
    example: '{ backend: github, repo: "kommune/netvaerk-indhold", branch: "main" }',
  },
] as const satisfies readonly Field[];
