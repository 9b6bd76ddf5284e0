/**
 * Response headers of the web editor at /admin/ (doc/editing.md): the portal's security headers with the
 * editor's own Content-Security-Policy, noindex, and revalidation on every load. The git host the CSP
 * allows is read from the built configuration (dist/admin/config.yml), so it always matches the editor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { securityHeaders } from '../deploy/lib/headers.mjs';
import { adminContentSecurityPolicy } from './lib.mjs';

/** Origins of the git host in a built editor configuration (none when the site has no editor). */
export function gitOriginsOf(dist) {
  const file = join(dist, 'admin/config.yml');
  if (!existsSync(file)) return [];
  const { backend } = yaml.load(readFileSync(file, 'utf8'));
  return backend?.base_url ? [new URL(backend.base_url).origin] : [];
}

/** Header lines for /admin/, in the order nginx writes them. */
export function adminHeaders(dist) {
  return [
    ...securityHeaders(adminContentSecurityPolicy(gitOriginsOf(dist))),
    ['X-Robots-Tag', 'noindex, nofollow'],
    ['Cache-Control', 'no-cache'],
  ];
}
