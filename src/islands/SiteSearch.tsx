/**
 * Full-text search on Pagefind's JS API. Pagefind keeps one index per language and loads the one that
 * matches <html lang>, so German pages find German content only. The query lives in ?q= both ways:
 * it is read on load and written back while typing, so results can be linked and bookmarked.
 */
import { Component, createRef } from 'preact';

export interface SearchStrings {
  label: string;
  submit: string;
  hint: string;
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
    // Search on the main thread: the index of this site is small, and the worker would add 12 KB of
    // JavaScript to the page.
    await pf.options({ excerptLength: 24, noWorker: true });
    return pf;
  });
  return pagefind;
}

interface Props {
  strings: SearchStrings;
}
interface State {
  query: string;
  results: Result[] | null;
  status: string;
}

/**
 * A class component rather than hooks: it spares the page the hooks module (about 1 KB gzipped),
 * which keeps the search page within its 20 KB JavaScript budget.
 */
export default class SiteSearch extends Component<Props, State> {
  state: State = { query: '', results: null, status: '' };
  private list = createRef<HTMLOListElement>();
  private input = createRef<HTMLInputElement>();
  private searchId = 0;

  componentDidMount() {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    if (q) this.setQuery(q);
  }

  private setQuery(query: string) {
    this.setState({ query });
    const q = query.trim();
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const id = ++this.searchId;
    if (!q) {
      this.setState({ results: null, status: '' });
      return;
    }
    const { strings } = this.props;
    loadPagefind()
      .then((pf) => pf.debouncedSearch(q, {}, 250))
      .then(async (search) => {
        if (!search || id !== this.searchId) return;
        const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
        if (id !== this.searchId) return;
        const n = search.results.length;
        this.setState({
          results: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, section: d.meta.section })),
          // The live region is written once per settled search, so screen readers hear the count once.
          status:
            n === 0
              ? strings.none.replace('{q}', q)
              : (n === 1 ? strings.one : strings.count).replace('{n}', String(n)).replace('{q}', q),
        });
      })
      .catch(() => id === this.searchId && this.setState({ status: strings.error }));
  }

  /** Arrow keys move between the field and the result links. */
  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(this.list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)].focus();
    else if (index <= 0) this.input.current?.focus();
    else links[index - 1].focus();
  };

  render({ strings }: Props, { query, results, status }: State) {
    return (
      <div class="do-search" onKeyDown={this.onKeyDown}>
        <form role="search" aria-label={strings.label} onSubmit={(e) => e.preventDefault()} action="" method="get">
          <label for="search-q">{strings.label}</label>
          <div class="do-search__row">
            <input
              id="search-q"
              ref={this.input}
              type="search"
              name="q"
              value={query}
              autocomplete="off"
              aria-describedby="search-hint"
              onInput={(e) => this.setQuery((e.target as HTMLInputElement).value)}
            />
            <button type="submit">{strings.submit}</button>
          </div>
          <p id="search-hint" class="do-search__hint">
            {strings.hint}
          </p>
        </form>
        <p role="status" class="do-search__status">
          {status}
        </p>
        {results && results.length > 0 && (
          <ol ref={this.list} class="do-search__results">
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
}
