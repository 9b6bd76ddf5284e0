#!/usr/bin/env node
/**
 * The system pieces the test suite needs besides node_modules, checked before anything else runs
 * (`npm test` starts with it, and so does .ci/run):
 *
 *   Chromium    for Playwright: CHROMIUM_PATH, else Playwright's own browser, else Debian's /usr/bin/chromium
 *   nginx       and its Brotli module, for the tests against real nginx (tests/nginx/)
 *   Java 11+    for the W3C Nu HTML checker (vnu-jar) in the quality gates
 *
 * Where something is missing and this process may install packages (root, with apt-get), it
 * installs the Debian packages and says so; otherwise it stops at once with the exact command.
 *
 *   npm run system-check              check, install where allowed
 *   npm run system-check -- --dry-run only report what is missing and what would be done
 *
 * The decision is a pure function (plan) of the facts (inspect), so tests can fake the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser Playwright starts: CHROMIUM_PATH when set, else undefined when Playwright's own build
 * is installed (Playwright then finds it itself), else Debian's Chromium if present. The Playwright
 * configs use this, so the check and the tests agree on the browser.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, playwrightBrowser?: () => string | undefined }} [facts]
 * @returns {string | undefined}
 */
export function chromiumPath({ env = process.env, exists = existsSync, playwrightBrowser = bundledChromium } = {}) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  const bundled = playwrightBrowser();
  if (bundled && exists(bundled)) return undefined;
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/**
 * True if Playwright will find a browser: the one chromiumPath names, or its own build.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, playwrightBrowser?: () => string | undefined }} [facts]
 */
export function hasChromium({ env = process.env, exists = existsSync, playwrightBrowser = bundledChromium } = {}) {
  const path = chromiumPath({ env, exists, playwrightBrowser });
  if (path) return exists(path);
  const bundled = playwrightBrowser();
  return Boolean(bundled && exists(bundled));
}

/** Where Playwright's own Chromium would be, or undefined if Playwright cannot say. */
function bundledChromium() {
  try {
    // Loaded only when asked: before `npm install` there is no Playwright, and the check must still run.
    return createRequire(import.meta.url)('@playwright/test').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Debian's nginx: NGINX_BIN, else nginx on PATH, else /usr/sbin/nginx; null if none.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, which?: (name: string) => string | undefined }} [facts]
 * @returns {string | null}
 */
export function findNginx({ env = process.env, exists = existsSync, which = commandPath } = {}) {
  if (env.NGINX_BIN) return exists(env.NGINX_BIN) ? env.NGINX_BIN : null;
  return which('nginx') ?? (exists('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null);
}

/**
 * Absolute path of a command on PATH, or undefined.
 * @param {string} name
 */
function commandPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/** Major version of the `java` on PATH (JAVA_BIN overrides), or null if there is none. */
export function javaMajor(java = process.env.JAVA_BIN ?? 'java') {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  // "openjdk version "17.0.15" 2025-04-15" or, before Java 9, "java version "1.8.0_402"".
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return null;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

/** @typedef {{ root: boolean, apt: boolean, chromiumPathEnv?: string, chromiumPathEnvExists?: boolean, chromium: boolean, nginx: boolean, brotli: boolean, java: number | null }} Facts */

/**
 * What this machine has.
 * @returns {Facts}
 */
export function inspect(env = process.env) {
  return {
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    apt: Boolean(commandPath('apt-get')),
    chromiumPathEnv: env.CHROMIUM_PATH || undefined,
    chromiumPathEnvExists: env.CHROMIUM_PATH ? existsSync(env.CHROMIUM_PATH) : undefined,
    chromium: hasChromium({ env }),
    nginx: Boolean(findNginx({ env })),
    brotli: existsSync(BROTLI_MODULE),
    java: javaMajor(),
  };
}

/** Each missing piece: what it is for, and the Debian package that brings it. */
const PIECES = [
  { id: 'chromium', package: 'chromium', what: 'Chromium for the browser tests (Playwright)' },
  { id: 'nginx', package: 'nginx', what: 'nginx for the tests against the production server config' },
  { id: 'brotli', package: 'libnginx-mod-http-brotli-static', what: "nginx's Brotli module (precompressed .br files)" },
  { id: 'java', package: 'default-jre-headless', what: 'Java 11 or later for the W3C Nu HTML checker (vnu-jar)' },
];

/**
 * The decision, from the facts alone.
 * @param {Facts} facts
 * @returns {{ action: 'ok' } | { action: 'install', missing: string[], packages: string[], commands: string[][] } | { action: 'stop', missing: string[], packages: string[], message: string }}
 */
export function plan(facts) {
  // A CHROMIUM_PATH that points nowhere is a mistake to fix, not a package to install.
  if (facts.chromiumPathEnv && !facts.chromiumPathEnvExists) {
    return { action: 'stop', missing: ['chromium'], packages: [], message: `CHROMIUM_PATH is set to ${facts.chromiumPathEnv}, but there is no file there. Point it at a Chromium or Chrome binary, or unset it.` };
  }
  const missing = PIECES.filter((p) => (p.id === 'java' ? facts.java === null || facts.java < 11 : !facts[p.id]));
  if (missing.length === 0) return { action: 'ok' };
  const packages = missing.map((p) => p.package);
  const ids = missing.map((p) => p.id);
  const list = missing.map((p) => `  - ${p.what}: Debian package ${p.package}`).join('\n');
  if (facts.root && facts.apt) {
    return { action: 'install', missing: ids, packages, commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', ...packages]] };
  }
  const command = facts.apt
    ? `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
    : `apt-get update && apt-get install -y ${packages.join(' ')}   (on Debian or Ubuntu, as root)`;
  const where = facts.apt ? 'This user may not install packages.' : 'This machine has no apt-get.';
  return {
    action: 'stop',
    missing: ids,
    packages,
    message: `The tests need system packages that are missing:\n${list}\n${where} Install them with:\n\n  ${command}\n\nthen run the tests again.`,
  };
}

/**
 * Runs the check and returns the exit code. The machine (facts, command runner, output) can be
 * replaced, which is how tests/unit/system-check.test.ts proves the decisions without apt.
 * @param {{ dryRun?: boolean, facts?: () => Facts, run?: (command: string[]) => number | null, log?: (message: string) => void, error?: (message: string) => void }} [machine]
 */
export function main({
  dryRun = process.argv.includes('--dry-run'),
  facts = () => inspect(),
  run = (command) => spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status,
  log = console.log,
  error = console.error,
} = {}) {
  const decision = plan(facts());
  if (decision.action === 'ok') {
    log('system-check: Chromium, nginx with Brotli and Java are present.');
    return 0;
  }
  if (decision.action === 'stop') {
    error(`system-check: ${decision.message}`);
    return 1;
  }
  log(`system-check: installing ${decision.packages.join(' ')} from Debian's packages, as root (missing: ${decision.missing.join(', ')})${dryRun ? '; dry run, nothing installed' : ''}:`);
  for (const command of decision.commands) {
    log(`  ${command.join(' ')}`);
    if (dryRun) continue;
    const status = run(command);
    if (status !== 0) {
      error(`system-check: "${command.join(' ')}" failed (exit ${status}).`);
      return 1;
    }
  }
  if (dryRun) return 0;
  const after = plan(facts());
  if (after.action !== 'ok') {
    error(`system-check: still missing after the installation: ${'missing' in after ? after.missing.join(', ') : ''}.`);
    return 1;
  }
  log('system-check: installed; Chromium, nginx with Brotli and Java are present now.');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
