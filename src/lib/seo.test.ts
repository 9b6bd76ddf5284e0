import { describe, expect, it } from 'vitest';
import { hreflangLinks } from './seo';

describe('hreflang', () => {
  it('lists both languages and x-default pointing at German', () => {
    expect(hreflangLinks({ de: '/erleben/', en: '/en/visit/' }, 'https://example.org')).toEqual([
      { hreflang: 'de', href: 'https://example.org/erleben/' },
      { hreflang: 'en', href: 'https://example.org/en/visit/' },
      { hreflang: 'x-default', href: 'https://example.org/erleben/' },
    ]);
  });

  it('lists the only version of a single-language page as itself and x-default', () => {
    expect(hreflangLinks({ de: '/leichte-sprache/' }, 'https://example.org').map((l) => l.hreflang)).toEqual(['de', 'x-default']);
  });
});
