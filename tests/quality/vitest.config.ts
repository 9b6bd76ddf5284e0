import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Quality gates over the built site (links, HTML, structured data) and their self-tests. They run
 * after `npm run build`, against dist/ or the folder named by OUT_DIR:
 *
 *   npm run test:quality        (vitest run --config tests/quality/vitest.config.ts)
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/quality/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
