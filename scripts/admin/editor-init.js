/**
 * Runs in the editor's page after Decap CMS (bundled into dist/admin/init.js by scripts/admin/lib.mjs,
 * with js-yaml and the rules generated from the schemas). Two things Decap cannot be configured to do:
 *
 * 1. Files are read and written with js-yaml, the parser the build uses (Astro's front matter), so that
 *    what the editor writes is what the build reads: a local time such as "2027-02-07 12:00" is written
 *    in quotes (unquoted, YAML would read a UTC timestamp), empty values and nulls are left out (an
 *    optional field nobody filled is absent, not `url: null` or `image: {}`), for every language.
 * 2. Before saving, fields the schema requires inside an optional object (an image's alt text, credit
 *    and licence) are checked once the object is filled, with the build's message in German; the save
 *    stops and nothing is written.
 * 3. Accessible names and states Decap's markup lacks (repairAccessibility below); the colours are in
 *    scripts/admin/editor.css.
 */
import yaml from 'js-yaml';

/* global RULES */
const rules = RULES;

function isEmpty(value) {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** The value without empty strings, nulls, empty lists and empty objects, at any depth. */
export function prune(value) {
  if (Array.isArray(value)) return value.map(prune).filter((v) => !isEmpty(v));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (!isEmpty(p)) out[k] = p;
    }
    return out;
  }
  return value;
}

/** YAML as the build reads it; CORE_SCHEMA keeps dates as the strings the editor's date fields use. */
const load = (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
/** Top-level keys in the order of the editor's fields (Decap passes it), the rest after them. */
function ordered(data, sortedKeys = []) {
  const out = {};
  for (const k of sortedKeys) if (k in data) out[k] = data[k];
  for (const k of Object.keys(data)) if (!(k in out)) out[k] = data[k];
  return out;
}

/**
 * js-yaml's default schema knows timestamps, so a string the build would read as a date ("2026-04-30",
 * an all-day event's start) is written in quotes and stays a string.
 */
const dump = (data, sortedKeys) => yaml.dump(ordered(prune(data), sortedKeys), { lineWidth: -1, noRefs: true, quotingType: '"' });

export const frontmatter = {
  fromFile(content) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
    if (!m) return { body: content };
    return { ...load(m[1]), body: m[2].replace(/^\r?\n/, '') };
  },
  toFile(data, sortedKeys) {
    const { body = '', ...meta } = data;
    return `---\n${dump(meta, sortedKeys)}---\n${body ? `\n${body.trim()}\n` : ''}`;
  },
};

export const yamlFile = {
  fromFile: (content) => load(content),
  toFile: (data, sortedKeys) => dump(data, sortedKeys),
};

/** Problems of one language's data: required fields missing in a filled optional object. */
export function problems(collection, data, language) {
  const get = (path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), data);
  return (rules[collection] ?? []).filter((r) => !isEmpty(prune(get(r.object))) && isEmpty(get(r.field))).map((r) => `${language} – ${r.message}`);
}

/** Widgets repairAccessibility has looked at (whether Decap shows one inactive does not change). */
const checkedWidgets = new WeakSet();

/** Name of the markdown widget's rich text / Markdown switch (on: the Markdown source is edited). */
export const MARKDOWN_SWITCH_LABEL = 'Als Markdown bearbeiten';

/**
 * Repairs four gaps in Decap CMS 3.16.3's markup that axe reports (doc/adr/0008-web-editor.md); each
 * step is idempotent and only touches elements still lacking the repair, so it can run on every change:
 *
 * - The markdown widget's Slate editor (role=textbox) has no name: it is labelled by its field's <label>.
 * - The rich text / Markdown switch (button role=switch) has no name and no state: it gets a German
 *   name and aria-checked, true while the Markdown source is shown (Decap wraps the widget in
 *   .cms-editor-raw then, in .cms-editor-visual for rich text).
 * - The toolbar's dropdowns (headings, components) are a span role=button with a <button> inside: two
 *   nested controls and two tab stops for one. The span keeps its mouse and keyboard handlers (events
 *   from the inner button bubble to it) but stops being a control: its role and its aria-haspopup and
 *   aria-expanded move to the inner button, and it leaves the tab order (tabindex -1, still focusable for
 *   the dropdown library, which focuses it when the menu closes; focusRedirect passes that on).
 * - Images in the media library's cards have no alt: alt="" when the card shows the file name as
 *   text (the image then adds nothing for a screen reader), else the file name.
 * - Fields of the English pane that Decap copies from the German one (i18n: duplicate) are shown
 *   inactive (its style: pointer-events none, opacity 0.5) but not marked so: they get
 *   aria-disabled="true", on the widget and its inputs, so assistive technology announces them as
 *   unavailable (and contrast checks treat them as the inactive components WCAG exempts).
 */
export function repairAccessibility(root) {
  for (const widget of root.querySelectorAll('[class*="-ControlContainer"] > :not([class*="-ControlTopbar"], [class*="-ControlHint"], [class*="-ControlContainer"])')) {
    if (checkedWidgets.has(widget)) continue;
    checkedWidgets.add(widget);
    if (getComputedStyle(widget).pointerEvents !== 'none') continue;
    for (const el of [widget, ...widget.querySelectorAll('input, textarea, button, [role="combobox"]')]) el.setAttribute('aria-disabled', 'true');
  }
  for (const box of root.querySelectorAll('[data-slate-editor][role="textbox"]:not([aria-labelledby])')) {
    const label = box.closest('[class*="-ControlContainer"]')?.querySelector(':scope > [class*="-ControlTopbar"] > label[for]');
    if (!label) continue;
    if (!label.id) label.id = `${label.htmlFor}-label`;
    box.setAttribute('aria-labelledby', label.id);
  }
  for (const toggle of root.querySelectorAll('[class*="-ToolbarToggle"] > button[role="switch"]')) {
    if (toggle.getAttribute('aria-label') !== MARKDOWN_SWITCH_LABEL) toggle.setAttribute('aria-label', MARKDOWN_SWITCH_LABEL);
    const checked = toggle.closest('.cms-editor-raw') ? 'true' : 'false';
    if (toggle.getAttribute('aria-checked') !== checked) toggle.setAttribute('aria-checked', checked);
  }
  for (const wrapper of root.querySelectorAll('[class*="-ToolbarDropdownWrapper"] span[aria-haspopup], [class*="-ToolbarDropdownWrapper"] span[aria-expanded]')) {
    const button = wrapper.querySelector('button');
    if (!button) continue;
    wrapper.removeAttribute('role');
    wrapper.setAttribute('tabindex', '-1');
    wrapper.dataset.portalMenuWrapper = '';
    for (const name of ['aria-haspopup', 'aria-expanded']) {
      if (!wrapper.hasAttribute(name)) continue;
      button.setAttribute(name, wrapper.getAttribute(name));
      wrapper.removeAttribute(name);
    }
  }
  for (const img of root.querySelectorAll('img[class*="-CardImage"]:not([alt])')) {
    const card = img.closest('[class*="-CardImageWrapper"]')?.parentElement;
    const name = card?.querySelector('[class*="-CardText"]')?.textContent.trim();
    const src = img.getAttribute('src') ?? '';
    // An upload's preview is a blob: URL without its name; then the card's text is the only name.
    img.alt = name || /^(?:blob|data):/.test(src) ? '' : decodeURIComponent(src.split(/[?#]/)[0].split('/').pop());
  }
}

/** Focus that the dropdown library gives to a repaired wrapper goes on to the button inside it. */
function focusRedirect(event) {
  const target = event.target;
  if (target instanceof HTMLElement && 'portalMenuWrapper' in target.dataset) target.querySelector('button:not([disabled])')?.focus();
}

/** Runs repairAccessibility on the page now and after every change Decap makes to it. */
export function watchAccessibility(doc) {
  repairAccessibility(doc);
  new MutationObserver(() => repairAccessibility(doc)).observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-expanded', 'aria-haspopup', 'aria-checked', 'role', 'class'],
  });
  doc.addEventListener('focusin', focusRedirect);
}

if (typeof window !== 'undefined' && window.CMS) {
  watchAccessibility(document);
  window.CMS.registerCustomFormat('portal-frontmatter', 'md', frontmatter);
  window.CMS.registerCustomFormat('portal-yaml', 'yaml', yamlFile);
  window.CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const found = problems(collection, entry.get('data').toJS(), 'DE');
      const i18n = entry.get('i18n');
      if (i18n) for (const [locale, value] of i18n.entrySeq()) found.push(...problems(collection, value.get('data').toJS(), locale.toUpperCase()));
      // Thrown, the save stops before anything is written and Decap shows the message.
      if (found.length) throw new Error(found.join('; '));
      return entry.get('data');
    },
  });
}
