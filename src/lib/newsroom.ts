/** Addresses of the newsroom's filter pages and feeds. */
import { pillars, type Pillar } from '../schemas/enums';
import { locales, type Locale } from '../i18n/languages';
import { routeFor } from '../i18n/routes';
import { laterPages } from './pagination';

export type NewsFilter = { type: 'pillar'; value: Pillar } | { type: 'year'; value: string };

/** What the newsroom's lists need of a news item (a news entry has it). */
type Dated = { data: { pillar: Pillar; date: Date } };

/** The newsroom's RSS feed a page of each language links to (src/i18n/languages.ts). */
export const rssPath = Object.fromEntries(locales.map((l) => [l, routeFor('rss', l)])) as Record<Locale, string>;

/** Address of a filter page of the newsroom in a language that has the newsroom. */
export function newsFilterPath(locale: Locale, filter: NewsFilter): string {
  return `${routeFor(filter.type === 'pillar' ? 'newsPillar' : 'newsYear', locale)}${filter.value}/`;
}

/** Sections and years that have news, in a stable order. */
export function newsFilters(news: Dated[]): { pillars: Pillar[]; years: string[] } {
  return {
    pillars: pillars.filter((p) => news.some((n) => n.data.pillar === p)),
    years: [...new Set(news.map((n) => String(n.data.date.getUTCFullYear())))].sort().reverse(),
  };
}

/** Whether a news item belongs on the newsroom page with this filter (every item without one). */
export function matchesNewsFilter(item: Dated, filter?: NewsFilter): boolean {
  if (!filter) return true;
  return filter.type === 'pillar' ? item.data.pillar === filter.value : String(item.data.date.getUTCFullYear()) === filter.value;
}

/**
 * The newsroom's later list pages (2, 3 …), for getStaticPaths: of the whole list, or of every section
 * or year page. The office publishes every week, so each of these lists grows for years.
 */
export function laterNewsPages(news: Dated[], type?: NewsFilter['type']): { value?: string; page: number }[] {
  const filters: (NewsFilter | undefined)[] = !type
    ? [undefined]
    : type === 'pillar'
      ? newsFilters(news).pillars.map((value) => ({ type, value }))
      : newsFilters(news).years.map((value) => ({ type, value }));
  return filters.flatMap((filter) => laterPages(news.filter((n) => matchesNewsFilter(n, filter)).length).map((page) => ({ value: filter?.value, page })));
}
