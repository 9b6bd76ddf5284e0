#!/usr/bin/env node
/**
 * Content governance report: what the editors should look at next. It reads the content files
 * directly (no build), so it also runs on content that does not build yet, and lists
 *
 *   1. entries without an owner or a review date,
 *   2. entries whose last review is more than REVIEW_PERIOD_MONTHS ago (by owner),
 *   3. missing translations: keys in one language only, without a translationNote,
 *   4. entries without sources,
 *   5. figures whose reference date ("Stand") is more than FIGURE_MAX_AGE_MONTHS old, and where they
 *      are shown,
 *   6. opening hours, admission and access facts of places checked ("asOf") more than FIGURE_MAX_AGE_MONTHS ago,
 *   7. places without coordinates, and places without opening hours.
 *   8. imported events (scripts/import): waiting for review, and in one language only, awaiting translation.
 *
 * It is a report, not a gate: it always exits 0 (also when a file cannot be read; that is listed).
 *
 *   npm run content:report                      today's date, content/ (or CONTENT_DIR)
 *   npm run content:report -- --today 2027-06-01  as of another day (or REPORT_DATE=2027-06-01)
 *   npm run content:report -- --json            the same as JSON, for tools
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { languages } from '../src/i18n/languages.ts';

/** An entry is due for review this many months after its `reviewed` date. */
export const REVIEW_PERIOD_MONTHS = 12;
/** A figure's reference date, or a place's opening hours / admission check, is stale after this many months. */
export const FIGURE_MAX_AGE_MONTHS = 12;
/** Collections whose files are Markdown in one folder per language of the registry. Others are YAML data files. */
const LOCALES = languages.map((l) => l.code);
/** Complete languages need every entry; partial ones are reported by coverage (what is still missing). */
const COMPLETE = languages.filter((l) => l.complete).map((l) => l.code);
const PARTIAL = languages.filter((l) => !l.complete).map((l) => l.code);
const languageName = (code) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};

const root = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
const todayText = option('today') ?? process.env.REPORT_DATE ?? new Date().toISOString().slice(0, 10);
const today = new Date(`${todayText}T00:00:00Z`);
if (Number.isNaN(today.getTime())) {
  console.error(`--today must be a date written as YYYY-MM-DD, not "${todayText}"`);
  process.exit(0);
}
const monthsBefore = (date, months) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
const reviewCutoff = monthsBefore(today, REVIEW_PERIOD_MONTHS);
const figureCutoff = monthsBefore(today, FIGURE_MAX_AGE_MONTHS);
const day = (d) => d.toISOString().slice(0, 10);
const ageInMonths = (d) => Math.floor((today - d) / (1000 * 60 * 60 * 24 * 30.44));

function files(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
    });
}

/** A YAML date (unquoted, already a Date) or a quoted YYYY-MM-DD, as a Date; undefined otherwise. */
function asDate(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

const unreadable = [];

function readEntry(file) {
  const text = readFileSync(file, 'utf8');
  const isMarkdown = /\.mdx?$/.test(file);
  const source = isMarkdown ? /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1] : text;
  if (source === undefined) {
    unreadable.push({ file: relative('.', file), problem: 'no YAML header between --- lines' });
    return undefined;
  }
  try {
    const data = yaml.load(source);
    return data && typeof data === 'object' ? data : {};
  } catch (error) {
    unreadable.push({ file: relative('.', file), problem: error.message.split('\n')[0] });
    return undefined;
  }
}

// ---- read every entry -------------------------------------------------------------------------

const entries = [];
const figures = [];
/** Folders of content/ that hold no entries: the importer's source list, crosswalk and inbox. */
const NOT_ENTRIES = ['sources'];
const collections = existsSync(root) ? readdirSync(root).filter((n) => !NOT_ENTRIES.includes(n) && statSync(join(root, n)).isDirectory()).sort() : [];
for (const collection of collections) {
  const dir = join(root, collection);
  const localized = LOCALES.some((l) => existsSync(join(dir, l)));
  const list = localized
    ? LOCALES.flatMap((locale) => files(join(dir, locale), /\.mdx?$/).map((file) => ({ file, locale })))
    : files(dir, /\.ya?ml$/).map((file) => ({ file, locale: undefined }));
  for (const { file, locale } of list) {
    const data = readEntry(file);
    if (!data) continue;
    const base = { collection, file: relative('.', file), locale, data };
    if (collection === 'figures') {
      figures.push({ ...base, key: file.split('/').pop().replace(/\.ya?ml$/, ''), date: asDate(data.date) });
    } else {
      entries.push({
        ...base,
        key: data.key ?? file.split('/').pop().replace(/\.(mdx?|ya?ml)$/, ''),
        title: typeof data.title === 'string' ? data.title : (data.name?.de ?? data.name ?? ''),
        owner: data.owner,
        reviewed: asDate(data.reviewed),
        draft: data.draft === true,
      });
    }
  }
}

// ---- checks -----------------------------------------------------------------------------------

const missingGovernance = entries
  .filter((e) => !e.owner || !e.reviewed)
  .map((e) => ({ file: e.file, missing: [!e.owner && 'owner', !e.reviewed && 'reviewed'].filter(Boolean) }));

const overdue = entries
  .filter((e) => e.reviewed && e.reviewed < reviewCutoff)
  .sort((a, b) => String(a.owner).localeCompare(String(b.owner)) || a.reviewed - b.reviewed)
  .map((e) => ({ file: e.file, owner: e.owner ?? '(no owner)', reviewed: day(e.reviewed), months: ageInMonths(e.reviewed), draft: e.draft }));

const missingTranslations = [];
const notedTranslations = [];
for (const collection of new Set(entries.filter((e) => e.locale).map((e) => e.collection))) {
  const published = entries.filter((e) => e.collection === collection && e.locale && !e.draft);
  const byKey = new Map();
  for (const e of published) byKey.set(e.key, { ...byKey.get(e.key), [e.locale]: e });
  for (const [key, versions] of byKey) {
    const present = LOCALES.filter((l) => versions[l]);
    for (const miss of COMPLETE.filter((l) => !versions[l])) {
      const e = versions[present[0]];
      const row = { file: e.file, key, collection, missing: miss, owner: e.owner ?? '(no owner)' };
      const note = present.map((l) => versions[l].data.translationNote).find(Boolean);
      if (note) notedTranslations.push({ ...row, note: String(note) });
      else missingTranslations.push(row);
    }
  }
}

// Partial languages: per collection, how many of the source language's entries they have, and which are missing.
const partialCoverage = PARTIAL.map((code) => {
  const collectionsOf = [...new Set(entries.filter((e) => e.locale).map((e) => e.collection))].sort();
  const perCollection = collectionsOf.map((collection) => {
    const published = entries.filter((e) => e.collection === collection && e.locale && !e.draft);
    // Entries in one language by decision (translationNote, e.g. Leichte Sprache) are not missing anywhere.
    const source = published.filter((e) => e.locale === LOCALES[0] && !e.data.translationNote);
    const have = new Set(published.filter((e) => e.locale === code).map((e) => e.key));
    return { collection, have: source.filter((e) => have.has(e.key)).length, of: source.length, missing: source.filter((e) => !have.has(e.key)).map((e) => e.file) };
  });
  return { language: code, name: languageName(code), collections: perCollection };
});

// Imported events (scripts/import): pending review, and those in one language only. An import never
// translates; the other language's calendar lists them with their original text until someone does.
const imported = entries.filter((e) => e.collection === 'events' && e.data.origin);
const awaitingReview = imported
  .filter((e) => e.data.review === 'pending')
  .map((e) => ({ file: e.file, owner: e.owner ?? '(no owner)', source: String(e.data.origin.source ?? '') }));
const awaitingTranslation = [...missingTranslations, ...notedTranslations]
  .filter((r) => imported.some((e) => e.file === r.file))
  .map((r) => ({ file: r.file, key: r.key, missing: r.missing, owner: r.owner }));

const withoutSources = entries
  .filter((e) => !Array.isArray(e.data.sources) || e.data.sources.length === 0)
  .map((e) => ({ file: e.file, owner: e.owner ?? '(no owner)', note: e.collection === 'pages' ? 'allowed for pages (legal texts state the office’s own facts)' : '' }));

// Where each figure is shown: business entries list theirs; fixed pages list theirs in src/lib/figureUsage.ts.
const usedBy = new Map();
const use = (key, where) => usedBy.set(key, [...(usedBy.get(key) ?? []), where]);
for (const e of entries) {
  for (const key of Array.isArray(e.data.figures) ? e.data.figures : []) use(key, e.file);
}
if (existsSync('src/lib/figureUsage.ts')) {
  const usage = readFileSync('src/lib/figureUsage.ts', 'utf8');
  for (const f of figures) if (usage.includes(`'${f.key}'`)) use(f.key, 'fixed pages (src/lib/figureUsage.ts)');
}
const figuresWithoutSource = figures.filter((f) => !f.data.source?.url).map((f) => ({ file: f.file }));
const figuresWithoutDate = figures.filter((f) => !f.date).map((f) => ({ file: f.file }));
const staleFigures = figures
  .filter((f) => f.date && f.date < figureCutoff)
  .sort((a, b) => a.date - b.date)
  .map((f) => ({ file: f.file, key: f.key, date: day(f.date), months: ageInMonths(f.date), source: f.data.source?.title ?? '', usedBy: usedBy.get(f.key) ?? [] }));

const staleFacts = [];
for (const e of entries.filter((x) => x.collection === 'places')) {
  for (const field of ['hours', 'admission', 'access']) {
    const asOf = asDate(e.data[field]?.asOf);
    if (asOf && asOf < figureCutoff) staleFacts.push({ file: e.file, field, asOf: day(asOf), months: ageInMonths(asOf), owner: e.owner ?? '(no owner)' });
  }
}

// Places listed without a position: they are not drawn on any map until someone adds verified coordinates.
const placesWithoutCoordinates = entries
  .filter((e) => e.collection === 'places' && !e.data.coordinates)
  .map((e) => ({ file: e.file, owner: e.owner ?? '(no owner)' }));

// Places without opening hours: either they publish none (say so in the report) or the hours are still to be added.
const placesWithoutHours = entries
  .filter((e) => e.collection === 'places' && !e.data.hours)
  .map((e) => ({ file: e.file, owner: e.owner ?? '(no owner)' }));

const report = {
  date: todayText,
  contentDir: root,
  reviewPeriodMonths: REVIEW_PERIOD_MONTHS,
  figureMaxAgeMonths: FIGURE_MAX_AGE_MONTHS,
  entries: entries.length,
  drafts: entries.filter((e) => e.draft).length,
  figures: figures.length,
  unreadable,
  missingGovernance,
  overdue,
  missingTranslations,
  notedTranslations,
  partialCoverage,
  withoutSources,
  figuresWithoutSource,
  figuresWithoutDate,
  staleFigures,
  staleFacts,
  placesWithoutCoordinates,
  placesWithoutHours,
  awaitingReview,
  awaitingTranslation,
};

// ---- output -----------------------------------------------------------------------------------

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

const out = [];
const section = (title, rows, format, empty = 'none') => {
  out.push('', `${title} (${rows.length})`, '-'.repeat(title.length + String(rows.length).length + 3));
  if (rows.length === 0) out.push(`  ${empty}`);
  for (const r of rows) out.push(`  ${format(r)}`);
};
const countBy = (rows, key) =>
  [...rows.reduce((m, r) => m.set(r[key], (m.get(r[key]) ?? 0) + 1), new Map())].map(([k, n]) => `${k} ${n}`).join(', ');

out.push(
  `Content report for ${root}/ as of ${todayText}`,
  `${entries.length} entries (${report.drafts} drafts) in ${collections.filter((c) => c !== 'figures').length} collections, ${figures.length} figures.`,
  `Review period ${REVIEW_PERIOD_MONTHS} months (reviewed before ${day(reviewCutoff)} is overdue); figures and "Stand" dates older than ${FIGURE_MAX_AGE_MONTHS} months (before ${day(figureCutoff)}) are stale.`,
  '',
  'Summary',
  `  unreadable files ............ ${unreadable.length}`,
  `  without owner or review date  ${missingGovernance.length}`,
  `  overdue for review .......... ${overdue.length}${overdue.length ? ` (${countBy(overdue, 'owner')})` : ''}`,
  `  missing translations ........ ${missingTranslations.length} (plus ${notedTranslations.length} in one language by decision, with translationNote)`,
  ...partialCoverage.map((p) => `  in ${p.name} (partial) ......... ${p.collections.reduce((n, c) => n + c.have, 0)} of ${p.collections.reduce((n, c) => n + c.of, 0)} entries`),
  `  entries without sources ..... ${withoutSources.length}${withoutSources.length ? ` (${withoutSources.filter((w) => w.note).length} of them pages, where sources are optional)` : ''}`,
  `  figures older than a year ... ${staleFigures.length} of ${figures.length}`,
  `  figures without source/date . ${figuresWithoutSource.length}/${figuresWithoutDate.length}`,
  `  places: hours/admission "Stand" older than a year: ${staleFacts.length}`,
  `  places without coordinates (not on the maps): ${placesWithoutCoordinates.length}`,
  `  places without opening hours: ${placesWithoutHours.length}`,
  `  imported events: awaiting review ${awaitingReview.length}, awaiting translation ${awaitingTranslation.length}`,
);
if (unreadable.length) section('Unreadable files', unreadable, (r) => `${r.file}: ${r.problem}`);
section('Entries without owner or review date', missingGovernance, (r) => `${r.file}: no ${r.missing.join(', no ')}`);
section(
  `Overdue for review (reviewed more than ${REVIEW_PERIOD_MONTHS} months ago)`,
  overdue,
  (r) => `${r.owner.padEnd(22)} ${r.reviewed}  ${String(r.months).padStart(3)} months  ${r.file}${r.draft ? ' (draft)' : ''}`,
);
section('Missing translations (one language only, no translationNote)', missingTranslations, (r) => `${r.file}: no ${languageName(r.missing)} version with key "${r.key}" (${r.owner})`);
for (const p of partialCoverage) {
  section(
    `Not yet in ${p.name} (partial language: its pages exist where their content exists)`,
    p.collections.filter((c) => c.missing.length),
    (c) => `${c.collection.padEnd(12)} ${c.have} of ${c.of}; missing: ${c.missing.map((f) => f.split('/').pop()).join(', ')}`,
  );
}
if (notedTranslations.length) section('One language by decision (translationNote)', notedTranslations, (r) => `${r.file}: ${r.note}`);
section('Imported events awaiting review (review: pending, not published)', awaitingReview, (r) => `${r.file} (${r.owner}, from ${r.source})`);
section('Imported events awaiting translation (listed with their original text in the other calendar)', awaitingTranslation, (r) => `${r.file}: no ${languageName(r.missing)} version with key "${r.key}" (${r.owner})`);
section('Places without coordinates (listed, not drawn on the maps)', placesWithoutCoordinates, (r) => `${r.file} (${r.owner}): add verified coordinates with their source`);
section('Places without opening hours (none published, or still to add with their source)', placesWithoutHours, (r) => `${r.file} (${r.owner})`);
section('Entries without sources', withoutSources, (r) => `${r.file} (${r.owner})${r.note ? `: ${r.note}` : ''}`);
section(
  `Figures with a reference date older than ${FIGURE_MAX_AGE_MONTHS} months`,
  staleFigures,
  (r) => `${r.date}  ${String(r.months).padStart(3)} months  ${r.key.padEnd(28)} ${r.source}${r.usedBy.length ? `\n      shown on: ${r.usedBy.join(', ')}` : ''}`,
);
if (figuresWithoutSource.length || figuresWithoutDate.length) {
  section('Figures without source or date', [...figuresWithoutSource.map((f) => ({ ...f, m: 'source' })), ...figuresWithoutDate.map((f) => ({ ...f, m: 'date' }))], (r) => `${r.file}: no ${r.m}`);
}
section(`Places: opening hours, admission or access facts checked more than ${FIGURE_MAX_AGE_MONTHS} months ago`, staleFacts, (r) => `${r.asOf}  ${String(r.months).padStart(3)} months  ${r.field.padEnd(12)} ${r.file} (${r.owner})`);
out.push('', 'This report does not stop the build; the build enforces the schemas (npm run build).');
console.log(out.join('\n'));
process.exit(0);
