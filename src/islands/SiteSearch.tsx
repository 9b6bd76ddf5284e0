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
  /** Filter labels by key (section, type, district, month) and the "all" option. */
  facets: Record<string, string>;
  all: string;
  sort: string;
  sortRelevance: string;
  sortDate: string;
  otherLanguage: string;
  tryOther: string;
  resultsLabel: string;
  /** "Did you mean" before a suggested query, and the status text with it: {q} typed, {s} suggested. */
  didYouMean: string;
  noneSuggest: string;
  /** Known words for spelling suggestions (JSON), fetched only after a search without results. */
  wordsUrl: string;
  /** This language's search page: a suggestion links there with its query. */
  searchPath: string;
}

/** A result as Pagefind returns it; shown as it is. */
interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

const FACETS = ['section', 'type', 'district', 'month', 'need'];

interface PagefindResult {
  data: () => Promise<Result>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (q: string | null, o?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  search: (q: string | null, o?: object) => Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
/** Results whose fragments load before the first results show; the rest follow right after. */
const FIRST_BATCH = 4;

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

/**
 * Spelling suggestions by URL, built from src/lib/spelling.ts by src/pages/suche/vorschlaege.js.ts and
 * loaded only after a search without results. Through Vite's import() the island would carry Vite's
 * preload helper as a static import, and the search page must stay within 20 KB of JavaScript.
 */
function loadSpelling(): Promise<typeof import('../lib/spelling')> {
  const path = `${location.origin}/suche/vorschlaege.js`;
  return import(/* @vite-ignore */ path);
}

export interface SearchProps {
  strings: SearchStrings;
  /** The other language's search page, offered when nothing is found. */
  otherSearch: string;
  /** In the header's search dialog: start with this query and leave the page's URL alone. */
  dialogQuery?: string;
}
interface State {
  query: string;
  filters: Record<string, string>;
  sort: string;
  available: Record<string, Record<string, number>>;
  results: Result[] | null;
  status: string;
  /** A corrected query that finds something, offered after a search without results. */
  suggestion?: string;
}

/**
 * A class component rather than hooks: it spares the page the hooks module (about 1 KB gzipped),
 * which keeps the search page within its 20 KB JavaScript budget.
 */
export default class SiteSearch extends Component<SearchProps, State> {
  state: State = { query: '', filters: {}, sort: '', available: {}, results: null, status: '' };
  private list = createRef<HTMLOListElement>();
  private input = createRef<HTMLInputElement>();
  private searchId = 0;

  componentDidMount() {
    const params = new URLSearchParams(this.props.dialogQuery !== undefined ? `q=${encodeURIComponent(this.props.dialogQuery)}` : window.location.search);
    const filters: Record<string, string> = {};
    for (const key of FACETS) filters[key] = params.get(key) ?? '';
    // Text typed into the server-rendered field before the island woke up is kept, not wiped.
    this.run(params.get('q') || this.input.current!.value, filters, params.get('sort') ?? '');
  }

  private run(query: string, filters: Record<string, string>, sort: string) {
    this.setState({ query, filters, sort, suggestion: undefined });
    const q = query.trim();
    const url = new URL(window.location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const [k, v] of Object.entries(filters)) if (v) url.searchParams.set(k, v);
    if (sort) url.searchParams.set('sort', sort);
    if (this.props.dialogQuery === undefined) history.replaceState(null, '', url);
    const id = ++this.searchId;
    const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
    if (!q && Object.keys(active).length === 0) {
      this.setState({ results: null, status: '' });
      return;
    }
    const { strings } = this.props;
    loadPagefind()
      .then(async (pf) => {
        const search = await pf.debouncedSearch(q || null, { filters: active, sort: sort === 'date' ? { date: 'desc' } : undefined }, 250);
        if (!search || id !== this.searchId) return;
        // The first few fragments first, so results appear after a few kilobytes; the rest follow.
        const data = await Promise.all(search.results.slice(0, FIRST_BATCH).map((r) => r.data()));
        if (id !== this.searchId) return;
        const n = search.results.length;
        // Facet values come from Pagefind's filter index, which grows with the site: they load after
        // the first results are painted, never before them (Pagefind keeps them once loaded).
        const loadRest = () => {
          pf.filters().then((available) => this.setState({ available }));
          if (n <= FIRST_BATCH) return;
          Promise.all(search.results.slice(FIRST_BATCH, MAX_RESULTS).map((r) => r.data())).then(
            (more) => id === this.searchId && this.setState({ results: [...this.state.results!, ...more] }),
          );
        };
        this.setState({
          results: data,
          // The live region is written once per settled search, so screen readers hear the count once.
          status: (n === 0 ? strings.none : n === 1 ? strings.one : strings.count).replace('{n}', String(n)).replace('{q}', q),
        }, () => requestAnimationFrame(() => setTimeout(loadRest))); // after the first results are painted
        if (n === 0 && q) this.suggest(q, active, id);
      })
      .catch(() => id === this.searchId && this.setState({ status: strings.error }));
  }

  /** After a search without results: a corrected query, offered only if it finds something. */
  private suggest(q: string, filters: Record<string, string>, id: number) {
    loadSpelling()
      .then(({ findSuggestion }) => findSuggestion(q, this.props.strings, (s) => loadPagefind().then((pf) => pf.search(s, { filters }))))
      .then((found) => found && id === this.searchId && this.setState(found))
      .catch(() => undefined); // no suggestion: the hint and the other routes stay
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

  render({ strings, otherSearch, dialogQuery }: SearchProps, { query, filters, sort, available, results, status, suggestion }: State) {
    // Ids differ inside the header dialog, which may open on the search page itself.
    const pfx = dialogQuery === undefined ? '' : 'dialog-';
    return (
      <div class="do-search" onKeyDown={this.onKeyDown}>
        <form role="search" aria-label={strings.label} onSubmit={(e) => e.preventDefault()} method="get">
          <label for={`${pfx}search-q`}>{strings.label}</label>
          <div class="do-search__row">
            <input
              id={`${pfx}search-q`}
              ref={this.input}
              type="search"
              name="q"
              value={query}
              autocomplete="off"
              aria-describedby={`${pfx}search-hint`}
              onInput={(e) => this.run((e.target as HTMLInputElement).value, filters, sort)}
            />
            <button type="submit">{strings.submit}</button>
          </div>
          <p id={`${pfx}search-hint`} class="do-search__hint">
            {strings.hint}
          </p>
          <div class="do-search__facets">
            {FACETS.filter((key) => available[key] && Object.keys(available[key]).length > 1).map((key) => (
              <label>
                <span>{strings.facets[key]}</span>
                <select value={filters[key] ?? ''} onChange={(e) => this.run(query, { ...filters, [key]: (e.target as HTMLSelectElement).value }, sort)}>
                  <option value="">{strings.all}</option>
                  {Object.keys(available[key]).sort().map((v) => (
                    <option value={v}>{v}</option>
                  ))}
                </select>
              </label>
            ))}
            <label>
              <span>{strings.sort}</span>
              <select value={sort} onChange={(e) => this.run(query, filters, (e.target as HTMLSelectElement).value)}>
                <option value="">{strings.sortRelevance}</option>
                <option value="date">{strings.sortDate}</option>
              </select>
            </label>
          </div>
        </form>
        <p role="status" class="do-search__status">
          {status}
        </p>
        {suggestion && (
          <p class="do-search__other">
            {strings.didYouMean} <a href={`${strings.searchPath}?q=${encodeURIComponent(suggestion)}`}>{suggestion}</a>?
          </p>
        )}
        {results && results.length === 0 && query.trim() && (
          <p class="do-search__other">
            {strings.tryOther} <a href={`${otherSearch}?q=${encodeURIComponent(query.trim())}`}>{strings.otherLanguage}</a>
          </p>
        )}
        {results && results.length > 0 && (
          <ol ref={this.list} class="do-search__results" aria-label={strings.resultsLabel}>
            {results.map((r) => (
              <li key={r.url}>
                {r.meta.image && <img src={r.meta.image} alt="" width={160} height={90} loading="lazy" />}
                {r.meta.section && (
                  <p class="do-search__section">
                    {r.meta.section}
                    {r.meta.date && ` · ${r.meta.date}`}
                  </p>
                )}
                <h2>
                  <a href={r.url}>{r.meta.title ?? r.url}</a>
                </h2>
                {/* Pagefind escapes page text and adds only <mark> around matches. */}
                <p dangerouslySetInnerHTML={{ __html: r.excerpt }} />
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  }
}
