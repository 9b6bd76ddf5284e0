import { describe, expect, it } from 'vitest';
import { workerUser } from '../../scripts/deploy/nginx.mjs';

/**
 * The local nginx (npm run serve:nginx, the nginx tests) must read the site wherever the checkout
 * lies. Started as root, nginx's workers would drop to "nobody", who cannot enter a folder only its
 * owner may (mode 700, as a home folder is); they run as the site folder's owner instead.
 */
describe('the user of the local nginx workers', () => {
  const names = (db: string, id: number) => (({ passwd: { 0: 'root', 1000: 'alice' }, group: { 0: 'root', 100: 'users' } }) as Record<string, Record<number, string>>)[db][id] ?? null;

  it("started as root, the workers run as the owner of the site folder", () => {
    expect(workerUser('/home/alice/portal/dist', { root: true, owner: { uid: 1000, gid: 100 }, names })).toBe('user alice users;\n');
    expect(workerUser('/tmp/fresh/dist', { root: true, owner: { uid: 0, gid: 0 }, names })).toBe('user root root;\n');
  });

  it('started as another user, nginx keeps that user and the directive is left out', () => {
    expect(workerUser('/home/alice/portal/dist', { root: false, owner: { uid: 1000, gid: 100 }, names })).toBe('');
  });

  it('refuses an owner without a name rather than falling back to "nobody"', () => {
    expect(() => workerUser('/srv/x/dist', { root: true, owner: { uid: 4242, gid: 100 }, names })).toThrow(/uid 4242/);
  });

  it('names the real owner of a folder on this machine', () => {
    const line = workerUser('.', { root: true });
    expect(line).toMatch(/^user \S+ \S+;\n$/);
  });
});
