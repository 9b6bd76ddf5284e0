import { describe, expect, it } from 'vitest';
import { needsOf } from './needs';

const checked = { asOf: new Date('2026-11-01'), source: 'https://example.org/access' };

describe('needs derived from access facts', () => {
  it('meets no need without facts, and none from unknown facts', () => {
    expect(needsOf(undefined, '2026-12-07')).toEqual([]);
    expect(needsOf({ ...checked }, '2026-12-07')).toEqual([]);
  });

  it('needs a step-free entrance, a lift (or one level) and a toilet for wheelchair users', () => {
    expect(needsOf({ ...checked, stepFree: true, lift: true, toilet: true }, '2026-12-07')).toEqual(['wheelchair', 'walking']);
    expect(needsOf({ ...checked, stepFree: true, lift: 'not-needed', toilet: true }, '2026-12-07')).toEqual(['wheelchair', 'walking']);
    expect(needsOf({ ...checked, stepFree: true, lift: true }, '2026-12-07')).toEqual(['walking']);
    expect(needsOf({ ...checked, stepFree: 'partly', lift: true, toilet: true }, '2026-12-07')).toEqual([]);
    expect(needsOf({ ...checked, stepFree: true, lift: 'partly', toilet: true }, '2026-12-07')).toEqual([]);
  });

  it('maps the other offers to seeing, hearing and learning', () => {
    expect(needsOf({ ...checked, tactile: true }, '2026-12-07')).toEqual(['seeing']);
    expect(needsOf({ ...checked, hearingLoop: false, signLanguage: true }, '2026-12-07')).toEqual(['hearing']);
    expect(needsOf({ ...checked, hearingLoop: true }, '2026-12-07')).toEqual(['hearing']);
    expect(needsOf({ ...checked, easyLanguage: true }, '2026-12-07')).toEqual(['learning']);
  });

  it('counts a "Reisen für Alle" certificate only while it is valid, and only where it rates fully accessible', () => {
    const certificate = { full: ['wheelchair' as const, 'hearing' as const], partly: ['seeing' as const], validUntil: new Date('2027-03-31'), report: 'https://example.org/report' };
    expect(needsOf({ ...checked, certificate }, '2026-12-07')).toEqual(['wheelchair', 'hearing']);
    expect(needsOf({ ...checked, certificate }, '2027-03-31')).toEqual(['wheelchair', 'hearing']);
    expect(needsOf({ ...checked, certificate }, '2027-04-01')).toEqual([]);
  });
});
