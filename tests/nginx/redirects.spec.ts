import { test, expect } from '@playwright/test';
import { EXTERNAL_TARGET_HOSTS, MOVED_PAGE, loadRedirects, resolve, splitOldUrl } from '../../scripts/deploy/lib/redirects.mjs';
import { existsInSite, get, origin, pathOf, portalHost } from './helpers';

/**
 * Every address of the former sites through the real nginx, sent with its old Host header: status,
 * Location, and the page it leads to answering 200 on the portal (no chain).
 */
const data = loadRedirects();
const oldHost = (url: string) => new URL(url).host;
/** The same address with the other spelling of its host (www. added or removed), where that exists. */
function otherSpelling(url: string): string | null {
  const u = new URL(url);
  if (u.hostname.startsWith('www.')) u.hostname = u.hostname.slice(4);
  else if (u.hostname.split('.').length === 2) u.hostname = `www.${u.hostname}`;
  else return null;
  return u.href;
}

test('the table holds every address of deploy/redirects/legacy-urls.csv', () => {
  expect(data.legacy.length).toBe(47);
  const exact = new Set(data.rows.map((r: { oldUrl: string }) => r.oldUrl));
  expect(data.legacy.filter((u: string) => !exact.has(u))).toEqual([]);
});

test('every target is a page of the built site or the city’s own site, and no target is itself redirected', () => {
  const targets = [...data.rows, ...data.rules].filter((r) => r.status === 301).map((r) => r.target as string);
  const missing = targets.filter((t) => t.startsWith('/') && !existsInSite(t));
  expect(missing, 'targets missing in the built site').toEqual([]);
  const external = targets.filter((t) => !t.startsWith('/'));
  for (const t of external) expect(EXTERNAL_TARGET_HOSTS, t).toContain(new URL(t).hostname);
  // A target on a former host must not be an address the table redirects again.
  const chained = external.filter((t) => resolve(t, data).via !== 'moved page');
  expect(chained, 'targets that the table would redirect again').toEqual([]);
  for (const page of Object.values(MOVED_PAGE)) expect(existsInSite(page), page).toBe(true);
});

async function expectAnswer(url: string, expected: { status: number; target?: string | null; lang?: string }) {
  const response = await get(pathOf(url), { host: oldHost(url) });
  expect(response.status, url).toBe(expected.status);
  if (expected.status === 410) {
    expect(response.headers.location, url).toBeUndefined();
    const html = response.body.toString('utf8');
    expect(html, url).toContain(`<html lang="${expected.lang}"`);
    expect(html, url).toContain('id="moved-q"');
    return;
  }
  const target = expected.target!;
  const location = target.startsWith('/') ? `${origin}${target}` : target;
  expect(response.headers.location, url).toBe(location);
  if (target.startsWith('/')) {
    const final = await get(target, { host: portalHost });
    expect(final.status, `${url} → ${target}`).toBe(200);
  }
}

test.describe('the redirect table', () => {
  for (const row of data.rows) {
    test(`${row.status} ${row.oldUrl}`, async () => {
      await expectAnswer(row.oldUrl, row);
      const other = otherSpelling(row.oldUrl);
      if (other) await expectAnswer(other, row);
      const scheme = row.oldUrl.startsWith('https:') ? row.oldUrl.replace('https:', 'http:') : row.oldUrl.replace('http:', 'https:');
      expect(resolve(scheme, data).status, 'http and https answer alike').toBe(row.status);
    });
  }
});

test.describe('the rules', () => {
  for (const rule of data.rules) {
    test(`rule ${rule.name}`, async () => {
      for (const [url, status, targetOrLang] of rule.examples as [string, number, string][]) {
        const expected = status === 410 ? { status, lang: targetOrLang } : { status, target: targetOrLang };
        expect(resolve(url, data).via, url).toBe(`rule ${rule.name}`);
        await expectAnswer(url, expected);
      }
    });
  }
});

test.describe('addresses nobody mapped', () => {
  for (const [url, lang, words] of data.unknownExamples as [string, 'de' | 'en', string][]) {
    test(`${url} lands on the moved page with "${words}"`, async () => {
      const expected = `${MOVED_PAGE[lang]}${words ? `?q=${words.split(' ').join('+')}` : ''}`;
      expect(resolve(url, data)).toMatchObject({ status: 302, target: expected });
      const response = await get(pathOf(url), { host: oldHost(url) });
      expect(response.status).toBe(302);
      expect(response.headers.location).toBe(`${origin}${expected}`);
      const moved = await get(expected, { host: portalHost });
      expect(moved.status).toBe(200);
      expect(moved.body.toString('utf8')).toContain(`<input id="moved-q" value="${words}"`);
    });
  }

  test('a page of the portal asked on a former host goes to the portal', async () => {
    const response = await get('/suche/?q=Zeche', { host: 'visit.dortmund.de' });
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`${origin}/suche/?q=Zeche`);
  });

  test('the moved page takes only plain words from ?q=', async () => {
    for (const q of ['%22%3E%3Cscript%3Ealert(1)%3C/script%3E', 'a"b', 'zeche<b>']) {
      const response = await get(`/umgezogen/?q=${q}`);
      expect(response.status).toBe(200);
      expect(response.body.toString('utf8'), q).toContain('<input id="moved-q" value=""');
    }
  });

  test('every former host answers on both spellings and never with a bare 404', async () => {
    for (const host of data.hosts as string[]) {
      for (const name of host.split('.').length === 2 ? [host, `www.${host}`] : [host]) {
        const response = await get('/eine/seite/die-es-nie-gab.html', { host: name });
        expect(response.status, name).toBe(302);
        expect(response.headers.location, name).toBe(`${origin}/umgezogen/?q=die+es+nie+gab`);
      }
    }
  });
});

test('the old address of a row splits as nginx sees it', () => {
  // Guards the table's own parsing: host without www., decoded path, raw query.
  expect(splitOldUrl('https://WWW.Dortmund.de/de/a%20b/x.jsp?nid=1')).toEqual({ scheme: 'https', host: 'dortmund.de', path: '/de/a b/x.jsp', query: 'nid=1' });
});
