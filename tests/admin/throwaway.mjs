/**
 * The throwaway repository of the editor test: a fresh clone of this checkout's HEAD in the system's
 * temp folder, with a committer of its own, served by `npm run edit` (scripts/admin/edit.mjs) on
 * ADMIN_TEST_PORT. Run as the Playwright web server: `node tests/admin/throwaway.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const port = Number(process.env.ADMIN_TEST_PORT ?? 8100);
export const repoDir = join(tmpdir(), `dortmund-editor-test-${port}`);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(repoDir, { recursive: true, force: true });
  execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-local', root, repoDir]);
  execFileSync('git', ['-C', repoDir, 'config', 'user.name', 'Redaktion (Test)']);
  execFileSync('git', ['-C', repoDir, 'config', 'user.email', 'redaktion@dortmund.example']);
  execFileSync('git', ['-C', repoDir, 'checkout', '--quiet', '-B', 'main']);
  process.env.GIT_REPO_DIRECTORY = repoDir;
  process.env.EDIT_PORT = String(port);
  process.env.EDITOR_BRANCH = 'main';
  await import('../../scripts/admin/edit.mjs');
}
