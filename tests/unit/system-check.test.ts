import { describe, expect, it } from 'vitest';
import type { Facts } from '../../scripts/system-check.mjs';
import { BROTLI_MODULE, DEBIAN_CHROMIUM, chromiumPath, findNginx, hasChromium, main, plan } from '../../scripts/system-check.mjs';

/** A machine with everything the suite needs, as scripts/system-check.mjs sees it. */
const complete: Facts = { root: false, apt: true, chromium: true, nginx: true, brotli: true, java: 17 };

/** Runs main() on a faked machine; the facts may change after the first look (an installation). */
function runOn(...machines: Facts[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ran: string[][] = [];
  let look = 0;
  const code = main({
    dryRun: false,
    facts: () => machines[Math.min(look++, machines.length - 1)],
    run: (command: string[]) => {
      ran.push(command);
      return 0;
    },
    log: (m: string) => out.push(m),
    error: (m: string) => err.push(m),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), ran };
}

describe('the system check', () => {
  it('passes without installing anything when every piece is there', () => {
    const r = runOn(complete);
    expect(r.code).toBe(0);
    expect(r.ran).toEqual([]);
    expect(r.out).toMatch(/present/);
  });

  it('as root with apt, installs exactly the missing packages, says so, and checks again', () => {
    const r = runOn({ ...complete, root: true, nginx: false, brotli: false }, complete);
    expect(r.code).toBe(0);
    expect(r.ran).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'nginx', 'libnginx-mod-http-brotli-static'],
    ]);
    expect(r.out).toContain('installing nginx libnginx-mod-http-brotli-static');
  });

  it('installs Chromium and a Java runtime when they are missing, or Java is older than 11', () => {
    expect(plan({ ...complete, root: true, chromium: false, java: null })).toMatchObject({ action: 'install', packages: ['chromium', 'default-jre-headless'] });
    expect(plan({ ...complete, root: true, java: 8 })).toMatchObject({ action: 'install', packages: ['default-jre-headless'] });
  });

  it('fails when the installation did not bring the piece', () => {
    const r = runOn({ ...complete, root: true, java: null });
    expect(r.code).toBe(1);
    expect(r.err).toContain('still missing after the installation: java');
  });

  it('without root, stops before running anything and prints the exact command', () => {
    const r = runOn({ ...complete, chromium: false, brotli: false });
    expect(r.code).toBe(1);
    expect(r.ran).toEqual([]);
    expect(r.err).toContain('sudo apt-get update && sudo apt-get install -y chromium libnginx-mod-http-brotli-static');
  });

  it('without apt-get, even as root, stops and names the Debian packages', () => {
    const r = runOn({ ...complete, root: true, apt: false, nginx: false });
    expect(r.code).toBe(1);
    expect(r.ran).toEqual([]);
    expect(r.err).toContain('apt-get update && apt-get install -y nginx');
    expect(r.err).toContain('no apt-get');
  });

  it('does not install over a CHROMIUM_PATH that points nowhere', () => {
    const r = runOn({ ...complete, root: true, chromium: false, chromiumPathEnv: '/opt/chrome/chrome', chromiumPathEnvExists: false });
    expect(r.code).toBe(1);
    expect(r.ran).toEqual([]);
    expect(r.err).toContain('CHROMIUM_PATH is set to /opt/chrome/chrome');
  });

  it("reports a dry run's plan without running it", () => {
    const ran: string[][] = [];
    const out: string[] = [];
    const code = main({ dryRun: true, facts: () => ({ ...complete, root: true, nginx: false }), run: (c: string[]) => (ran.push(c), 0), log: (m: string) => out.push(m), error: () => {} });
    expect(code).toBe(0);
    expect(ran).toEqual([]);
    expect(out.join('\n')).toContain('apt-get install -y -qq nginx');
  });
});

describe('the browser and nginx the tests use', () => {
  const files = (...present: string[]) => (path: string) => present.includes(path);

  it('prefers CHROMIUM_PATH, then Playwright’s own Chromium, then Debian’s', () => {
    const bundled = () => '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(chromiumPath({ env: { CHROMIUM_PATH: '/opt/c' }, exists: files(), playwrightBrowser: bundled })).toBe('/opt/c');
    expect(chromiumPath({ env: {}, exists: files(bundled(), DEBIAN_CHROMIUM), playwrightBrowser: bundled })).toBeUndefined();
    expect(chromiumPath({ env: {}, exists: files(DEBIAN_CHROMIUM), playwrightBrowser: bundled })).toBe(DEBIAN_CHROMIUM);
    expect(hasChromium({ env: {}, exists: files(bundled()), playwrightBrowser: bundled })).toBe(true);
    expect(hasChromium({ env: {}, exists: files(), playwrightBrowser: bundled })).toBe(false);
    expect(hasChromium({ env: { CHROMIUM_PATH: '/opt/c' }, exists: files(DEBIAN_CHROMIUM), playwrightBrowser: bundled })).toBe(false);
  });

  it('finds nginx by NGINX_BIN, on PATH, or at /usr/sbin/nginx', () => {
    const none = () => undefined;
    expect(findNginx({ env: { NGINX_BIN: '/opt/nginx' }, exists: files('/opt/nginx'), which: () => '/usr/bin/nginx' })).toBe('/opt/nginx');
    expect(findNginx({ env: { NGINX_BIN: '/opt/nginx' }, exists: files(), which: () => '/usr/bin/nginx' })).toBeNull();
    expect(findNginx({ env: {}, exists: files(), which: () => '/usr/local/bin/nginx' })).toBe('/usr/local/bin/nginx');
    expect(findNginx({ env: {}, exists: files('/usr/sbin/nginx'), which: none })).toBe('/usr/sbin/nginx');
    expect(findNginx({ env: {}, exists: files(), which: none })).toBeNull();
    expect(BROTLI_MODULE).toMatch(/ngx_http_brotli_static_module\.so$/);
  });
});
