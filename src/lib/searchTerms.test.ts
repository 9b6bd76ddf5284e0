import { describe, expect, it } from 'vitest';
import { searchKeywords } from './searchTerms';

describe('search keywords', () => {
  it('splits German compounds into their parts', () => {
    expect(searchKeywords('Dortmunder Weihnachtsmarkt').split(' ')).toEqual(expect.arrayContaining(['Weihnachten', 'Markt']));
    expect(searchKeywords('Deutsches Fußballmuseum').split(' ')).toEqual(expect.arrayContaining(['Fußball', 'Museum', 'Fussball']));
  });

  it('adds the other language and common names', () => {
    expect(searchKeywords('LWL-Museum Zeche Zollern')).toContain('colliery');
    expect(searchKeywords('Florian TV tower')).toContain('Fernsehturm');
  });

  it('joins and splits hyphenated names', () => {
    expect(searchKeywords('Ein Tag am Phoenix-See').split(' ')).toEqual(expect.arrayContaining(['Phoenixsee', 'Phoenix', 'See']));
  });

  it('adds nothing to unrelated text', () => {
    expect(searchKeywords('Impressum')).toBe('');
  });
});
