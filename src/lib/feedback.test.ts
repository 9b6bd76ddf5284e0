import { describe, expect, it } from 'vitest';
import { checkFeedback, composeFeedback, pageFromQuery, type FeedbackLabels } from './feedback';

const labels: FeedbackLabels = {
  subject: 'Barriere auf dem Dortmund-Portal',
  greeting: 'Sehr geehrte Damen und Herren,',
  intro: 'ich möchte eine Barriere melden.',
  page: 'Seite',
  problem: 'Was ist passiert',
  tools: 'Hilfsmittel',
  reply: 'Antwort bitte an',
  closing: 'Mit freundlichen Grüßen',
};
const recipient = { lines: ['Stadt Dortmund', 'Friedensplatz 1', '44135 Dortmund'] };
const fields = { page: ' https://www.dortmund.example/erleben/karte/ ', problem: '  Die Karte ist mit der Tastatur nicht erreichbar. ', tools: '', reply: 'post@example.org' };

describe('accessibility feedback', () => {
  it('requires a description of the problem, ignoring blank space', () => {
    expect(checkFeedback({ ...fields, problem: ' \n ' }).missing).toEqual(['problem']);
    expect(checkFeedback(fields).missing).toEqual([]);
  });

  it('composes a letter with the address, the answers given and nothing for empty fields', () => {
    const { text, mailto } = composeFeedback(fields, labels, recipient);
    expect(text.startsWith('Stadt Dortmund\nFriedensplatz 1\n44135 Dortmund\n\nBarriere auf dem Dortmund-Portal')).toBe(true);
    expect(text).toContain('Seite:\nhttps://www.dortmund.example/erleben/karte/\n');
    expect(text).toContain('Was ist passiert:\nDie Karte ist mit der Tastatur nicht erreichbar.\n');
    expect(text).not.toContain('Hilfsmittel');
    expect(text.endsWith('Antwort bitte an:\npost@example.org\n\nMit freundlichen Grüßen')).toBe(true);
    expect(mailto).toBeUndefined();
  });

  it('offers an e-mail link only when the office has an address, with subject and body encoded', () => {
    const { mailto } = composeFeedback(fields, labels, { ...recipient, email: 'barrierefrei@example.org' });
    const url = new URL(mailto!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('barrierefrei@example.org');
    expect(url.searchParams.get('subject')).toBe(labels.subject);
    expect(url.searchParams.get('body')).toContain('Die Karte ist mit der Tastatur nicht erreichbar.');
    expect(url.searchParams.get('body')).not.toContain('Friedensplatz');
    expect(mailto).not.toContain('+');
  });

  it('prefills the page only with an address of this portal', () => {
    const origin = 'https://www.dortmund.example';
    expect(pageFromQuery('?seite=%2Ferleben%2Fkarte%2F', origin)).toBe('https://www.dortmund.example/erleben/karte/');
    expect(pageFromQuery('?seite=https://evil.example/', origin)).toBe('');
    expect(pageFromQuery('?seite=//evil.example/x', origin)).toBe('');
    expect(pageFromQuery('?seite=javascript:alert(1)', origin)).toBe('');
    expect(pageFromQuery('', origin)).toBe('');
  });
});
