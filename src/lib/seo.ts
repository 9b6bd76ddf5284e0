import type { Locale } from '../schemas/enums';
import { languages, sourceLocale } from '../i18n/languages';

/** Addresses of one page in each language; a language is absent when the page has no translation. */
export type Alternates = Partial<Record<Locale, string>>;

export interface HreflangLink {
  hreflang: string;
  href: string;
}

/**
 * The hreflang links of a page: one per existing language version, the page itself included, and
 * x-default pointing at the German version (the source language), or else the first version there is.
 */
export function hreflangLinks(alternates: Alternates, site: URL | string): HreflangLink[] {
  const abs = (path: string) => new URL(path, site).href;
  const links: HreflangLink[] = [];
  for (const l of languages) {
    const path = alternates[l.code];
    if (path) links.push({ hreflang: l.hreflang, href: abs(path) });
  }
  const fallback = alternates[sourceLocale] ?? languages.map((l) => alternates[l.code]).find(Boolean);
  if (fallback) links.push({ hreflang: 'x-default', href: abs(fallback) });
  return links;
}

/** Joins a page title with the site name, keeping the page's own title first. */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} | ${siteName}`;
}
