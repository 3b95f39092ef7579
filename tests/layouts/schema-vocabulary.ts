// schema.org's vocabulary in the form the structured-data validator reads for its schema.org
// check (a JSON-LD graph of classes and properties, as schema.org publishes it), read from
// schema-dts's typings: they are generated from that same vocabulary file, which is several
// megabytes and would have to be vendored, as the tests cannot download it. Each class is
// given every property it has, its ancestors' included, so no subclass relation is needed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const TYPINGS = join("node_modules", "schema-dts", "dist", "schema.d.ts");

interface Declared {
  parents: string[];
  properties: string[];
  /** the schema.org class, on the interface that fixes "@type" (`EventLeaf` → "Event") */
  type?: string;
}

/** Every interface of schema-dts: its parents, its own properties, its "@type". */
function declarations(): Map<string, Declared> {
  const source = ts.createSourceFile(TYPINGS, readFileSync(TYPINGS, "utf8"), ts.ScriptTarget.Latest);
  const found = new Map<string, Declared>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const declared: Declared = { parents: [], properties: [] };
    for (const clause of statement.heritageClauses ?? [])
      for (const parent of clause.types) if (ts.isIdentifier(parent.expression)) declared.parents.push(parent.expression.text);
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isStringLiteral(member.name)) continue;
      const name = member.name.text;
      const type = member.type;
      if (name !== "@type") declared.properties.push(name);
      else if (type && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) declared.type = type.literal.text;
    }
    found.set(statement.name.text, declared);
  }
  return found;
}

/** schema.org's classes and properties as a JSON-LD graph, `new Validator(schemaOrgVocabulary())` reads it. */
export function schemaOrgVocabulary(): { "@graph": object[] } {
  const interfaces = declarations();
  const propertiesOf = (name: string, seen = new Set<string>()): string[] => {
    const declared = interfaces.get(name);
    if (!declared || seen.has(name)) return [];
    seen.add(name);
    return [...declared.properties, ...declared.parents.flatMap((parent) => propertiesOf(parent, seen))];
  };
  const domains = new Map<string, string[]>();
  const classes: object[] = [];
  for (const [name, declared] of interfaces) {
    if (!declared.type) continue;
    classes.push({ "@id": `schema:${declared.type}`, "@type": "rdfs:Class" });
    for (const property of new Set(propertiesOf(name))) domains.set(property, [...(domains.get(property) ?? []), declared.type]);
  }
  const properties = [...domains].map(([property, types]) => ({
    "@id": `schema:${property}`,
    "@type": "rdf:Property",
    "schema:domainIncludes": types.map((type) => ({ "@id": `schema:${type}` })),
  }));
  return { "@graph": [...classes, ...properties] };
}
