import { describe, expect, it } from 'vitest';
import { buildVocabulary, closestWord, distance, fold, suggestQuery } from './spelling';

const vocabulary = buildVocabulary([
  'Zeche Zollern: Industriemuseum in Bövinghausen',
  'Zeche Zollern colliery',
  'Deutsches Fußballmuseum am Königswall',
  'Westfalenpark mit Florianturm',
  'Weihnachtsmarkt auf dem Hansaplatz',
  'Kokerei Hansa in Huckarde',
]);

describe('spelling suggestions', () => {
  it('folds case, accents and ß', () => {
    expect(fold('Fußball')).toBe('fussball');
    expect(fold('Bövinghausen')).toBe('bovinghausen');
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(distance('zolern', 'zollern')).toBe(1);
    expect(distance('kokeri', 'kokerei')).toBe(1);
    expect(distance('westfalnepark', 'westfalenpark')).toBe(1);
    expect(distance('abc', 'xyzabc', 2)).toBe(3);
  });

  it('finds the closest known word and nothing for words too far away', () => {
    expect(closestWord('Zolern', vocabulary)).toBe('zollern');
    expect(closestWord('Fusballmuseum', vocabulary)).toBe('fußballmuseum');
    expect(closestWord('Weihnachtmarkt', vocabulary)).toBe('weihnachtsmarkt');
    expect(closestWord('Flughafen', vocabulary)).toBeUndefined();
  });

  it('corrects only the unknown words of a query and says nothing when all are known', () => {
    expect(suggestQuery('Zeche Zolern', vocabulary)).toBe('Zeche Zollern');
    expect(suggestQuery('kokeri hansa', vocabulary)).toBe('kokerei hansa');
    expect(suggestQuery('Zeche Zollern', vocabulary)).toBeUndefined();
    expect(suggestQuery('Qwxyzz', vocabulary)).toBeUndefined();
  });
});
