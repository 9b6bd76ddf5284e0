/**
 * Extra words for the search index, so that German compounds are found by their parts and names by
 * their other-language or colloquial forms. Pagefind indexes them from an attribute, so they help
 * search without appearing on the page or being read out by screen readers.
 */

/** Compounds and names found in page text → the words they should also be found by. */
const expansions: [RegExp, string][] = [
  [/weihnachtsmarkt/i, 'Weihnachten Markt Christmas market'],
  [/fußballmuseum|fussballmuseum/i, 'Fußball Fussball Fussballmuseum Museum football museum'],
  [/industriekultur/i, 'Industrie Kultur industrial heritage'],
  [/industrial heritage/i, 'Industriekultur'],
  [/zeche zollern|zollern/i, 'Zeche Zollern Zollern colliery Bergwerk mine'],
  [/kokerei/i, 'Kokerei coking plant'],
  [/florianturm|florian/i, 'Florianturm Fernsehturm TV tower Florian'],
  [/phoenix-see|phoenix lake/i, 'Phoenix See Phoenixsee Phoenix-See lake'],
  [/westfalenhallen/i, 'Westfalenhalle Messe trade fair exhibition'],
  [/signal iduna park|westfalenstadion/i, 'Westfalenstadion Stadion stadium BVB Borussia'],
  [/westfalenpark/i, 'Westfalen Park'],
  [/opernhaus|oper\b/i, 'Oper Opernhaus opera house'],
  [/hauptbahnhof|main station/i, 'Hauptbahnhof Bahnhof Hbf main station'],
  [/gebärdensprache/i, 'DGS Gebärden'],
  [/barrierefrei/i, 'barrierefrei Barrierefreiheit Rollstuhl accessible wheelchair'],
  [/stadtbezirk/i, 'Stadtteil Bezirk district'],
  [/konzerthaus/i, 'Konzerthaus Konzert concert hall'],
  [/merkliste|saved list/i, 'Merkliste Favoriten'],
];

/** The keywords for a page from its title and text. */
export function searchKeywords(...texts: (string | undefined)[]): string {
  const text = texts.filter(Boolean).join(' ');
  const words = new Set<string>();
  for (const [pattern, extra] of expansions) if (pattern.test(text)) extra.split(' ').forEach((w) => words.add(w));
  // Hyphenated names are also found without their hyphens and as their parts: Phoenix-See → Phoenixsee, Phoenix, See.
  for (const m of text.matchAll(/\b([A-ZÄÖÜ][a-zäöüß]+)-([A-ZÄÖÜ][a-zäöüß]+)\b/g)) {
    words.add(m[1] + m[2].toLowerCase());
    words.add(m[1]);
    words.add(m[2]);
  }
  return [...words].join(' ');
}
