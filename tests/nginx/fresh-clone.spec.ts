import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { port } from './helpers';

/**
 * A fresh clone in a folder only its owner may enter (scripts/fresh-clone.mjs): the system check
 * passes there and nginx serves the site from inside it, byte for byte. Before the local nginx ran
 * its workers as the site's owner, 153 of 166 nginx tests failed in such a clone ("Permission denied").
 * It uses the port after the suite's own (NGINX_TEST_PORT + 100).
 */
test('a clone in a mode-700 folder passes the system check and nginx serves it', async () => {
  test.setTimeout(120_000);
  const run = spawn(process.execPath, ['scripts/fresh-clone.mjs', '--port', String(port + 100)], { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  run.stdout.on('data', (c) => (output += c));
  run.stderr.on('data', (c) => (output += c));
  const code = await new Promise((done) => run.on('exit', done));
  console.log(output.trimEnd());
  expect(code, output).toBe(0);
  expect(output).toMatch(/parent folder mode 700/);
  expect(output).toMatch(/system-check: .*present/);
  expect(output.match(/→ 200, \d+ bytes.*same as dist\//g)).toHaveLength(3);
  expect(output).toMatch(/fresh-clone: passed/);
});
