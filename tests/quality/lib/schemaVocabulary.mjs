/**
 * The schema.org vocabulary the structured-data gate accepts, read from schema-dts, the package
 * src/lib/structuredData.ts already types its JSON-LD with. schema-dts is generated from schema.org's
 * published vocabulary by Google's maintainers and pinned by the lock file, so the gate and the type
 * check agree on one version of schema.org, and the list updates with the dependency instead of being
 * kept by hand (doc/adr/0006).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let cached;

/** { types, properties, members, version }: every schema.org type, property and enumeration member schema-dts declares. */
export function schemaVocabulary() {
  if (cached) return cached;
  const main = require.resolve('schema-dts');
  const dts = readFileSync(main.replace(/\.js$/, '.d.ts'), 'utf8');
  const version = JSON.parse(readFileSync(main.replace(/dist\/schema\.js$/, 'package.json'), 'utf8')).version;
  // Each type's leaf interface pins its name: `"@type": "TouristAttraction";`
  const types = new Set([...dts.matchAll(/"@type": "([A-Za-z0-9]+)"/g)].map((m) => m[1]));
  // Each property is declared once per type that has it: `"startDate"?: SchemaValue<…>`
  const properties = new Set([...dts.matchAll(/^\s+"([A-Za-z][A-Za-z0-9]*)"\?:/gm)].map((m) => m[1]));
  // Enumeration members are written as full URLs: `"https://schema.org/EventScheduled" | "EventScheduled"`
  const members = new Set([...dts.matchAll(/"https:\/\/schema\.org\/([A-Za-z0-9]+)"/g)].map((m) => m[1]));
  if (types.size < 500 || properties.size < 1000) {
    throw new Error(`schema-dts ${version}: could not read its types (${types.size}) and properties (${properties.size}); has its format changed?`);
  }
  cached = { types, properties, members, version };
  return cached;
}

/** JSON-LD keywords (JSON-LD 1.1, section 1.7) allowed as keys next to schema.org properties. */
export const jsonLdKeywords = new Set(['@context', '@graph', '@id', '@type', '@value', '@language', '@list', '@set', '@reverse', '@base', '@vocab']);

/**
 * Keys that are not schema.org properties but are documented for JSON-LD by a search engine, each with
 * the reason it is allowed. Keep this list short.
 */
export const extraKeys = new Map([
  // Google's sitelinks search box: SearchAction's "query-input" annotation (schema.org "Action
  // annotations", written as property-input); schema-dts has no type for it (src/lib/structuredData.ts).
  ['query-input', 'SearchAction annotation documented by schema.org (Action annotations) and Google'],
]);

/**
 * Problems in one parsed JSON-LD block: unknown @type values, unknown property names, and values that
 * name a schema.org term (https://schema.org/…, e.g. an eventStatus) that does not exist.
 */
export function vocabularyProblems(data) {
  const { types, properties, members } = schemaVocabulary();
  const problems = [];
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${path}[${i}]`));
      return;
    }
    if (typeof node === 'string') {
      const term = /^https?:\/\/schema\.org\/([^/?#]+)$/.exec(node)?.[1];
      if (term && !types.has(term) && !members.has(term) && !properties.has(term)) problems.push(`${path}: ${node} is not a schema.org term`);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') {
        for (const t of [value].flat()) {
          if (typeof t !== 'string' || !types.has(t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''))) {
            problems.push(`${path}: @type ${JSON.stringify(t)} is not a schema.org type`);
          }
        }
      } else if (key === '@context') {
        if (![value].flat().every((c) => typeof c === 'string' && /^https?:\/\/schema\.org\/?$/.test(c))) {
          problems.push(`${path}: @context ${JSON.stringify(value)} is not https://schema.org`);
        }
      } else if (!jsonLdKeywords.has(key) && !properties.has(key) && !extraKeys.has(key)) {
        problems.push(`${path}: "${key}" is not a schema.org property`);
      }
      if (key !== '@context') visit(value, `${path}.${key}`);
    }
  };
  visit(data, '$');
  return problems;
}

/**
 * A schema.org type and every type below it, read from schema-dts's unions
 * (`export type Event = EventLeaf | BusinessEvent | … | Festival | …;`).
 */
export function typeAndSubtypes(name) {
  const main = require.resolve('schema-dts');
  const dts = readFileSync(main.replace(/\.js$/, '.d.ts'), 'utf8');
  const unions = new Map([...dts.matchAll(/^export type ([A-Za-z0-9]+) = ([^;]+);/gm)].map((m) => [m[1], m[2].split('|').map((t) => t.trim())]));
  const out = new Set();
  const visit = (t) => {
    if (out.has(t)) return;
    out.add(t);
    for (const member of unions.get(t) ?? []) if (!member.endsWith('Leaf') && /^[A-Za-z0-9]+$/.test(member)) visit(member);
  };
  visit(name);
  return out;
}
