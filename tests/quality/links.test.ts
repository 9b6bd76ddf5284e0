import { describe, expect, it } from 'vitest';
import { checkLinks, writeExternalReport } from './lib/links.mjs';
import { distDir } from './lib/dist.mjs';

/**
 * Every link inside the portal resolves in the built site, and every #fragment points to an element
 * of its target page. External links are listed in a report (.tmp/quality/external-links.md), never
 * fetched. What counts as a reference: tests/quality/lib/links.mjs.
 */
const result = checkLinks(distDir());
const isFragment = (p: { problem: string }) => p.problem.startsWith('no element with id') || p.problem.startsWith('the fragment');
const describeProblem = (p: { from: string; where: string; raw: string; text?: string; problem: string }) =>
  `${p.from}: ${p.where} "${p.raw}"${p.text ? ` (link text "${p.text}")` : ''}: ${p.problem}`;

describe(`links in ${distDir()}/`, () => {
  it('finds the references of the site', () => {
    // A checker that finds nothing checks nothing: the portal has thousands of internal links.
    expect(result.internal).toBeGreaterThan(1000);
    expect(result.fragments).toBeGreaterThan(0);
  });

  it('every internal link, resource and URL of the portal resolves to a built file', () => {
    expect(result.problems.filter((p) => !isFragment(p)).map(describeProblem)).toEqual([]);
  });

  it('every #fragment points to an element with that id in its target page', () => {
    expect(result.problems.filter(isFragment).map(describeProblem)).toEqual([]);
  });

  it('lists the external links in a report without fetching them', () => {
    const report = writeExternalReport(result);
    const top = report.hosts.slice(0, 5).map((h) => `${h.host} (${h.links})`).join(', ');
    console.log(
      `Links: ${result.internal} internal references (${result.fragments} with a fragment) checked.\n` +
        `External: ${report.summary}\nMost linked hosts: ${top}\nReport: ${report.file}`,
    );
    expect(result.external.length).toBeGreaterThan(0);
  });
});
