import { recordCspViolations, watchCsp as watchCspOf } from '../e2e/csp';
import type { Page } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { port, siteDir } from './playwright.config';
import { siteOrigin } from '../../scripts/deploy/generate.mjs';

export { port, siteDir };
export { watchNetwork } from '../e2e/network';

/** The portal's origin and host name, as the build wrote them (SITE_URL). */
export const origin = siteOrigin(siteDir);
export const portalHost = new URL(origin).host;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One request to the local nginx with exactly the headers given: the Host header of any former or
 * current host, and no Accept-Encoding unless asked for, so compression can be checked byte by byte.
 */
export function get(path: string, { host = portalHost, headers = {}, method = 'GET' }: { host?: string; headers?: Record<string, string>; method?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { Host: host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Path and query of a URL, as sent in the request line. */
export const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/** Every page of the built site, from its sitemap (as the e2e tests do). */
export function sitemapPaths(): string[] {
  const paths: string[] = [];
  for (const f of readdirSync(siteDir).filter((n) => /^sitemap-\d+\.xml$/.test(n))) {
    for (const m of readFileSync(join(siteDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]).pathname);
  }
  if (paths.length === 0) throw new Error(`${siteDir}/ has no sitemap: run \`npm run build\` first`);
  return paths.sort();
}

/** True if the built site has a page (directory index) or file at this path. */
export function existsInSite(path: string): boolean {
  const file = join(siteDir, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

/** All files of the built site, relative, with a leading slash. */
export function siteFiles(dir = siteDir, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? siteFiles(path, `${prefix}/${name}`) : [`${prefix}/${name}`];
  });
}

/**
 * Chromium through nginx, with the production headers: no page may report a CSP violation. The page's
 * context records violations (tests/e2e/csp.ts: the securitypolicyviolation event and Chromium's
 * console message); the result reads those of the current document.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await recordCspViolations(page.context());
  return watchCspOf(page).violations;
}

