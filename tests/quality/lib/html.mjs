/**
 * HTML validation of the built pages with html-validate and the project's configuration
 * (.htmlvalidate.mjs, which lists and justifies every rule that is narrowed or off).
 */
import { HtmlValidate } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';
import { documentOf, htmlPages } from './dist.mjs';

/**
 * Astro's redirect stubs (one per entry of `redirects` in astro.config.mjs, for `astro preview`; nginx
 * answers those addresses with real 301s, deploy/). Astro writes them from a fixed template with a
 * lowercase <!doctype html>, which no option changes.
 */
export function isRedirectStub(html) {
  return /^<!doctype html><title>Redirecting to: /i.test(html) && /<meta http-equiv="refresh"/i.test(html);
}

/**
 * Validates every HTML file of a built site. Returns the page count, the problems and the number of
 * redirect stubs (validated like every page; only the spelling of their doctype is excused). Astro's
 * island <style>, which it writes into <body>, is moved into <head> by the build
 * (scripts/deploy/astroHtml.mjs), so one left in <body> is reported like any other.
 */
export async function validatePages(dist) {
  const validator = new HtmlValidate(config);
  const problems = [];
  let redirectStubs = 0;
  const pages = htmlPages(dist);
  for (const { file, path } of pages) {
    const { html } = documentOf(file);
    const stub = isRedirectStub(html);
    if (stub) redirectStubs++;
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (stub && m.ruleId === 'doctype-style') continue;
        problems.push({ page: path, rule: m.ruleId, message: m.message, selector: m.selector ?? '' });
      }
    }
  }
  return { pages: pages.length, problems, redirectStubs };
}
