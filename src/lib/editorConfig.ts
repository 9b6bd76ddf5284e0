/**
 * The web editor's configuration (Decap CMS, doc/adr/0008-web-editor.md), generated from the content
 * schemas: every collection and field, required fields, enumerations, references, length limits and
 * patterns with the build's messages in German. scripts/admin/build.mjs writes it to dist/admin/config.yml;
 * `npm run edit` serves a local variant of it. Pure functions, no Astro imports.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { businessSchema } from '../schemas/business';
import { contactSchema } from '../schemas/contact';
import { districtSchema } from '../schemas/district';
import { eventSchema } from '../schemas/event';
import { festivalSchema } from '../schemas/festival';
import { figureSchema } from '../schemas/figure';
import { newsSchema } from '../schemas/news';
import { pageSchema } from '../schemas/page';
import { placeSchema } from '../schemas/place';
import { routeSchema } from '../schemas/route';
import { type Check, type FieldShape, type Shape, fieldsOf, imageStandIn } from './editorSchema';
import { generic, germanMessage } from './editorMessages';
import { fieldLabels } from './editorLabels';
import { languages } from '../i18n/languages';

/** A field named after a language of the registry (label.nl, name.nl …) is labelled with that language's German name. */
function languageName(name: string): string | undefined {
  if (!languages.some((l) => l.code === name)) return undefined;
  const german = new Intl.DisplayNames('de', { type: 'language' }).of(name);
  return german ? german[0].toUpperCase() + german.slice(1) : undefined;
}

const ctx = { image: imageStandIn } as unknown as SchemaContext;

export interface CollectionSpec {
  name: string;
  label: string;
  labelSingular: string;
  /** Folder below the repository root. */
  folder: string;
  schema: z.core.$ZodType;
  /** Markdown in de/ and en/ (true), German only (['de']), or YAML data files (false). */
  languages: false | true | ['de'];
  /** Field shown in the list. */
  summary: string;
  /** Fields the list can be sorted by. */
  sortable: string[];
}

/** The content collections of src/content.config.ts, in the order the editor lists them. */
export const collectionSpecs: CollectionSpec[] = [
  { name: 'events', label: 'Veranstaltungen', labelSingular: 'Veranstaltung', folder: 'content/events', schema: eventSchema(ctx), languages: true, summary: '{{start}} · {{title}}', sortable: ['start', 'title', 'reviewed'] },
  { name: 'places', label: 'Orte', labelSingular: 'Ort', folder: 'content/places', schema: placeSchema(ctx), languages: true, summary: '{{title}} ({{district}})', sortable: ['title', 'reviewed'] },
  { name: 'news', label: 'Aktuelles', labelSingular: 'Meldung', folder: 'content/news', schema: newsSchema(ctx), languages: true, summary: '{{date}} · {{title}}', sortable: ['date', 'title', 'reviewed'] },
  { name: 'pages', label: 'Seiten', labelSingular: 'Seite', folder: 'content/pages', schema: pageSchema, languages: true, summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'practical', label: 'Praktisches', labelSingular: 'Praktische Seite', folder: 'content/practical', schema: pageSchema, languages: true, summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'easy', label: 'Leichte Sprache', labelSingular: 'Seite in Leichter Sprache', folder: 'content/easy', schema: pageSchema, languages: ['de'], summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'festivals', label: 'Feste und Reihen', labelSingular: 'Fest oder Reihe', folder: 'content/festivals', schema: festivalSchema(ctx), languages: true, summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'routes', label: 'Touren', labelSingular: 'Tour', folder: 'content/routes', schema: routeSchema(ctx), languages: true, summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'districts', label: 'Stadtbezirke', labelSingular: 'Stadtbezirk', folder: 'content/districts', schema: districtSchema(ctx), languages: true, summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'business', label: 'Wirtschaft', labelSingular: 'Wirtschaftsseite', folder: 'content/business', schema: businessSchema(ctx), languages: true, summary: '{{title}}', sortable: ['title', 'reviewed'] },
  { name: 'figures', label: 'Zahlen', labelSingular: 'Zahl', folder: 'content/figures', schema: figureSchema, languages: false, summary: '{{label.de}}: {{value}}', sortable: ['date'] },
  { name: 'contacts', label: 'Ansprechpartner', labelSingular: 'Ansprechpartner', folder: 'content/contacts', schema: contactSchema, languages: false, summary: '{{name.de}}', sortable: ['reviewed'] },
];

/**
 * Fields that are the same in the German and the English file (facts, keys, dates): written once, copied
 * into the other language. Everything else is written in each language.
 */
export const sharedFields = new Set([
  'key', 'owner', 'reviewed', 'draft', 'start', 'end', 'venue', 'category', 'pillar', 'status', 'series', 'website', 'recurrence',
  'kind', 'district', 'coordinates', 'pillars', 'venueType', 'visitMinutes', 'date', 'number', 'labelPoint', 'figures', 'places',
  'mode', 'durationMinutes', 'order', 'review', 'origin', 'image', 'price', 'organiser', 'location', 'address', 'hours', 'admission', 'access',
]);

/** Fields inside a shared object that are still written in each language (alt text, notes, labels). */
export const translatedInShared = new Set(['alt', 'summary', 'note', 'label', 'reductions', 'freeEntry']);

/**
 * Fields the schema requires inside an optional object (an image's alt text, credit and licence): once
 * the object has any value, each of them must have one. admin/init.js checks them before saving, with
 * the build's message in German, because Decap would demand them even while the object stays empty.
 */
export function requiredWhenFilled(spec: CollectionSpec): { object: string; field: string; message: string }[] {
  const out: { object: string; field: string; message: string }[] = [];
  const visit = (fields: FieldShape[], prefix: string, object: string | undefined) => {
    for (const f of fields) {
      const path = `${prefix}${f.name}`;
      if (object && f.required) {
        const name = label(spec.name, path, f.name);
        const missing = 'missing' in f.shape && f.shape.missing ? germanMessage(f.shape.missing) : undefined;
        out.push({ object, field: path, message: `${name}: ${missing ?? generic.required}` });
      }
      if (f.shape.type === 'object') visit(f.shape.fields, `${path}.`, f.required ? object : path);
    }
  };
  visit(fieldsOf(spec.schema), '', undefined);
  return out;
}

/**
 * Fields written by programs, not by editors: the feed import's `origin` (source, ids, which fields came
 * from where). The editor keeps them unchanged (Decap's hidden widget) and shows them nowhere.
 */
export const machineFields = new Set(['origin']);

/** References to other collections by key: field name → collection. */
const references: Record<string, Record<string, string>> = {
  events: { venue: 'places', series: 'festivals' },
  festivals: { venue: 'places' },
  business: { places: 'places', figures: 'figures' },
};

/** Allowed image uploads: Astro's image() formats, at most 2 MB. */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

type Field = Record<string, unknown>;

const german = (english: string | undefined, fallback: string) => (english ? (germanMessage(english) ?? fallback) : fallback);

/**
 * One regular expression for all checks of a string (length, form, web address), each as a lookahead,
 * and one German message naming each rule as the build does. Decap only tests it when the field has a value.
 */
export function patternOf(checks: Check[]): [string, string] | undefined {
  const parts: string[] = [];
  const messages: string[] = [];
  const minCheck = checks.find((c) => c.kind === 'min');
  const maxCheck = checks.find((c) => c.kind === 'max');
  if (minCheck || maxCheck) {
    parts.push(`(?=[\\s\\S]{${minCheck?.value ?? 0},${maxCheck?.value ?? ''}}$)`);
    if (minCheck) messages.push(german(minCheck.message, generic.minLength(minCheck.value as number)));
    if (maxCheck) messages.push(german(maxCheck.message, generic.maxLength(maxCheck.value as number)));
  }
  for (const c of checks) {
    if (c.kind === 'pattern') {
      const source = (c.value as RegExp).source;
      parts.push(source.startsWith('^') ? `(?=${source})` : `(?=[\\s\\S]*?(?:${source}))`);
      messages.push(german(c.message, generic.pattern));
    } else if (c.kind === 'url') {
      parts.push('(?=https?://\\S+$)');
      messages.push(german(c.message, generic.url));
    } else if (c.kind === 'email') {
      parts.push('(?=[^\\s@]+@[^\\s@]+\\.[^\\s@]+$)');
      messages.push(german(c.message, generic.email));
    }
  }
  if (!parts.length) return undefined;
  return [`^${parts.join('')}`, [...new Set(messages)].join('; ')];
}

function label(collection: string, path: string, name: string): string {
  return fieldLabels[`${collection}.${path}`] ?? fieldLabels[path] ?? fieldLabels[name] ?? languageName(name) ?? name;
}

/** The Decap field for one schema field. */
function editorField(collection: string, f: FieldShape, path: string, top: boolean, languages: CollectionSpec['languages'], shared = false, optionalParent?: string): Field {
  const field: Field = { name: f.name, label: label(collection, path, f.name) };
  // Decap checks the fields of an object even when the object is optional and left empty; such fields
  // are checked before saving by admin/init.js instead, only when their object is filled (requiredWhenFilled).
  if (!f.required || optionalParent) field.required = false;
  if (languages === true && (top || shared)) {
    // Decap takes "duplicate" only on fields that are not objects or lists: a shared object is kept per
    // language and each of its plain fields is copied from the German one.
    const copy = top ? sharedFields.has(f.name) : shared && !translatedInShared.has(f.name);
    const nested = f.shape.type === 'object' || (f.shape.type === 'array' && f.shape.element.type !== 'enum' && !(top && references[collection]?.[f.name]));
    field.i18n = copy && !nested ? 'duplicate' : true;
  }
  // What the build says when the field is missing, in German, under the field.
  const missing = 'missing' in f.shape && f.shape.missing ? germanMessage(f.shape.missing) : undefined;
  const plain = f.shape.type === 'enum' || f.shape.type === 'date' || f.shape.type === 'boolean';
  const when = optionalParent ? `Pflicht, sobald „${optionalParent}“ ausgefüllt ist` : 'Pflichtfeld';
  const hint =
    fieldLabels[`hint:${path}`] ??
    (f.required && (optionalParent || (!plain && missing && missing !== generic.required)) ? `${when}${!plain && missing && missing !== generic.required ? ` – ${missing}` : ''}` : undefined);
  if (hint) field.hint = hint;
  const reference = top ? references[collection]?.[f.name] : undefined;
  if (top && machineFields.has(f.name)) {
    delete field.hint;
    return { ...field, widget: 'hidden' };
  }
  const copied = (top ? sharedFields.has(f.name) : shared && !translatedInShared.has(f.name)) && f.shape.type === 'object';
  const childParent = f.shape.type === 'object' && !f.required ? (field.label as string) : optionalParent;
  Object.assign(field, widget(collection, f.shape, path, reference, languages, copied, childParent));
  return field;
}

function widget(
  collection: string,
  shape: Shape,
  path: string,
  reference: string | undefined,
  languages: CollectionSpec['languages'],
  shared = false,
  optionalParent?: string,
): Field {
  switch (shape.type) {
    case 'string': {
      if (shape.image) return { widget: 'image', choose_url: false, media_library: { allow_multiple: false, config: { max_file_size: IMAGE_MAX_BYTES } } };
      if (reference) return relation(reference, false);
      const max = shape.checks.find((c) => c.kind === 'max')?.value as number | undefined;
      const out: Field = { widget: max !== undefined && max > 90 ? 'text' : 'string' };
      const pattern = patternOf(shape.checks);
      if (pattern) out.pattern = pattern;
      return out;
    }
    case 'localDateTime': {
      const pattern = patternOf(shape.checks);
      return { widget: 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'number': {
      const out: Field = { widget: 'number', value_type: shape.checks.some((c) => c.kind === 'int') ? 'int' : 'float' };
      const min = shape.checks.find((c) => c.kind === 'min')?.value;
      const max = shape.checks.find((c) => c.kind === 'max')?.value;
      if (min !== undefined) out.min = min;
      if (max !== undefined) out.max = max;
      return out;
    }
    case 'boolean':
      return { widget: 'boolean', ...(shape.literal ? { default: false } : {}) };
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
    case 'enum':
      // Decap's choices can only be strings: a choice of true, false or a word ("partly") would be saved
      // as the text "true". Such fields keep their value unchanged in the editor and are edited in the file.
      if (shape.options.some((o) => typeof o === 'boolean')) return { widget: 'hidden' };
      return { widget: 'select', options: shape.options };
    case 'array': {
      const min = shape.checks.find((c) => c.kind === 'min')?.value as number | undefined;
      const minMessage = german(shape.checks.find((c) => c.kind === 'min')?.message, generic.minItems(min ?? 1));
      const counts = min !== undefined ? { min, hint: minMessage } : {};
      if (reference) return { ...relation(reference, true), ...(min !== undefined ? { min } : {}) };
      if (shape.element.type === 'enum') return { widget: 'select', multiple: true, options: shape.element.options, ...counts };
      if (shape.element.type === 'object') {
        return { widget: 'list', ...counts, fields: shape.element.fields.map((f) => editorField(collection, f, `${path}[].${f.name}`, false, languages)) };
      }
      const item = editorField(collection, { name: 'item', required: true, shape: shape.element }, `${path}[]`, false, languages);
      item.label = label(collection, `${path}[]`, 'Eintrag');
      return { widget: 'list', ...counts, field: item };
    }
    case 'record':
      return { widget: 'hidden' };
    case 'object':
      return { widget: 'object', collapsed: false, fields: shape.fields.map((f) => editorField(collection, f, `${path}.${f.name}`, false, languages, shared, optionalParent)) };
  }
}

/** A reference by key to entries of another collection. */
function relation(collection: string, multiple: boolean): Field {
  const spec = collectionSpecs.find((c) => c.name === collection)!;
  const display = spec.languages === false ? ['{{key}}'] : ['{{title}}'];
  return {
    widget: 'relation',
    collection,
    value_field: spec.languages === false ? '{{slug}}' : 'key',
    search_fields: spec.languages === false ? ['label.de'] : ['title', 'key'],
    display_fields: spec.languages === false ? ['{{slug}}'] : display,
    multiple,
    options_length: 50,
  };
}

/** Where uploaded images of a collection go, and how the content file refers to them. */
export function mediaFolders(collection: string) {
  return { media_folder: `/src/assets/images/${collection}`, public_folder: `../../../src/assets/images/${collection}` };
}

/** The Decap collection for one content collection. */
export function editorCollection(spec: CollectionSpec): Field {
  const fields = fieldsOf(spec.schema).map((f) => editorField(spec.name, f, f.name, true, spec.languages));
  const names = new Set(fields.map((f) => f.name));
  const collection: Field = {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    folder: spec.folder,
    create: true,
    delete: false,
    summary: spec.summary,
    sortable_fields: spec.sortable.filter((s) => names.has(s)),
  };
  if (spec.languages === false) {
    // YAML data files named by their key: content/figures/<key>.yaml.
    // Read and written with js-yaml like the build (admin/init.js registers the format).
    Object.assign(collection, { extension: 'yaml', format: 'portal-yaml', identifier_field: names.has('label') ? 'value' : 'website', slug: '{{fields.key}}' });
    // The file name: only asked for new entries (Decap names the file from it); the build ignores the field.
    fields.unshift({ ...EDITOR_ONLY_KEY });
  } else {
    Object.assign(collection, {
      extension: 'md',
      // Front matter read and written with js-yaml like the build (admin/init.js registers the format).
      format: 'portal-frontmatter',
      identifier_field: 'title',
      // New entries are named by their key in both languages; existing files keep their names.
      slug: '{{key}}',
      i18n: spec.languages === true ? true : { locales: ['de'] },
      ...mediaFolders(spec.name),
    });
    const body: Field = { name: 'body', label: 'Text', widget: 'markdown', required: false, editor_components: ['image'] };
    if (spec.languages === true) body.i18n = true;
    fields.push(body);
  }
  // Group and filter by owner, and (events) by the review state of imported entries.
  const groups: Field[] = [];
  if (names.has('owner')) groups.push({ label: 'Zuständig', field: 'owner' });
  if (names.has('review')) groups.push({ label: 'Prüfung (Import)', field: 'review' });
  if (groups.length) collection.view_groups = groups;
  const filters: Field[] = [];
  if (names.has('draft')) filters.push({ label: 'Entwürfe', field: 'draft', pattern: true });
  const review = fields.find((f) => f.name === 'review');
  if (review && Array.isArray(review.options)) {
    const words: Record<string, string> = { pending: 'Import wartet auf Prüfung', approved: 'Import freigegeben' };
    for (const value of review.options as string[]) filters.push({ label: words[value] ?? `Prüfung: ${value}`, field: 'review', pattern: `^${value}$` });
  }
  if (filters.length) collection.view_filters = filters;
  collection.fields = fields;
  return collection;
}

/** The one editor field without a schema field: the file name of a new YAML entry (figures, contacts). */
export const EDITOR_ONLY_KEY: Field = {
  name: 'key',
  label: 'Dateiname (nur bei neuen Einträgen)',
  widget: 'string',
  required: false,
  hint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „einwohner-dortmund“; die Website liest das Feld nicht.',
  pattern: [String.raw`^[a-z0-9]+(?:-[a-z0-9]+)*$`, 'darf nur a–z, 0–9 und einzelne Bindestriche enthalten, z. B. „zeche-zollern“'],
};

export interface BackendOptions {
  /** gitlab (openCode, self-hosted GitLab) or gitea (Gitea, Forgejo), with OAuth PKCE. */
  name: 'gitlab' | 'gitea';
  /** Root of the git host, e.g. https://gitlab.opencode.de */
  baseUrl: string;
  /** owner/name of the content repository on that host. */
  repo: string;
  /** OAuth application id (public: PKCE needs no secret). */
  appId: string;
  branch: string;
}

/** Backend for the production editor: the office's git host, login with OAuth PKCE, review as merge requests. */
export function gitBackend(o: BackendOptions): Field {
  const base = o.baseUrl.replace(/\/$/, '');
  const api = o.name === 'gitlab' ? `${base}/api/v4` : `${base}/api/v1`;
  const authEndpoint = o.name === 'gitlab' ? 'oauth/authorize' : `${base}/login/oauth/authorize`;
  return { name: o.name, repo: o.repo, branch: o.branch, auth_type: 'pkce', app_id: o.appId, api_root: api, base_url: base, auth_endpoint: authEndpoint, squash_merges: false };
}

/** Backend for `npm run edit` and the tests: decap-server in git mode on this machine. */
export function localBackend(proxyUrl: string, branch: string): Field {
  return { name: 'proxy', proxy_url: proxyUrl, branch };
}

/** The whole configuration. */
export function editorConfig(backend: Field): Field {
  return {
    locale: 'de',
    backend,
    publish_mode: 'editorial_workflow',
    // Uploads of entries without a collection folder; collections set their own folders.
    media_folder: 'src/assets/images',
    public_folder: '../../../src/assets/images',
    // Decap shows a preview pane that would load the site's styles from other paths; the form is the editor.
    editor: { preview: false },
    show_preview_links: false,
    search: true,
    // Complete languages side by side; a partial language (Dutch) is edited in its files for now (doc/editing.md).
    i18n: { structure: 'multiple_folders', locales: languages.filter((l) => l.complete).map((l) => l.code), default_locale: languages[0].code },
    collections: collectionSpecs.map(editorCollection),
  };
}
