/**
 * HTML validation of the built pages with html-validate and the project's configuration
 * (.htmlvalidate.mjs, which lists and justifies every rule that is narrowed or off).
 */
import { HtmlValidate } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';
import { documentOf, htmlPages } from './dist.mjs';

/**
 * The one element excused outside the configuration: Astro writes exactly this <style> into <body>
 * before the first island of a page (withastro/astro#10308, open), and no option moves it into <head>.
 * Any other <style> (or other element) in the wrong place is still reported.
 */
export const astroIslandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Whether a message is about that exact Astro element. */
export function isAstroIslandStyle(message, html) {
  // html-validate reports the tag name, one character after the "<".
  return message.ruleId === 'element-permitted-content' && html.startsWith(astroIslandStyle, message.offset - 1);
}

/**
 * Astro's redirect stubs (one per entry of `redirects` in astro.config.mjs, for `astro preview`; nginx
 * answers those addresses with real 301s, deploy/). Astro writes them from a fixed template with a
 * lowercase <!doctype html>, which no option changes.
 */
export function isRedirectStub(html) {
  return /^<!doctype html><title>Redirecting to: /i.test(html) && /<meta http-equiv="refresh"/i.test(html);
}

/**
 * Validates every HTML file of a built site. Returns the page count, the problems, the number of
 * Astro island styles excused and the number of redirect stubs (validated like every page; only the
 * spelling of their doctype is excused).
 */
export async function validatePages(dist) {
  const validator = new HtmlValidate(config);
  const problems = [];
  let excused = 0;
  let redirectStubs = 0;
  const pages = htmlPages(dist);
  for (const { file, path } of pages) {
    const { html } = documentOf(file);
    const stub = isRedirectStub(html);
    if (stub) redirectStubs++;
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (isAstroIslandStyle(m, html)) {
          excused++;
          continue;
        }
        if (stub && m.ruleId === 'doctype-style') continue;
        problems.push({ page: path, rule: m.ruleId, message: m.message, selector: m.selector ?? '' });
      }
    }
  }
  return { pages: pages.length, problems, excused, redirectStubs };
}
