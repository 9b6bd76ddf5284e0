/**
 * Full-text search on Pagefind's JS API. Pagefind keeps one index per language and loads the one that
 * matches <html lang>, so German pages find German content only. The query lives in ?q= both ways:
 * it is read on load and written back while typing, so results can be linked and bookmarked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface SearchStrings {
  label: string;
  submit: string;
  hint: string;
  loading: string;
  /** "{n} results for “{q}”" */
  count: string;
  one: string;
  none: string;
  error: string;
}

interface Result {
  url: string;
  title: string;
  excerpt: string;
  section?: string;
}

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string, o?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The bundle is produced after the Astro build, so it must not be resolved by Vite.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

export default function SiteSearch({ strings, initialQuery = '' }: { strings: SearchStrings; initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<Result[] | null>(null);
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    if (q) setQuery(q);
  }, []);

  useEffect(() => {
    const q = query.trim();
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      setResults(null);
      setStatus('');
      return;
    }
    let stale = false;
    loadPagefind()
      .then((pf) => pf.debouncedSearch(q, {}, 250))
      .then(async (search) => {
        if (!search || stale) return;
        const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
        if (stale) return;
        setResults(
          data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, section: d.meta.section })),
        );
        const n = search.results.length;
        setStatus(n === 0 ? strings.none.replace('{q}', q) : (n === 1 ? strings.one : strings.count).replace('{n}', String(n)).replace('{q}', q));
      })
      .catch(() => !stale && setStatus(strings.error));
    return () => {
      stale = true;
    };
  }, [query]);

  /** Arrow keys move between the field and the result links. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)].focus();
    else if (index <= 0) inputRef.current?.focus();
    else links[index - 1].focus();
  }

  return (
    <div class="do-search" onKeyDown={onKeyDown}>
      <form role="search" aria-label={strings.label} onSubmit={(e) => e.preventDefault()} action="" method="get">
        <label for="search-q">{strings.label}</label>
        <div class="do-search__row">
          <input
            id="search-q"
            ref={inputRef}
            type="search"
            name="q"
            value={query}
            autocomplete="off"
            aria-describedby="search-hint"
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{strings.submit}</button>
        </div>
        <p id="search-hint" class="do-search__hint">{strings.hint}</p>
      </form>
      <p role="status" class="do-search__status">{status}</p>
      {results && results.length > 0 && (
        <ol ref={listRef} class="do-search__results">
          {results.map((r) => (
            <li key={r.url}>
              {r.section && <p class="do-search__section">{r.section}</p>}
              <h2>
                <a href={r.url}>{r.title}</a>
              </h2>
              {/* Pagefind escapes page text and adds only <mark> around matches. */}
              <p class="do-search__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
