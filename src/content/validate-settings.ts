// `_data/site.yaml` in, the typed settings out: its fields checked against SETTINGS_FIELDS,
// and the one rule that spans fields: a site says where its accessibility statement is, or
// whom readers can write or call about accessibility, which the built-in statement names.
import { checkFields } from "./check-fields.ts";
import type { Settings } from "./model.ts";
import type { YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import { withDefaults } from "./schema.ts";
import { ACCESSIBILITY_FIELDS, SETTINGS_FIELDS } from "./settings-schema.ts";
import { isBlank, isRecord } from "./values.ts";

const DEFAULT_SETTINGS: Settings = { title: "Mødereferater", url: "http://localhost:8080", description: "" };

/** `mediaFiles`: every file below media/ ("media/logo.svg"), which `logo` and `image` must name. */
export function validateSettings(
  source: YamlSource | undefined,
  mediaFiles: ReadonlySet<string> = new Set(),
): { settings: Settings; problems: Problem[] } {
  if (!source) return { settings: DEFAULT_SETTINGS, problems: [] };
  const problems = [...source.problems];
  const data = isRecord(source.data) ? source.data : {};
  if (!problems.length) {
    checkFields(source, data, SETTINGS_FIELDS, [], { regionKeys: [], mediaFiles }, problems);
    checkAccessibility(source, data, problems);
  }
  if (problems.some((problem) => problem.severity === "error")) return { settings: DEFAULT_SETTINGS, problems };
  const settings = withDefaults(data, SETTINGS_FIELDS);
  return { settings: { ...settings, url: settings.url.replace(/\/+$/, "") }, problems };
}

/**
 * A warning, not an error: a site in the making may publish before its statement is written,
 * but a public body must say where readers can turn (webtilgængelighedsloven § 4).
 */
function checkAccessibility(source: YamlSource, data: Record<string, unknown>, problems: Problem[]): void {
  const given = data.accessibility ?? {};
  // a value that is not fields is an error of its own already
  if (!isRecord(given) || ACCESSIBILITY_FIELDS.some((field) => !isBlank(given[field.key]))) return;
  problems.push({
    severity: "warning",
    file: source.file,
    ...source.positionOf(["accessibility"]),
    field: "accessibility",
    message:
      "siden har hverken adressen på en tilgængelighedserklæring i Digitaliseringsstyrelsens WAS-Tool eller en e-mail eller et telefonnummer, som læserne kan henvende sig til om tilgængelighed; sidens egen erklæring kan ikke sige, hvem de skal kontakte.",
    hint: 'Tilføj f.eks.\naccessibility:\n  email: "tilgaengelighed@netvaerk.example.dk"\n  phone: "+45 12 34 56 78"\neller adressen på erklæringen i WAS-Tool: statement: "https://www.was.digst.dk/netvaerk-example-dk"',
  });
}
