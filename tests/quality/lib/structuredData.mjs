/**
 * Structured data of the built pages: every JSON-LD block parses as JSON, declares the schema.org
 * context and uses only types and properties schema.org defines (list from schema-dts, see
 * schemaVocabulary.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, documentOf, elements, htmlPages, textOf } from './dist.mjs';
import { typeAndSubtypes, vocabularyProblems } from './schemaVocabulary.mjs';

/** Problems, @type counts, pages without JSON-LD and the number of blocks of a built site. */
export function checkStructuredData(dist) {
  const problems = [];
  const types = new Map();
  const withoutJsonLd = [];
  let blocks = 0;
  let events = 0;
  for (const { file, path } of htmlPages(dist)) {
    const scripts = [...elements(documentOf(file).doc)].filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
    if (scripts.length === 0) withoutJsonLd.push(path);
    for (const [i, script] of scripts.entries()) {
      blocks++;
      const where = `${path} JSON-LD block ${i + 1}`;
      let data;
      try {
        data = JSON.parse(textOf(script));
      } catch (error) {
        problems.push(`${where}: not valid JSON (${error.message})`);
        continue;
      }
      for (const top of [data].flat()) {
        if (!top || typeof top !== 'object' || top['@context'] === undefined) problems.push(`${where}: no @context at the top level`);
      }
      problems.push(...vocabularyProblems(data).map((p) => `${where}: ${p}`));
      problems.push(...eventProblems(data).map((p) => `${where}: ${p}`));
      events += countEvents(data);
      JSON.stringify(data, (key, value) => {
        if (key === '@type') for (const t of [value].flat()) types.set(String(t), (types.get(String(t)) ?? 0) + 1);
        return value;
      });
    }
  }
  return { problems, types, withoutJsonLd, blocks, events };
}

let eventTypes;
/** Event and its subtypes except EventSeries, which is a series of dated events and has no date of its own. */
function datedEventTypes() {
  if (!eventTypes) {
    eventTypes = typeAndSubtypes('Event');
    eventTypes.delete('EventSeries');
  }
  return eventTypes;
}

/** Every object in a JSON-LD block, with its path. */
function* nodes(node, path = '$') {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* nodes(n, `${path}[${i}]`);
    return;
  }
  if (!node || typeof node !== 'object') return;
  yield [node, path];
  for (const [key, value] of Object.entries(node)) yield* nodes(value, `${path}.${key}`);
}

const typesOf = (node) => [node['@type'] ?? []].flat().map((t) => String(t).replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
const isEvent = (node) => typesOf(node).some((t) => datedEventTypes().has(t));

function countEvents(data) {
  let n = 0;
  for (const [node] of nodes(data)) if (isEvent(node)) n++;
  return n;
}

/**
 * Event objects a search engine would reject or that would claim too much: every Event (or subtype,
 * except EventSeries) needs a startDate and a location that is a Place with a name and a postal address
 * naming at least the city. Tentative dates are never published as events, so no status may pretend
 * otherwise than the schema.org statuses.
 */
export function eventProblems(data) {
  const problems = [];
  for (const [node, path] of nodes(data)) {
    if (!isEvent(node)) continue;
    const name = `${path} (${typesOf(node).join(', ')} "${node.name ?? '?'}")`;
    if (typeof node.startDate !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(node.startDate)) problems.push(`${name}: no startDate`);
    const place = [node.location ?? []].flat()[0];
    const address = place && typeof place === 'object' ? place.address : undefined;
    if (!place || typeof place !== 'object' || !place.name) problems.push(`${name}: no location with a name`);
    else if (!address || typeof address !== 'object' || !address.addressLocality) problems.push(`${name}: location "${place.name}" has no postal address with a locality`);
  }
  return problems;
}

/** Pages listed in the sitemap(s) of a built site. */
export function sitemapPaths(dist) {
  return readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
}
