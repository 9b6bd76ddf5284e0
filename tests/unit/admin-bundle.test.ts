import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INERT_HOSTS, adminContentSecurityPolicy, editorDist, editorFiles, hostsIn, installedVersion, pinnedVersion, writeAdmin } from '../../scripts/admin/lib.mjs';
import { inlineSources } from '../../scripts/deploy/lib/headers.mjs';

/** Hosts a browser would load from no matter what the configuration says: fonts, icon sets, CDNs. */
const NEVER = /fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|use\.fontawesome\.com/;

describe('the editor bundle shipped at /admin/', () => {
  it('is the exact version package.json pins', () => {
    expect(pinnedVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installedVersion()).toBe(pinnedVersion());
  });

  it('names no host outside the reviewed list of hosts it never contacts with our configuration', () => {
    const unknown = new Map<string, string[]>();
    for (const file of editorFiles().filter((f: string) => f.endsWith('.js'))) {
      const text = readFileSync(join(editorDist(), file), 'utf8');
      expect(text, file).not.toMatch(NEVER);
      for (const host of hostsIn(text)) if (!(host in INERT_HOSTS)) unknown.set(host, [...(unknown.get(host) ?? []), file]);
    }
    expect(Object.fromEntries(unknown)).toEqual({});
  });

  it('recognises a host that is not on the list', () => {
    expect([...hostsIn('fetch("https://fonts.googleapis.com/css?family=Roboto")')]).toEqual(['fonts.googleapis.com']);
    expect('fonts.googleapis.com' in INERT_HOSTS).toBe(false);
  });

  it('is written with its page, configuration and start script, and the page needs no inline script or style', async () => {
    const out = mkdtempSync(join(tmpdir(), 'admin-'));
    try {
      const r = await writeAdmin(join(out, 'admin'), {
        backend: { name: 'gitlab', baseUrl: 'https://gitlab.opencode.de', repo: 'office/portal', appId: 'abc', branch: 'main' },
        gitOrigins: ['https://gitlab.opencode.de'],
      });
      const files = readdirSync(join(out, 'admin'));
      expect(files).toEqual(expect.arrayContaining(['index.html', 'config.yml', 'init.js', 'editor.css', 'decap-cms.js']));
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      const html = readFileSync(join(out, 'admin/index.html'), 'utf8');
      const inline = inlineSources(html, 'admin/index.html');
      expect([...inline.scripts, ...inline.styles, ...inline.styleAttrs]).toEqual([]);
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain('<html lang="de">');
      expect(html).toContain('<body data-pagefind-ignore="all">');
      expect(html).toContain('<link href="editor.css" rel="stylesheet">');
      expect(r.csp).toContain("style-src 'self' 'unsafe-inline';");
      expect(r.csp).toContain("connect-src 'self' blob: https://gitlab.opencode.de;");
      expect(r.csp).toContain("frame-ancestors 'none'");
      expect(readFileSync(join(out, 'admin/config.yml'), 'utf8')).toContain('auth_type: pkce');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('allows scripts only from its own origin and the git host only for requests', () => {
    const csp = adminContentSecurityPolicy(['https://git.example']);
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*https:/);
    expect(csp).toMatch(/connect-src 'self' blob: https:\/\/git\.example;/);
  });
});
