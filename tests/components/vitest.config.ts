/// <reference types="vitest/config" />
// Astro components rendered in isolation with Astro's container API; needs Astro's Vite setup.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/components/**/*.test.ts'],
  },
});
