/**
 * `npm run import:events`: reads the declared sources (or the files given with --file), parses and
 * matches them, and writes event files waiting for review, the crosswalk and a review report. All
 * decisions are made by plan.ts; this file only reads and writes. Options: doc/editing.md.
 *
 *   npm run import:events                                  all sources in content/sources/event-feeds.yaml
 *   npm run import:events -- --file a.ics --file b.csv     these files (as the source that declares them,
 *                                                          or --source NAME, or with defaults for a trial)
 *   --dry-run                                              writes nothing
 *   --report json|markdown                                 prints one JSON object or the review report
 *   --review-report PATH                                   where the Markdown review report goes
 *                                                          (default .tmp/import/review-report.md)
 *   --today YYYY-MM-DD                                     day of the run (tests)
 *   --images                                               downloads images of imported entries instead
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { eventSchema } from '../../src/schemas/event';
import type { ImportLanguage as Locale } from './model';
import { defaultLimits, readSources, type Source } from './sources';
import { parseIcs } from './ics';
import { parseJsonLd } from './jsonld';
import { parseCsv } from './csv';
import type { ParseResult } from './model';
import { plan, type ExistingEntry, type ParsedSource } from './plan';
import type { PlaceRef } from './venues';
import { readEntry, writeEntry } from './files';
import { jsonReport, markdownReport } from './report';
import { fetchLimited } from './fetch';
import { downloadImages } from './images';

export interface Options {
  files: string[];
  source?: string;
  dryRun: boolean;
  report?: 'json' | 'markdown';
  reviewReport: string;
  today: string;
  images: boolean;
  contentDir: string;
  sourcesFile: string;
  crosswalkFile: string;
}

export function parseArgs(argv: string[], env: Record<string, string | undefined>): Options {
  const files: string[] = [];
  const opts: Partial<Options> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--file') files.push(value());
    else if (a === '--source') opts.source = value();
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a === '--report') {
      const r = value();
      if (r !== 'json' && r !== 'markdown') throw new Error('--report must be json or markdown');
      opts.report = r;
    } else if (a === '--review-report') opts.reviewReport = value();
    else if (a === '--today') opts.today = value();
    else if (a === '--images') opts.images = true;
    else if (a === '--sources') opts.sourcesFile = value();
    else if (a === '--content') opts.contentDir = value();
    else throw new Error(`unknown option ${a} (see scripts/import/cli.ts)`);
  }
  const contentDir = (opts.contentDir ?? env.CONTENT_DIR ?? 'content').replace(/\/$/, '');
  const today = opts.today ?? new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--today must be YYYY-MM-DD');
  return {
    files,
    source: opts.source,
    dryRun: opts.dryRun ?? false,
    report: opts.report,
    reviewReport: opts.reviewReport ?? '.tmp/import/review-report.md',
    today,
    images: opts.images ?? false,
    contentDir,
    sourcesFile: opts.sourcesFile ?? `${contentDir}/sources/event-feeds.yaml`,
    crosswalkFile: `${contentDir}/sources/event-crosswalk.yaml`,
  };
}

/** The content schema, with image paths taken as plain strings (the build checks the files themselves). */
const schema = eventSchema({ image: () => z.string() } as unknown as SchemaContext);
export function validate(data: Record<string, unknown>): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);
}

const extensions: Record<Source['format'], string[]> = { ics: ['.ics', '.ical', '.ifb'], jsonld: ['.json', '.jsonld', '.html', '.htm'], csv: ['.csv', '.txt'] };

function formatOf(path: string): Source['format'] | undefined {
  const ext = extname(path).toLowerCase();
  return (Object.keys(extensions) as Source['format'][]).find((f) => extensions[f].includes(ext));
}

export function parseText(text: string, source: Source, fileName: string): ParseResult {
  const options = { source: source.name, lang: source.language as Locale, maxEvents: source.limits?.maxEvents ?? defaultLimits.maxEvents };
  if (source.format === 'ics') return parseIcs(text, options);
  if (source.format === 'csv') return parseCsv(text, options);
  const html = /\.html?$/i.test(fileName) || /^\s*</.test(text);
  return parseJsonLd(text, { ...options, html });
}

/** Files of a source: the file itself, or the files of its format in a folder. */
function filesOf(path: string, format: Source['format']): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => extensions[format].includes(extname(f).toLowerCase()))
    .sort()
    .map((f) => join(path, f));
}

async function readSource(source: Source, order: number, path?: string): Promise<ParsedSource[]> {
  const maxBytes = source.limits?.maxBytes ?? defaultLimits.maxBytes;
  const failed = (reason: string, position = 'feed'): ParsedSource => ({ source, order, feedFailed: true, result: { events: [], rejected: [{ source: source.name, position, reason, whole: true }] } });
  const target = path ?? source.file;
  if (target) {
    if (!existsSync(target)) return [failed(`file ${target} not found`)];
    const files = filesOf(target, source.format);
    // An empty inbox folder: nothing to import, and nothing vanished.
    if (!files.length) return [{ source, order, feedFailed: true, result: { events: [], rejected: [] } }];
    return files.map((file) => {
      const size = statSync(file).size;
      if (size > maxBytes) return failed(`${file} has ${size} bytes, more than the limit of ${maxBytes}; nothing was taken from it`, file);
      const result = parseText(readFileSync(file, 'utf8'), source, file);
      for (const r of result.rejected) if (files.length > 1) r.position = `${basename(file)}: ${r.position}`;
      return { source, order, result, feedFailed: result.rejected.some((r) => r.whole) };
    });
  }
  const response = await fetchLimited(source.url!, { timeoutMs: (source.limits?.timeoutSeconds ?? defaultLimits.timeoutSeconds) * 1000, maxBytes });
  if (!response.ok) return [failed(`${source.url}: ${response.reason}`)];
  const result = parseText(new TextDecoder().decode(response.bytes), source, source.url!);
  return [{ source, order, result, feedFailed: result.rejected.some((r) => r.whole) }];
}

function readPlaces(contentDir: string): PlaceRef[] {
  const byKey = new Map<string, PlaceRef>();
  for (const lang of ['de', 'en']) {
    const dir = join(contentDir, 'places', lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
      const { data } = readEntry(readFileSync(join(dir, f), 'utf8'));
      const key = String(data.key);
      const ref = byKey.get(key) ?? { key, titles: [], street: (data.address as { street?: string })?.street, postalCode: (data.address as { postalCode?: string })?.postalCode, coordinates: data.coordinates as PlaceRef['coordinates'] };
      ref.titles.push(String(data.title));
      byKey.set(key, ref);
    }
  }
  return [...byKey.values()];
}

export function readExisting(contentDir: string): ExistingEntry[] {
  const entries: ExistingEntry[] = [];
  for (const lang of ['de', 'en'] as const) {
    const dir = join(contentDir, 'events', lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
      const path = join(dir, f);
      const { data, body } = readEntry(readFileSync(path, 'utf8'));
      entries.push({ key: String(data.key), lang, path, data, body });
    }
  }
  return entries;
}

function readCrosswalk(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const data = yaml.load(readFileSync(file, 'utf8')) as { events?: Record<string, string> } | undefined;
  return { ...(data?.events ?? {}) };
}

export function crosswalkText(map: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.keys(map).sort().map((k) => [k, map[k]]));
  return `# Which calendar entry each imported event became: "source|id in the source" → entry key.\n# Written by npm run import:events (doc/editing.md); change a line only to link an event to another entry.\n${yaml.dump({ events: sorted }, { lineWidth: -1, quotingType: '"' })}`;
}

export async function run(argv: string[], env: Record<string, string | undefined>, out: (s: string) => void): Promise<number> {
  const options = parseArgs(argv, env);
  const declared = readSources(readFileSync(options.sourcesFile, 'utf8'), options.sourcesFile);
  if (options.images) return downloadImages(options, readExisting(options.contentDir), out);
  const parsed: ParsedSource[] = [];
  if (options.files.length) {
    for (const [i, file] of options.files.entries()) {
      const chosen = options.source
        ? declared.sources.find((s) => s.name === options.source)
        : declared.sources.find((s) => s.file && resolve(s.file) === resolve(file));
      if (options.source && !chosen) throw new Error(`--source ${options.source} is not declared in ${options.sourcesFile}`);
      const format = chosen?.format ?? formatOf(file);
      if (!format) throw new Error(`${file}: cannot tell the format from the file name; use --source NAME`);
      const source: Source = chosen
        ? { ...chosen, format }
        : {
            name: basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'datei',
            title: basename(file),
            format,
            file,
            language: 'de',
            licence: 'unknown',
            attribution: { name: basename(file), url: 'https://example.invalid/' },
            defaults: { pillar: 'events', owner: 'online-redaktion' },
            trust: 'aggregator',
          };
      // A file of no declared source is for trying only: its entries would lack a real source and licence.
      if (!chosen && !options.dryRun) throw new Error(`${file} belongs to no source in ${options.sourcesFile}: add --dry-run to try it, --source NAME to import it as that source, or declare the source`);
      parsed.push(...(await readSource(source, chosen ? declared.sources.indexOf(chosen) : declared.sources.length + i, file)));
    }
  } else {
    for (const [i, source] of declared.sources.entries()) parsed.push(...(await readSource(source, i)));
  }
  const result = plan({
    parsed,
    aliases: declared.venueAliases,
    places: readPlaces(options.contentDir),
    existing: readExisting(options.contentDir),
    crosswalk: readCrosswalk(options.crosswalkFile),
    today: options.today,
    contentDir: options.contentDir,
    validate,
  });
  const markdown = markdownReport(result, { today: options.today, sources: [...new Set(parsed.map((p) => p.source.name))], dryRun: options.dryRun });
  if (!options.dryRun) {
    for (const w of result.writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      writeFileSync(w.path, w.text);
    }
    if (result.crosswalkChanged) {
      mkdirSync(dirname(options.crosswalkFile), { recursive: true });
      writeFileSync(options.crosswalkFile, crosswalkText(result.crosswalk));
    }
    mkdirSync(dirname(options.reviewReport), { recursive: true });
    writeFileSync(options.reviewReport, markdown);
  }
  if (options.report === 'json') out(JSON.stringify(jsonReport(result), null, 2));
  else if (options.report === 'markdown') out(markdown);
  else {
    out(`${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged, ${result.flagged.length} flagged, ${result.rejected.length} rejected.`);
    out(options.dryRun ? 'Dry run: nothing was written.' : `${result.writes.length} file(s) written${result.crosswalkChanged ? ', crosswalk updated' : ''}; review report: ${relative('.', options.reviewReport)}`);
  }
  return 0;
}

export { writeEntry };
