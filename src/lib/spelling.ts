/**
 * "Did you mean …?" for searches without results: each word of the query that is not a known word of
 * the portal is replaced by the closest known word (Damerau–Levenshtein distance, one edit for short
 * words, two for longer ones; ties go to the more frequent word). Loaded by the search island only
 * when a search finds nothing.
 */

/** Lowercase, without accents; ß and umlauts compare like their base letters. */
export function fold(word: string): string {
  return word.toLocaleLowerCase('de').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Known words with how often they occur, as the build writes them: [["zollern", 12], …]. */
export type Vocabulary = [string, number][];

/** The closest known word, or undefined when none is near enough. */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const w = fold(word);
  const limit = w.length <= 4 ? 1 : 2;
  let best: { word: string; d: number; n: number } | undefined;
  for (const [candidate, n] of vocabulary) {
    const d = distance(w, fold(candidate), limit);
    if (d > limit) continue;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: candidate, d, n };
  }
  return best?.word;
}

/**
 * A corrected query, or undefined when every word is known or nothing better is found. Words the
 * portal knows stay as typed, so "Zeche Zolern" becomes "Zeche Zollern".
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Set(vocabulary.map(([w]) => fold(w)));
  let changed = false;
  const words = query.trim().split(/\s+/).map((word) => {
    if (word.length < 3 || known.has(fold(word))) return word;
    const better = closestWord(word, vocabulary);
    if (!better) return word;
    changed = true;
    return word[0] === word[0].toLocaleUpperCase('de') ? better[0].toLocaleUpperCase('de') + better.slice(1) : better;
  });
  return changed ? words.join(' ') : undefined;
}

/** Words of a text worth suggesting: letters only, at least four of them. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}]{4,}/gu) ?? []).map((w) => w.toLocaleLowerCase('de'));
}

/** Counts words over texts and keeps the most frequent, most frequent first. */
export function buildVocabulary(texts: string[], max = 6000): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max);
}

let vocabulary: Promise<Vocabulary> | undefined;

/**
 * For the search island: fetches the known words once, corrects the query, and returns the correction
 * with the status line announcing it, only if searching for the correction finds something.
 */
export async function findSuggestion(
  query: string,
  strings: { wordsUrl: string; noneSuggest: string },
  search: (q: string) => Promise<{ results: unknown[] }>,
): Promise<{ suggestion: string; status: string } | undefined> {
  vocabulary ??= fetch(strings.wordsUrl).then((r) => r.json() as Promise<Vocabulary>);
  const suggestion = suggestQuery(query, await vocabulary);
  if (!suggestion || (await search(suggestion)).results.length === 0) return undefined;
  return { suggestion, status: strings.noneSuggest.replace('{q}', query).replace('{s}', suggestion) };
}
