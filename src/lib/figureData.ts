/**
 * The figures dataset as open data: one record per figure with its value, unit, date, source,
 * licence and the pages that show it. Used by the JSON and CSV files and by their tests.
 */
import { getCollection } from 'astro:content';
import { stringify } from 'csv-stringify/sync';
import { pagePaths } from '../i18n/routes';
import { isoDate } from './format';
import { entriesIn, pathOf } from './entries';
import { businessLandingFigures, figureCharts, figuresPageFigures, homeFigures } from './figureUsage';

export interface FigureRecord {
  key: string;
  label_de: string;
  label_en: string;
  value: number;
  unit_de: string;
  unit_en: string;
  date: string;
  source_title: string;
  source_url: string;
  licence: string;
  used_on: string[];
}

export async function figureRecords(): Promise<FigureRecord[]> {
  const usage = new Map<string, Set<string>>();
  const use = (keys: readonly string[], paths: string[]) => keys.forEach((k) => paths.forEach((p) => usage.set(k, (usage.get(k) ?? new Set()).add(p))));
  use(homeFigures, [pagePaths.home.de, pagePaths.home.en]);
  use(businessLandingFigures, [pagePaths.business.de, pagePaths.business.en]);
  use([...figuresPageFigures, ...figureCharts.flatMap((c) => c.figures)], [pagePaths.figures.de, pagePaths.figures.en]);
  for (const locale of ['de', 'en'] as const) {
    for (const page of await entriesIn('business', locale)) use(page.data.figures, [pathOf('business', page)]);
  }
  return (await getCollection('figures'))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      key: id,
      label_de: data.label.de,
      label_en: data.label.en,
      value: data.value,
      unit_de: data.unit.de,
      unit_en: data.unit.en,
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
    { header: true, columns: ['key', 'label_de', 'label_en', 'value', 'unit_de', 'unit_en', 'date', 'source_title', 'source_url', 'licence', 'used_on'] },
  );
}
