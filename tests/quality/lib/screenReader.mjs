/**
 * What a screen-reader user navigates by, checked on every built page: the heading outline (one h1
 * first, no skipped levels), the landmarks (one banner, one main, one contentinfo, every navigation
 * named and named differently), and link texts (every link has a name; no vague names like "hier" or
 * "mehr"; the same name never leads to two different places on one page).
 */
import { attr, documentOf, elements, htmlPages, textOf } from './dist.mjs';

const vague = new Set(['hier', 'mehr', 'weiter', 'link', 'klicken sie hier', 'hier klicken', 'mehr erfahren', 'weiterlesen', 'here', 'more', 'click here', 'read more', 'learn more', 'link']);

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** Accessible name of an element, as far as static HTML tells it. */
function nameOf(el, byId) {
  const label = attr(el, 'aria-label');
  if (label) return clean(label);
  const labelledby = attr(el, 'aria-labelledby');
  if (labelledby) return clean(labelledby.split(/\s+/).map((id) => (byId.get(id) ? textOf(byId.get(id)) : '')).join(' '));
  let text = '';
  const walk = (n) => {
    for (const c of n.childNodes ?? []) {
      if (c.nodeName === '#text') text += c.value;
      else if (c.tagName === 'img') text += attr(c, 'alt') ?? '';
      else if (c.tagName === 'svg') text += attr(c, 'aria-label') ?? '';
      else if (attr(c, 'aria-hidden') !== 'true') walk(c);
    }
  };
  walk(el);
  return clean(text);
}

/** Inside an element that is hidden from everyone (template, hidden, aria-hidden, closed dialog content). */
function hidden(el, parents) {
  return [el, ...parents].some((n) => n.tagName === 'template' || attr(n, 'hidden') !== undefined || attr(n, 'aria-hidden') === 'true');
}

export function checkPage(file) {
  const { doc } = documentOf(file);
  const problems = [];
  const byId = new Map();
  for (const el of elements(doc)) if (attr(el, 'id')) byId.set(attr(el, 'id'), el);

  // Walk with ancestors, to know what is hidden and which landmarks are top-level.
  const visible = [];
  const visit = (node, parents) => {
    for (const c of node.childNodes ?? []) {
      if (!c.tagName) continue;
      if (hidden(c, [])) continue;
      // A closed <dialog> is not in the reading order until it opens.
      if (c.tagName === 'dialog' && attr(c, 'open') === undefined) continue;
      visible.push({ el: c, parents });
      visit(c, [c, ...parents]);
    }
  };
  visit(doc, []);

  // Headings.
  const headings = visible.filter(({ el }) => /^h[1-6]$/.test(el.tagName)).map(({ el }) => ({ level: Number(el.tagName[1]), text: clean(textOf(el)) }));
  if (headings.length === 0 || headings[0].level !== 1) problems.push(`the first heading is not an h1 (${headings[0] ? `h${headings[0].level} "${headings[0].text}"` : 'no headings'})`);
  if (headings.filter((h) => h.level === 1).length !== 1) problems.push(`${headings.filter((h) => h.level === 1).length} h1 headings`);
  for (let i = 1; i < headings.length; i++) {
    if (headings[i].level > headings[i - 1].level + 1) problems.push(`heading level skipped: h${headings[i - 1].level} "${headings[i - 1].text}" → h${headings[i].level} "${headings[i].text}"`);
  }
  for (const h of headings) if (!h.text) problems.push(`empty h${h.level}`);

  // Landmarks: header/footer count as banner/contentinfo only outside sectioning content.
  const sectioning = new Set(['article', 'aside', 'main', 'nav', 'section']);
  const topLevel = (parents) => !parents.some((p) => sectioning.has(p.tagName));
  const count = (pred) => visible.filter(pred).length;
  const banners = count(({ el, parents }) => (el.tagName === 'header' && topLevel(parents)) || attr(el, 'role') === 'banner');
  const mains = count(({ el }) => el.tagName === 'main' || attr(el, 'role') === 'main');
  const infos = count(({ el, parents }) => (el.tagName === 'footer' && topLevel(parents)) || attr(el, 'role') === 'contentinfo');
  if (banners !== 1) problems.push(`${banners} banner landmarks`);
  if (mains !== 1) problems.push(`${mains} main landmarks`);
  if (infos !== 1) problems.push(`${infos} contentinfo landmarks`);
  const navNames = visible.filter(({ el }) => el.tagName === 'nav').map(({ el }) => nameOf({ ...el, childNodes: [] }, byId) || '');
  if (navNames.length > 1) {
    for (const n of navNames) if (!n) problems.push('a navigation without a name among several');
    const seen = new Set();
    for (const n of navNames.filter(Boolean)) {
      if (seen.has(n)) problems.push(`two navigations named "${n}"`);
      seen.add(n);
    }
  }

  // Links.
  const targets = new Map();
  for (const { el } of visible.filter(({ el }) => el.tagName === 'a' && attr(el, 'href') !== undefined)) {
    const name = nameOf(el, byId);
    const href = attr(el, 'href');
    if (!name) {
      problems.push(`link without a name: ${href}`);
      continue;
    }
    if (vague.has(name.toLowerCase())) problems.push(`vague link text "${name}" → ${href}`);
    const key = name.toLowerCase();
    const target = href.replace(/#.*$/, '') || '(same page)';
    if (!targets.has(key)) targets.set(key, new Set());
    targets.get(key).add(target);
  }
  for (const [name, set] of targets) if (set.size > 1) problems.push(`the link text "${name}" leads to ${set.size} different places: ${[...set].slice(0, 3).join(', ')}`);
  return problems;
}

export function checkScreenReaderOutline(dist) {
  const results = [];
  for (const { file, path } of htmlPages(dist)) {
    // Redirect stubs for `astro preview` (the old addresses) have no content to navigate.
    if (/<meta http-equiv="refresh"/i.test(documentOf(file).html)) continue;
    const problems = checkPage(file);
    if (problems.length) results.push({ path, problems });
  }
  return results;
}
