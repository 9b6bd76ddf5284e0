/**
 * `client:late`: an island hydrates when the page has loaded and painted, or at the visitor's first
 * touch, click or key (the promise `self.doLate` of the inline loader, src/lib/lateLoad.ts). Its
 * server-rendered markup is on screen and usable before; only what needs the script waits.
 * Registered in astro.config.mjs.
 */
import type { ClientDirective } from 'astro';

const late: ClientDirective = (load) => {
  const waitFor = (self as unknown as { doLate?: Promise<void> }).doLate ?? Promise.resolve();
  void waitFor.then(async () => {
    const hydrate = await load();
    await hydrate();
  });
};

export default late;
