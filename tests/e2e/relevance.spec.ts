import { test, expect } from './fixtures';

/**
 * The relevance test set: queries people really type (German and English, parts of compounds,
 * spelling variants, the other language's name) with the page that must be among the first three
 * results. Each row is its own test so that a failure names the query; all run in the worker's one
 * browser page (fixtures.ts), whose cache keeps Pagefind's code and index between queries.
 */
const cases: [string, 'de' | 'en', string, string[]][] = [
  // query, language, why, acceptable pages (any of them in the top three)
  ['Zollern', 'de', 'name', ['/erleben/orte/zeche-zollern/']],
  ['Zeche Zollern', 'de', 'full name', ['/erleben/orte/zeche-zollern/']],
  ['Bergwerk', 'de', 'synonym', ['/erleben/orte/zeche-zollern/']],
  ['Fußballmuseum', 'de', 'compound', ['/erleben/orte/deutsches-fussballmuseum/']],
  ['Fussballmuseum', 'de', 'ss for ß', ['/erleben/orte/deutsches-fussballmuseum/']],
  ['Museum Fußball', 'de', 'parts of a compound', ['/erleben/orte/deutsches-fussballmuseum/']],
  ['Weihnachtsmarkt', 'de', 'compound', ['/kultur/festivals/dortmunder-weihnachtsmarkt/']],
  ['Weihnachten', 'de', 'part of a compound', ['/kultur/festivals/dortmunder-weihnachtsmarkt/']],
  ['Phoenixsee', 'de', 'spelling without hyphen', ['/erleben/orte/phoenix-see/']],
  ['Phoenix See', 'de', 'spelling with a space', ['/erleben/orte/phoenix-see/']],
  ['Florianturm', 'de', 'name', ['/erleben/orte/florianturm/']],
  ['Fernsehturm', 'de', 'what it is', ['/erleben/orte/florianturm/']],
  ['Kokerei', 'de', 'part of the name', ['/erleben/orte/kokerei-hansa/']],
  ['Dortmunder U', 'de', 'name', ['/erleben/orte/dortmunder-u/']],
  ['Konzerthaus', 'de', 'name', ['/erleben/orte/konzerthaus-dortmund/']],
  ['Oper', 'de', 'part of a compound', ['/erleben/orte/opernhaus-dortmund/']],
  ['Westfalenstadion', 'de', 'old name', ['/erleben/orte/signal-iduna-park/']],
  ['Signal Iduna Park', 'de', 'name', ['/erleben/orte/signal-iduna-park/']],
  ['Rombergpark', 'de', 'name', ['/erleben/orte/botanischer-garten-rombergpark/']],
  ['Zoo', 'de', 'name', ['/erleben/orte/zoo-dortmund/']],
  ['Reinoldikirche', 'de', 'name', ['/erleben/orte/reinoldikirche/']],
  ['Mayday', 'de', 'festival', ['/kultur/festivals/mayday/', '/veranstaltungen/mayday-2027/', '/veranstaltungen/mayday-2026/']],
  ['Logistik', 'de', 'sector', ['/wirtschaft/logistik/']],
  ['Impressum', 'de', 'legal page by its own name', ['/impressum/']],
  ['Anreise', 'de', 'practical', ['/erleben/anreise/']],
  ['Hörde', 'de', 'district', ['/erleben/stadtbezirke/hoerde/', '/erleben/touren/phoenix-see-und-hoerde/']],
  ['Industriekultur', 'de', 'theme', ['/erleben/touren/industriekultur-route/', '/erleben/orte/zeche-zollern/', '/erleben/orte/kokerei-hansa/', '/kultur/festivals/extraschicht/']],
  ['Gebärdensprache', 'de', 'service', ['/gebaerdensprache/']],
  ['Hansa', 'de', 'part of a name', ['/erleben/orte/kokerei-hansa/', '/erleben/touren/city-und-hansegeschichte/']],
  ['Stadion', 'de', 'generic word', ['/erleben/orte/signal-iduna-park/']],
  ['colliery', 'en', 'English name', ['/en/visit/places/zollern-colliery-museum/']],
  ['Zeche Zollern', 'en', 'German name on English pages', ['/en/visit/places/zollern-colliery-museum/']],
  ['football museum', 'en', 'English name', ['/en/visit/places/german-football-museum/']],
  ['Fußballmuseum', 'en', 'German name on English pages', ['/en/visit/places/german-football-museum/']],
  ['Christmas market', 'en', 'English name', ['/en/culture/festivals/dortmund-christmas-market/']],
  ['TV tower', 'en', 'what it is', ['/en/visit/places/florian-tv-tower/']],
  ['Phoenix lake', 'en', 'English name', ['/en/visit/places/phoenix-lake/']],
  ['logistics', 'en', 'sector', ['/en/business/logistics/']],
  ['getting here', 'en', 'practical', ['/en/visit/getting-here/']],
  ['concert hall', 'en', 'English name', ['/en/visit/places/dortmund-concert-hall/']],
  ['coking plant', 'en', 'English name', ['/en/visit/places/hansa-coking-plant/']],
  ['imprint', 'en', 'legal page by its own name', ['/en/imprint/']],
];

for (const [query, locale, why, expected] of cases) {
  test(`“${query}” (${locale}, ${why}) finds ${expected[0]} in the top three`, async ({ sharedPage: page }) => {
    await page.goto(`${locale === 'de' ? '/suche/' : '/en/search/'}?q=${encodeURIComponent(query)}`);
    const links = page.getByRole('list', { name: /Suchergebnisse|Search results/ }).getByRole('link');
    await expect(links.first()).toBeVisible();
    const top = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3);
    expect(top.some((href) => expected.includes(href!)), `top three: ${top.join(', ')}`).toBe(true);
  });
}
