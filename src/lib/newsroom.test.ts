import { describe, expect, it } from 'vitest';
import { laterNewsPages, matchesNewsFilter } from './newsroom';
import type { Pillar } from '../schemas/enums';

const item = (pillar: Pillar, year: number) => ({ data: { pillar, date: new Date(Date.UTC(year, 5, 1)) } });

describe('newsroom list pages', () => {
  // 30 business items from 2026, 20 culture items from 2025: 50 in all.
  const news = [...Array.from({ length: 30 }, () => item('business', 2026)), ...Array.from({ length: 20 }, () => item('culture', 2025))];

  it('filters by section and by year', () => {
    expect(news.filter((n) => matchesNewsFilter(n, { type: 'pillar', value: 'culture' }))).toHaveLength(20);
    expect(news.filter((n) => matchesNewsFilter(n, { type: 'year', value: '2026' }))).toHaveLength(30);
    expect(news.filter((n) => matchesNewsFilter(n))).toHaveLength(50);
  });

  it('builds the later pages of the whole list and of every section and year that needs them', () => {
    expect(laterNewsPages(news)).toEqual([
      { value: undefined, page: 2 },
      { value: undefined, page: 3 },
    ]);
    expect(laterNewsPages(news, 'pillar')).toEqual([{ value: 'business', page: 2 }]);
    expect(laterNewsPages(news, 'year')).toEqual([{ value: '2026', page: 2 }]);
    expect(laterNewsPages(news.slice(0, 24), 'year')).toEqual([]);
  });
});
