/**
 * The figures dataset as open data: one record per figure with its value, unit, date, source,
 * licence and the pages that show it. Used by the JSON and CSV files and by their tests.
 */
import { getCollection } from 'astro:content';
import { stringify } from 'csv-stringify/sync';
import { fixedAlternates } from '../i18n/routes';
import { locales } from '../i18n/languages';
import { isoDate } from './format';
import { entriesIn, pathOf } from './entries';
import { businessLandingFigures, figureCharts, figuresPageFigures, homeFigures } from './figureUsage';

/** One figure; label_<code> and unit_<code> for every language of the registry (empty where a partial language has none). */
export interface FigureRecord {
  key: string;
  [labelOrUnit: `label_${string}` | `unit_${string}`]: string;
  value: number;
  date: string;
  source_title: string;
  source_url: string;
  licence: string;
  used_on: string[];
}

export async function figureRecords(): Promise<FigureRecord[]> {
  const usage = new Map<string, Set<string>>();
  const use = (keys: readonly string[], paths: string[]) => keys.forEach((k) => paths.forEach((p) => usage.set(k, (usage.get(k) ?? new Set()).add(p))));
  const everywhere = (page: 'home' | 'business' | 'figures') => Object.values(fixedAlternates(page)) as string[];
  use(homeFigures, everywhere('home'));
  use(businessLandingFigures, everywhere('business'));
  use([...figuresPageFigures, ...figureCharts.flatMap((c) => c.figures)], everywhere('figures'));
  for (const locale of locales) {
    for (const page of await entriesIn('business', locale)) use(page.data.figures, [pathOf('business', page)]);
  }
  return (await getCollection('figures'))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      key: id,
      ...Object.fromEntries(locales.map((l) => [`label_${l}`, data.label[l] ?? ''])),
      value: data.value,
      ...Object.fromEntries(locales.map((l) => [`unit_${l}`, data.unit[l] ?? ''])),
      date: isoDate(data.date),
      source_title: data.source.title,
      source_url: data.source.url,
      licence: data.licence,
      used_on: [...(usage.get(id) ?? [])].sort(),
    }));
}

export function figuresCsv(records: FigureRecord[]): string {
  return stringify(
    records.map((r) => ({ ...r, used_on: r.used_on.join(' ') })),
    { header: true, columns: ['key', ...locales.map((l) => `label_${l}`), 'value', ...locales.map((l) => `unit_${l}`), 'date', 'source_title', 'source_url', 'licence', 'used_on'] },
  );
}
