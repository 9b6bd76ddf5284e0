/**
 * Feed text becomes plain text (titles, descriptions) or safe Markdown (bodies). HTML is cleaned by
 * sanitize-html with a short allow-list (no script, style, iframe, object, images or attributes besides
 * a link's href; only http, https and mailto links), then read with parse5 and written as Markdown in
 * which every character that Markdown or HTML could read as markup is escaped. Tracking parameters
 * (utm_* and the like) are removed from every link.
 */
import sanitizeHtml from 'sanitize-html';
import { parseFragment } from 'parse5';

/** Query parameters that only track visitors; removed from every imported link. */
const trackingParam = /^(?:utm_.*|mtm_.*|pk_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|wt_mc|wt\.mc_id|ref_src|_ga|_gl)$/i;

/** An http(s) address without tracking parameters, or undefined when it is not a safe web address. */
export function cleanUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  for (const name of [...url.searchParams.keys()]) if (trackingParam.test(name)) url.searchParams.delete(name);
  url.hash = url.hash.length > 1 ? url.hash : '';
  return url.toString();
}

const blockTags = ['p', 'br', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'div'];
const cleanOptions: sanitizeHtml.IOptions = {
  allowedTags: [...blockTags, 'strong', 'b', 'em', 'i', 'a'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The content of these is dropped, not kept as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'head', 'title'],
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href?.startsWith('mailto:') ? attribs.href : cleanUrl(attribs.href);
      const clean: sanitizeHtml.Attributes = href ? { href } : {};
      return { tagName, attribs: clean };
    },
  },
};

interface P5Node {
  nodeName: string;
  value?: string;
  childNodes?: P5Node[];
  attrs?: { name: string; value: string }[];
}

/** Plain text lines into HTML paragraphs, so that feed text without markup keeps its paragraphs. */
function textToHtml(text: string): string {
  if (/<\/?(?:p|br|div|ul|ol|li|h[1-6])\b/i.test(text)) return text;
  return text
    .split(/\n\s*\n/)
    .map((para) => `<p>${para.split('\n').join('<br>')}</p>`)
    .join('');
}

/** Characters removed from all imported text: controls (but tab and newline), bidi overrides, zero-width marks. */
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function clean(html: string): P5Node {
  const safe = sanitizeHtml(textToHtml(html.replace(/\r\n?/g, '\n').replace(invisible, '')), cleanOptions);
  return parseFragment(safe) as unknown as P5Node;
}

function textOf(node: P5Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === 'br') return '\n';
  const inner = (node.childNodes ?? []).map(textOf).join('');
  return blockTags.includes(node.nodeName) && node.nodeName !== 'br' ? `${inner}\n` : inner;
}

/**
 * Bare web addresses in plain text lose their tracking parameters; Markdown links written as text keep
 * only their words, and script addresses (javascript:, data:, vbscript:) are removed.
 */
function cleanBareUrls(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)/g, '$1')
    .replace(/\b(?:javascript|vbscript|data)\s*:[^\s]*/gi, '')
    .replace(/https?:\/\/[^\s<>"')\]]+/g, (u) => cleanUrl(u) ?? '');
}

/** Plain text on one line: tags and their scripts removed, entities decoded, whitespace collapsed. */
export function plainText(input: string | undefined): string {
  if (!input) return '';
  return cleanBareUrls(textOf(clean(input)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes everything Markdown or inline HTML could read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-!|~&]/g, (c) => `\\${c}`);
}

function markdownOf(node: P5Node, listDepth = 0): string {
  const children = (n: P5Node, depth = listDepth) => (n.childNodes ?? []).map((c) => markdownOf(c, depth)).join('');
  switch (node.nodeName) {
    case '#text':
      return escapeMarkdown(cleanBareUrls(node.value ?? '').replace(/[ \t\n]+/g, ' '));
    case 'br':
      return '  \n';
    case 'strong':
    case 'b': {
      const inner = children(node).trim();
      return inner ? `**${inner}**` : '';
    }
    case 'em':
    case 'i': {
      const inner = children(node).trim();
      return inner ? `_${inner}_` : '';
    }
    case 'a': {
      const href = node.attrs?.find((a) => a.name === 'href')?.value;
      const inner = children(node).trim();
      if (!href) return inner;
      return `[${inner || escapeMarkdown(href)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
    }
    case 'ul':
    case 'ol':
      return `\n\n${(node.childNodes ?? [])
        .filter((c) => c.nodeName === 'li')
        .map((c, i) => `${'  '.repeat(listDepth)}${node.nodeName === 'ol' ? `${i + 1}.` : '-'} ${children(c, listDepth + 1).trim()}`)
        .join('\n')}\n\n`;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
      // Headings inside an event page start below the page's own h2 sections.
      return `\n\n### ${children(node).trim()}\n\n`;
    case 'p':
    case 'div':
      return `\n\n${children(node).trim()}\n\n`;
    default:
      return children(node);
  }
}

/** Safe Markdown from feed text or HTML. */
export function safeMarkdown(input: string | undefined): string {
  if (!input) return '';
  return markdownOf(clean(input))
    .split('\n')
    .map((line) => line.replace(/^ +(?=\S)/, (s) => (s.length >= 4 ? '' : s)).replace(/[ ]+$/, (s) => (s === '  ' ? s : '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text cut to at most `max` characters at a word boundary, with an ellipsis; the second value says
 * whether it was cut.
 */
export function cut(text: string, max: number): [string, boolean] {
  if (text.length <= max) return [text, false];
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return [`${(space > max * 0.6 ? room.slice(0, space) : room).replace(/[\s,;:.–-]+$/, '')}…`, true];
}
