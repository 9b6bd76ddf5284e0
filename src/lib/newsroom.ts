/** Addresses of the newsroom's filter pages and feeds. */
import type { CollectionEntry } from 'astro:content';
import { pillars, type Locale, type Pillar } from '../schemas/enums';

export type NewsFilter = { type: 'pillar'; value: Pillar } | { type: 'year'; value: string };

const base: Record<Locale, { pillar: string; year: string }> = {
  de: { pillar: '/aktuelles/bereich/', year: '/aktuelles/jahr/' },
  en: { pillar: '/en/news/section/', year: '/en/news/year/' },
};

export const rssPath: Record<Locale, string> = { de: '/aktuelles/rss.xml', en: '/en/news/rss.xml' };

export function newsFilterPath(locale: Locale, filter: NewsFilter): string {
  return `${base[locale][filter.type]}${filter.value}/`;
}

/** Sections and years that have news, in a stable order. */
export function newsFilters(news: CollectionEntry<'news'>[]): { pillars: Pillar[]; years: string[] } {
  return {
    pillars: pillars.filter((p) => news.some((n) => n.data.pillar === p)),
    years: [...new Set(news.map((n) => String(n.data.date.getUTCFullYear())))].sort().reverse(),
  };
}
