/**
 * The W3C Nu HTML checker (the validator behind validator.w3.org/nu) over every HTML file of a built
 * site, from the npm package vnu-jar, run with the system's Java 11+ (scripts/system-check.mjs
 * installs Debian's default-jre-headless where it may). All files go to one `java` run: starting
 * the JVM costs more than checking a page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { htmlPages, pathOfFile } from './dist.mjs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of vnu.jar inside node_modules (the package's main export is that path). */
export const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Checks every .html file below `dist`. Returns the number of files, the errors (the checker's
 * "error" and "non-document-error" messages, each with the page's URL path) and the warnings.
 * @returns {{ files: number, errors: { page: string, line?: number, message: string, extract?: string }[], warnings: { page: string, message: string }[] }}
 */
export function checkNu(dist, { java = process.env.JAVA_BIN ?? 'java' } = {}) {
  const files = htmlPages(dist).map((p) => p.file);
  const run = spawnSync(java, ['-Xss8m', '-jar', vnuJar, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`${java} could not be started (${run.error.message}): the Nu checker needs Java 11 or later; \`npm run system-check\` says how to install it`);
  let messages;
  try {
    ({ messages } = JSON.parse(run.stderr));
  } catch {
    throw new Error(`the Nu checker did not answer with JSON (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  }
  const page = (url) => (url ? pathOfFile(resolve(dist), fileURLToPath(url)) : '(no file)');
  const errors = [];
  const warnings = [];
  for (const m of messages) {
    const entry = { page: page(m.url), line: m.lastLine, message: m.message, extract: m.extract };
    if (m.type === 'error' || m.type === 'non-document-error') errors.push(entry);
    else if (m.subType === 'warning') warnings.push(entry);
  }
  return { files: files.length, errors, warnings };
}
