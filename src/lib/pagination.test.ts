import { describe, expect, it } from 'vitest';
import { laterPages, listPagePath, pageAlternates, pageCount, pageItems, pageWindow } from './pagination';

describe('pagination', () => {
  const items = Array.from({ length: 50 }, (_, i) => i + 1);

  it('splits a list into pages that hold every item once, in order', () => {
    expect(pageCount(50, 24)).toBe(3);
    expect(pageCount(48, 24)).toBe(2);
    expect(pageCount(0, 24)).toBe(1);
    const pages = [1, 2, 3].map((p) => pageItems(items, p, 24));
    expect(pages.map((p) => p.length)).toEqual([24, 24, 2]);
    expect(pages.flat()).toEqual(items);
  });

  it('refuses a page that does not exist', () => {
    expect(() => pageItems(items, 4, 24)).toThrow('page 4 does not exist: the list has 3 page(s)');
    expect(() => pageItems(items, 0, 24)).toThrow('page 0 does not exist');
    expect(pageItems([], 1, 24)).toEqual([]);
  });

  it('keeps the first page at the list address and numbers the others below it per language', () => {
    expect(listPagePath('/erleben/orte/', 'de', 1)).toBe('/erleben/orte/');
    expect(listPagePath('/erleben/orte/', 'de', 2)).toBe('/erleben/orte/seite/2/');
    expect(listPagePath('/en/visit/places/', 'en', 3)).toBe('/en/visit/places/page/3/');
    expect(laterPages(50, 24)).toEqual([2, 3]);
    expect(laterPages(24, 24)).toEqual([]);
  });

  it('links the first, the last and two pages on each side of the current one, with gaps', () => {
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(3, 8)).toEqual([1, 2, 3, 4, 5, null, 8]);
    expect(pageWindow(35, 70)).toEqual([1, null, 33, 34, 35, 36, 37, null, 70]);
    // A gap of one page is shown as that page, not as an ellipsis.
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(70, 70)).toEqual([1, null, 68, 69, 70]);
  });

  it('pairs a page with the same page of the other language only where that exists', () => {
    const bases = { de: '/erleben/orte/', en: '/en/visit/places/' };
    expect(pageAlternates(bases, 'de', 2, { en: 2 })).toEqual({ de: '/erleben/orte/seite/2/', en: '/en/visit/places/page/2/' });
    expect(pageAlternates(bases, 'en', 3, { de: 2 })).toEqual({ en: '/en/visit/places/page/3/' });
    expect(pageAlternates(bases, 'en', 1, { de: 1 })).toEqual({ en: '/en/visit/places/', de: '/erleben/orte/' });
  });
});
