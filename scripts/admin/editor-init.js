/**
 * Runs in the editor's page after Decap CMS (bundled into dist/admin/init.js by scripts/admin/lib.mjs,
 * with js-yaml and the rules generated from the schemas). Two things Decap cannot be configured to do:
 *
 * 1. Files are read and written with js-yaml, the parser the build uses (Astro's front matter), so that
 *    what the editor writes is what the build reads: a local time such as "2027-02-07 12:00" is written
 *    in quotes (unquoted, YAML would read a UTC timestamp), empty values and nulls are left out (an
 *    optional field nobody filled is absent, not `url: null` or `image: {}`), for every language.
 * 2. Before saving, fields the schema requires inside an optional object (an image's alt text, credit
 *    and licence) are checked once the object is filled, with the build's message in German; the save
 *    stops and nothing is written.
 */
import yaml from 'js-yaml';

/* global RULES */
const rules = RULES;

function isEmpty(value) {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** The value without empty strings, nulls, empty lists and empty objects, at any depth. */
export function prune(value) {
  if (Array.isArray(value)) return value.map(prune).filter((v) => !isEmpty(v));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (!isEmpty(p)) out[k] = p;
    }
    return out;
  }
  return value;
}

/** YAML as the build reads it; CORE_SCHEMA keeps dates as the strings the editor's date fields use. */
const load = (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
/** Top-level keys in the order of the editor's fields (Decap passes it), the rest after them. */
function ordered(data, sortedKeys = []) {
  const out = {};
  for (const k of sortedKeys) if (k in data) out[k] = data[k];
  for (const k of Object.keys(data)) if (!(k in out)) out[k] = data[k];
  return out;
}

/**
 * js-yaml's default schema knows timestamps, so a string the build would read as a date ("2026-04-30",
 * an all-day event's start) is written in quotes and stays a string.
 */
const dump = (data, sortedKeys) => yaml.dump(ordered(prune(data), sortedKeys), { lineWidth: -1, noRefs: true, quotingType: '"' });

export const frontmatter = {
  fromFile(content) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
    if (!m) return { body: content };
    return { ...load(m[1]), body: m[2].replace(/^\r?\n/, '') };
  },
  toFile(data, sortedKeys) {
    const { body = '', ...meta } = data;
    return `---\n${dump(meta, sortedKeys)}---\n${body ? `\n${body.trim()}\n` : ''}`;
  },
};

export const yamlFile = {
  fromFile: (content) => load(content),
  toFile: (data, sortedKeys) => dump(data, sortedKeys),
};

/** Problems of one language's data: required fields missing in a filled optional object. */
export function problems(collection, data, language) {
  const get = (path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), data);
  return (rules[collection] ?? []).filter((r) => !isEmpty(prune(get(r.object))) && isEmpty(get(r.field))).map((r) => `${language} – ${r.message}`);
}

if (typeof window !== 'undefined' && window.CMS) {
  window.CMS.registerCustomFormat('portal-frontmatter', 'md', frontmatter);
  window.CMS.registerCustomFormat('portal-yaml', 'yaml', yamlFile);
  window.CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const found = problems(collection, entry.get('data').toJS(), 'DE');
      const i18n = entry.get('i18n');
      if (i18n) for (const [locale, value] of i18n.entrySeq()) found.push(...problems(collection, value.get('data').toJS(), locale.toUpperCase()));
      // Thrown, the save stops before anything is written and Decap shows the message.
      if (found.length) throw new Error(found.join('; '));
      return entry.get('data');
    },
  });
}
