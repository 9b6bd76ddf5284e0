import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import SignVideo from '../../src/components/content/SignVideo.astro';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
const all = (node: Node, name: string): Node[] => [...(node.nodeName === name ? [node] : []), ...(node.childNodes ?? []).flatMap((c) => all(c, name))];
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.value ?? '') + (node.childNodes ?? []).map(text).join('');

const video = {
  title: 'Das Portal in Gebärdensprache',
  file: '/medien/videos/portal-erklaert.mp4',
  captions: '/medien/videos/portal-erklaert.vtt',
  durationSeconds: 154,
  summary: 'Was das Portal bietet und wie Sie es benutzen.',
};

async function render(locale: 'de' | 'en') {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SignVideo, { props: { locale, video, bytes: 18_400_000, captionsBytes: 3_100 } });
  return parse(html) as unknown as Node;
}

describe('self-hosted sign-language video', () => {
  it('plays from our own server with captions and loads nothing before play', async () => {
    const doc = await render('de');
    const [player] = all(doc, 'video');
    expect(attr(player, 'controls')).toBeDefined();
    expect(attr(player, 'preload')).toBe('none');
    expect(all(player, 'source').map((s) => attr(s, 'src'))).toEqual(['/medien/videos/portal-erklaert.mp4']);
    const [track] = all(player, 'track');
    expect(attr(track, 'kind')).toBe('captions');
    expect(attr(track, 'src')).toBe('/medien/videos/portal-erklaert.vtt');
    expect(attr(track, 'srclang')).toBe('de');
    expect(all(doc, 'iframe')).toEqual([]);
    for (const el of [...all(doc, 'source'), ...all(doc, 'track'), ...all(doc, 'a')]) {
      expect(attr(el, 'src') ?? attr(el, 'href')).toMatch(/^\/medien\/videos\//);
    }
  });

  it('offers the video and the captions as downloads with size and length', async () => {
    const links = all(await render('de'), 'a').filter((a) => attr(a, 'download') !== undefined).map((a) => text(a).replace(/\s+/g, ' ').trim());
    expect(links).toContain('Video herunterladen (MP4, 18,4 MB, 2:34 Minuten)');
    expect(links).toContain('Untertitel herunterladen (WebVTT, 3 KB)');
    const en = all(await render('en'), 'a').map((a) => text(a).replace(/\s+/g, ' ').trim());
    expect(en).toContain('Download the video (MP4, 18.4 MB, 2:34 minutes)');
  });
});
