/**
 * Accessibility beyond the first paint: axe on the states visitors produce (dialogs open, filters
 * applied, results shown, forms with errors), a keyboard walk through every island, text at 200 %,
 * forced colours and reduced motion. Every page's static state is checked in every-page.spec.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';

const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function expectNoAxeViolations(page: Page, state: string) {
  const { violations, passes } = await axeViolations(page);
  console.log(`axe · ${state}: ${violations.length} violations, ${passes} rules passed`);
  expect(violations, state).toEqual([]);
}

/** The element that has focus, described by role-relevant facts for assertions. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim() ?? '', id: el?.id ?? '', name: el?.getAttribute('name') ?? '' };
  });

test.describe('axe on interactive states', () => {
  test('search dialog open with results', async ({ page }) => {
    await page.goto('/impressum/');
    const field = page.getByRole('search', { name: 'Schnellsuche' }).getByRole('searchbox');
    await field.fill('Zollern');
    await field.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Suche' });
    await expect(dialog.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page, 'search dialog open with results');
  });

  test('search page with results, a filter and date sorting applied', async ({ page }) => {
    await page.goto('/suche/?q=Museum');
    const results = page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Art' }).selectOption({ index: 1 });
    await expect(page).toHaveURL(/[?&]/);
    await expect(results.first()).toBeVisible();
    await expectNoAxeViolations(page, 'search page, filter applied');
  });

  test('search page with no results (spelling help, other language, sections)', async ({ page }) => {
    await page.goto('/suche/?q=Qwxyzz');
    await expect(page.getByRole('navigation', { name: 'Bereiche des Portals' })).toBeVisible();
    await expectNoAxeViolations(page, 'search page, zero results');
  });

  test('event finder with a date range and a category', async ({ page }) => {
    await page.goto('/veranstaltungen/?zeit=range&von=2027-04-01&bis=2027-12-31&kategorie=music');
    await expect(page.getByRole('combobox', { name: 'Kategorie' })).toHaveValue('music');
    await expectNoAxeViolations(page, 'event finder, filters applied');
  });

  test('map with filters and the OpenStreetMap layer loaded', async ({ page }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    await page.goto('/erleben/karte/');
    await page.getByRole('combobox', { name: 'Art' }).selectOption('museum');
    await expectNoAxeViolations(page, 'map, filter applied');
    await page.getByRole('button', { name: 'OpenStreetMap-Karte laden' }).click();
    await expect(page.getByRole('link', { name: 'OpenStreetMap-Mitwirkende' })).toBeVisible();
    await expectNoAxeViolations(page, 'map, OpenStreetMap loaded');
  });

  test('saved list with entries', async ({ page }) => {
    await page.goto('/erleben/orte/zeche-zollern/');
    await page.getByRole('button', { name: 'Auf die Merkliste' }).click();
    await expectNoAxeViolations(page, 'place page, saved (toggle pressed)');
    await page.goto('/erleben/merkliste/');
    await expect(page.getByRole('status')).toContainText('1 Eintrag');
    await expectNoAxeViolations(page, 'saved list with an entry');
  });

  test('contact finder with a topic chosen', async ({ page }) => {
    await page.goto('/wirtschaft/ansprechpartner/');
    await page.getByRole('radio').nth(1).check();
    await expectNoAxeViolations(page, 'contact finder, topic chosen');
  });

  test('feedback form with an error and with the composed message', async ({ page }) => {
    await page.goto('/barrierefreiheit/');
    await page.getByRole('button', { name: 'Nachricht erstellen' }).click();
    await expect(page.getByText('Bitte beschreiben Sie die Barriere.')).toBeVisible();
    await expectNoAxeViolations(page, 'feedback form, missing field');
    await page.getByRole('textbox', { name: /Was hat nicht funktioniert/ }).fill('Die Filter der Karte sind mit der Tastatur nicht erreichbar.');
    await page.getByRole('button', { name: 'Nachricht erstellen' }).click();
    await expect(page.getByRole('heading', { name: 'Ihre Nachricht', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'feedback form, message composed');
  });

  test('English pages in the same states: search dialog and feedback form', async ({ page }) => {
    await page.goto('/en/accessibility/');
    await page.getByRole('button', { name: 'Write the message' }).click();
    await expectNoAxeViolations(page, 'feedback form (English), missing field');
    const field = page.getByRole('search', { name: 'Quick search' }).getByRole('searchbox');
    await field.fill('colliery');
    await field.press('Enter');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page, 'search dialog (English) with results');
  });
});

test.describe('keyboard walk through each island', () => {
  test('feedback form: fields in order, error focus, composed message focused and announced', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/barrierefreiheit/?seite=%2Ferleben%2Fkarte%2F');
    const pageField = page.getByRole('textbox', { name: /Auf welcher Seite/ });
    await expect(pageField).toHaveValue(/\/erleben\/karte\/$/);
    await pageField.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: /Was hat nicht funktioniert/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: /Wie können wir Ihnen antworten/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Nachricht erstellen' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The missing field gets focus, says why, and is marked invalid.
    const problem = page.getByRole('textbox', { name: /Was hat nicht funktioniert/ });
    await expect(problem).toBeFocused();
    await expect(problem).toHaveAttribute('aria-invalid', 'true');
    await expect(problem).toHaveAccessibleDescription(/Bitte beschreiben Sie die Barriere/);
    await page.keyboard.type('Der Filter „Art“ lässt sich nicht bedienen.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ihre Nachricht', exact: true })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Ihre Nachricht ist fertig' })).toBeVisible();
    const letter = page.getByRole('document', { name: 'Ihre Nachricht', exact: true });
    await expect(letter).toContainText('Friedensplatz 1');
    await expect(letter).toContainText('/erleben/karte/');
    await expect(letter).toContainText('Der Filter „Art“ lässt sich nicht bedienen.');
    // No e-mail address is published yet, so there is no e-mail button; copy works from the keyboard.
    await expect(page.getByRole('link', { name: 'Im E-Mail-Programm öffnen' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Text kopieren' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Der Text ist in der Zwischenablage.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Der Filter „Art“ lässt sich nicht bedienen.');
    // Editing again hides the stale message.
    await problem.fill('Etwas anderes.');
    await expect(letter).toHaveCount(0);
  });

  test('the footer leads from any page to the form with that page filled in', async ({ page }) => {
    await page.goto('/erleben/orte/zeche-zollern/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Barriere melden' }).click();
    await expect(page).toHaveURL(/\/barrierefreiheit\/\?seite=%2Ferleben%2Forte%2Fzeche-zollern%2F#feedback-form$/);
    await expect(page.getByRole('textbox', { name: /Auf welcher Seite/ })).toHaveValue(/\/erleben\/orte\/zeche-zollern\/$/);
  });

  test('map: filters, list and the OpenStreetMap button by keyboard', async ({ page }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    await page.goto('/erleben/karte/');
    const kind = page.getByRole('combobox', { name: 'Art' });
    await kind.focus();
    await page.keyboard.press('ArrowDown');
    await expect(kind).not.toHaveValue('');
    await expect(page).toHaveURL(/kind=/);
    const load = page.getByRole('button', { name: 'OpenStreetMap-Karte laden' });
    await load.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: 'OpenStreetMap-Mitwirkende' })).toBeVisible();
    // Focus is not lost to the page body after the button disappears.
    const after = await focused(page);
    expect(after.tag).not.toBe('body');
  });

  test('save toggle and saved list: save, announce, remove with the keyboard', async ({ page }) => {
    await page.goto('/erleben/orte/zeche-zollern/');
    const save = page.getByRole('button', { name: 'Auf die Merkliste' });
    await save.focus();
    await page.keyboard.press('Space');
    const saved = page.getByRole('button', { name: 'Auf der Merkliste' });
    await expect(saved).toHaveAttribute('aria-pressed', 'true');
    await expect(saved).toBeFocused();
    await page.goto('/erleben/merkliste/');
    const remove = page.getByRole('button', { name: /Entfernen/ }).first();
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(/0 Einträge|leer/);
    const after = await focused(page);
    expect(after.tag, 'focus must not fall back to the page body').not.toBe('body');
  });

  test('event finder: period radios with arrow keys, category, reset', async ({ page }) => {
    await page.goto('/veranstaltungen/');
    const all = page.getByRole('radio', { name: 'Alle Termine' });
    await all.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Heute' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Heute' })).toBeFocused();
    await expect(page.getByRole('status').first()).toContainText(/Termin/);
    const reset = page.getByRole('button', { name: 'Filter zurücksetzen' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(all).toBeChecked();
  });

  test('search page: facets and sorting reachable by Tab after the field', async ({ page }) => {
    await page.goto('/suche/?q=Zeche');
    await expect(page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
    // Facet values load just after the first results.
    await expect(page.getByRole('combobox', { name: 'Bereich' })).toBeVisible();
    const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
    await field.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? '';
        }),
      );
    }
    for (const name of ['Bereich', 'Art', 'Sortierung']) expect(reached.some((r) => r.includes(name)), `${name} in ${reached.join(' | ')}`).toBe(true);
  });
});

test.describe('text at 200 %', () => {
  // The test doubles the text with a style it adds; each page's style policy would refuse it.
  test.use({ bypassCSP: true });
  test('pages keep their content without horizontal scrolling when text is doubled', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of ['/', '/erleben/orte/zeche-zollern/', '/veranstaltungen/', '/barrierefreiheit/', '/leichte-sprache/anreise/', '/en/business/figures/']) {
      await page.goto(path);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
        // Navigation links must stay inside the viewport.
        for (const a of document.querySelectorAll('header a, header button, footer a')) {
          const r = a.getBoundingClientRect();
          if (r.width > 0 && (r.right > root.clientWidth + 1 || r.left < -1)) out.push(`${a.textContent?.trim()} is cut off`);
        }
        return out;
      });
      expect(problems, path).toEqual([]);
    }
  });
});

test.describe('forced colours', () => {
  test.use({ colorScheme: 'light' });
  test('controls keep visible borders and focus stays visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    for (const path of ['/barrierefreiheit/', '/erleben/karte/', '/veranstaltungen/', '/suche/?q=Zeche', '/wirtschaft/ansprechpartner/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (path === '/barrierefreiheit/') await page.getByRole('button', { name: 'Nachricht erstellen' }).click();
      const borderless = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, textarea, input:not([type=radio]):not([type=checkbox]):not([type=hidden])')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter((el) => {
            const s = getComputedStyle(el);
            return s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0;
          })
          .map((el) => `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`),
      );
      expect(borderless, path).toEqual([]);
    }
    await page.goto('/barrierefreiheit/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});

test.describe('reduced motion', () => {
  test('no animation or transition runs when the visitor asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/', '/erleben/karte/', '/veranstaltungen/']) {
      await page.goto(path);
      const moving = await page.evaluate(() => {
        const out: string[] = [];
        const seconds = (v: string) => Math.max(...v.split(',').map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x))));
        for (const el of document.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) out.push(`${el.tagName} animation ${s.animationName}`);
          if (seconds(s.transitionDuration) > 0.01) out.push(`${el.tagName} transition ${s.transitionProperty}`);
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling');
        return out;
      });
      expect(moving, path).toEqual([]);
    }
  });
});
