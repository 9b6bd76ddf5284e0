/**
 * Long lists in pages of a fixed size, as pre-built pages: the first page at the list's own address,
 * the following ones below it (/erleben/orte/seite/2/, /en/visit/places/page/2/). Plain links, so the
 * pages work without JavaScript, and each page stays small however much content the office adds.
 */
import { languages, type Locale } from '../i18n/languages';

/** Cards per page: divisible by 2, 3 and 4, the column counts of the card grid. */
export const listPageSize = 24;

/**
 * Dates per calendar page: divisible by 2 and 3, the calendar grid's column counts. Smaller than other
 * lists so that a calendar page with its inline CSS stays within 14 KB of gzipped HTML (doc/benchmarks.md).
 */
export const calendarPageSize = 18;

const segment = Object.fromEntries(languages.map((l) => [l.code, l.words.page])) as Record<Locale, string>;

/** Number of pages for a list of `total` items; an empty list still has its first page. */
export function pageCount(total: number, size = listPageSize): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). A page outside the list is a programming error. */
export function pageItems<T>(items: readonly T[], page: number, size = listPageSize): T[] {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`page ${page} does not exist: the list has ${pages} page(s)`);
  return items.slice((page - 1) * size, page * size);
}

/** Address of page `page` of the list at `base`. */
export function listPagePath(base: string, locale: Locale, page: number): string {
  return page === 1 ? base : `${base}${segment[locale]}/${page}/`;
}

/** The page numbers after the first, for getStaticPaths of the `…/seite/[page]` routes. */
export function laterPages(total: number, size = listPageSize): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * The page numbers to link from page `page` of `pages`: the first and the last, and two on each side
 * of the current one; `null` where numbers are left out. Long lists (70 pages of news at 10,000
 * entries) would otherwise show a wall of numbers.
 */
export function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1] === 2) out.push(n - 1);
    else if (i > 0 && n - numbers[i - 1] > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/**
 * hreflang alternates of page `page` of a list whose first pages are at `bases` (in the languages that
 * have the list): this language's page, and each other language's page of the same number where that
 * language's list has as many pages (`pagesIn`).
 */
export function pageAlternates(
  bases: Partial<Record<Locale, string>>,
  locale: Locale,
  page: number,
  pagesIn: Partial<Record<Locale, number>>,
): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const { code } of languages) {
    const base = bases[code];
    if (base && (code === locale || page <= (pagesIn[code] ?? 0))) out[code] = listPagePath(base, code, page);
  }
  return out;
}

/** Page counts of a list in every language that has it, for pageAlternates. */
export async function pagesPerLocale(locales: readonly Locale[], count: (locale: Locale) => Promise<number> | number): Promise<Partial<Record<Locale, number>>> {
  return Object.fromEntries(await Promise.all(locales.map(async (l) => [l, pageCount(await count(l))])));
}
