/**
 * The event finder. Without JavaScript the page shows its server-rendered list (the first page of
 * dates, numbered pages after it). Once hydrated, the finder adds the filters (period, category,
 * section, district, free entry, accessibility), keeps them in the URL, uses the visitor's real date,
 * and loads only the months it needs as small JSON files (src/lib/finderData.ts) instead of receiving
 * every event as props. It then replaces the server list with its own.
 *
 * Filters are declared in src/lib/eventFilter.ts (`fieldFilters`); the form renders one control per
 * entry, with the labels and options this island receives in `filters`.
 */
import { Component } from 'preact';
import type { FinderProps } from '../lib/finderProps';
import type { Locale } from '../schemas/enums';
import {
  berlinToday,
  emptyState,
  fieldFilters,
  filterEvents,
  monthsBetween,
  searchFromState,
  stateFromSearch,
  unpackFile,
  windowFor,
  type FinderEvent,
  type FinderFile,
  type FinderMonths,
  type FinderState,
  type Period,
} from '../lib/eventFilter';

export interface FinderStrings {
  filters: string;
  period: string;
  periods: Record<Exclude<Period, ''> | 'all', string>;
  from: string;
  to: string;
  all: string;
  reset: string;
  count: string;
  one: string;
  none: string;
  /** "{n} dates until the end of {month}" while later months are not loaded yet. */
  countSoFar: string;
  more: string;
  loading: string;
  loadError: string;
  freeBadge: string;
  series: string;
  movedFrom: string;
  /** Notice on an event listed in the other language, not yet translated. */
  foreignNotice: string;
  status: Record<string, string>;
}

/** Label and, for a choice, the options of each filter in `fieldFilters`. */
export type FilterLabels = Partial<Record<keyof FinderState, { label: string; options?: [string, string][] }>>;

/** What the island receives: src/lib/finderProps.ts. */
type Props = FinderProps;

interface State extends FinderState {
  ready: boolean;
  /** The selects and checkboxes are added a task after the rest of the form (see componentDidMount). */
  full: boolean;
  today: string;
  /** How many dates are shown; "more" adds a page. */
  limit: number;
  /** Bumped when data arrives, to re-render. */
  loaded: number;
  failed: boolean;
}

const pageSize = 24;

export default class EventFinder extends Component<Props, State> {
  state: State = { ...emptyState, ready: false, full: false, today: '', limit: pageSize, loaded: 0, failed: false };
  private data = new Map<string, FinderEvent[]>();
  private requests = new Map<string, Promise<void>>();
  private merged: { months: string; events: FinderEvent[] } | undefined;

  componentDidMount() {
    // The form is built in tasks of its own after the hydration's, the period chips and the count
    // first, the selects and checkboxes next: on a slow phone three short tasks keep the page
    // responsive where one long one blocked it (TBT, doc/benchmarks.md).
    setTimeout(() => {
      const fallback = { ...emptyState, period: this.props.initialPeriod ?? '' };
      this.setState({ ...stateFromSearch(location.search, fallback), ready: true, today: berlinToday(new Date()) }, () => {
        setTimeout(() => this.setState({ full: true }), 0);
        void this.fill();
      });
    }, 0);
  }

  private update(change: Partial<FinderState>) {
    const next = { ...this.state, ...change, limit: pageSize };
    // The address follows the filters, written after the results are on screen: replaceState can
    // take several milliseconds (it informs the browser process) and the visitor waits for results.
    requestAnimationFrame(() => setTimeout(() => history.replaceState(null, '', `${location.pathname}${searchFromState(next)}`), 0));
    this.setState({ ...change, limit: pageSize } as State, () => this.fill());
  }

  /** Months from today's on that the current period needs, in order. */
  private needed(state: State): { months: string[]; windowed: boolean } {
    const available = this.props.months.map(([m]) => m).filter((m) => m >= state.today.slice(0, 7));
    const window = windowFor(state, state.today);
    return window ? { months: monthsBetween(available, window.from, window.to), windowed: true } : { months: available, windowed: false };
  }

  private load(month: string): Promise<void> {
    let request = this.requests.get(month);
    if (!request) {
      const parts = this.props.months.find(([m]) => m === month)?.[1] ?? 0;
      const files = Array.from({ length: parts }, (_, i) =>
        fetch(`${this.props.dataBase}${month}-${i + 1}.json`).then((r) => {
          if (!r.ok) throw new Error(`${r.status}`);
          return r.json() as Promise<FinderFile>;
        }),
      );
      request = Promise.all(files).then((loaded) => {
        this.data.set(month, loaded.flatMap(unpackFile));
      });
      request.catch(() => this.requests.delete(month));
      this.requests.set(month, request);
    }
    return request;
  }

  /**
   * Loads what the current view needs: every month of a period; without a period, month after month
   * until a page of matching dates is there.
   */
  private async fill() {
    try {
      const state = this.state;
      const { months, windowed } = this.needed(state);
      // Months already loaded need no second rendering: the change itself showed their results.
      const missing = months.filter((m) => !this.data.has(m));
      let loadedAny = false;
      if (windowed) {
        if (missing.length > 0) {
          await Promise.all(missing.map((m) => this.load(m)));
          loadedAny = true;
        }
      } else {
        for (const m of missing) {
          const { shown, complete } = this.results(this.state);
          if (complete || shown.length > this.state.limit) break;
          await this.load(m);
          loadedAny = true;
          this.setState({ loaded: this.state.loaded + 1 });
        }
      }
      if (loadedAny || this.state.failed) this.setState({ loaded: this.state.loaded + 1, failed: false });
      const list = document.getElementById(this.props.serverList);
      if (list) list.hidden = true;
    } catch {
      this.setState({ failed: true });
    }
  }

  /** The loaded months the current view can show (a prefix without gaps), merged and sorted once. */
  private results(state: State): { shown: FinderEvent[]; complete: boolean; through?: string } {
    const { months } = this.needed(state);
    const ready: string[] = [];
    for (const m of months) {
      if (!this.data.has(m)) break;
      ready.push(m);
    }
    const id = ready.join(',');
    if (this.merged?.months !== id) {
      const seen = new Set<string>();
      const events = ready.flatMap((m) => this.data.get(m)!).filter((e) => !seen.has(e.key) && seen.add(e.key));
      events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      this.merged = { months: id, events };
    }
    return { shown: filterEvents(this.merged.events, state, state.today), complete: ready.length === months.length, through: ready.at(-1) };
  }

  /** A date's card, with the texts the build wrote (FinderDisplay): the browser formats nothing. */
  private card(e: FinderEvent) {
    const { strings, categories } = this.props;
    const d = e.display ?? { when: e.start, day: e.start.slice(8, 10), month: e.start.slice(5, 7), iso: e.start };
    return (
      <li key={e.key}>
        <article class="do-event" data-pillar="events">
          <p class="do-event__badge" aria-hidden="true">
            <span>{d.day}</span>
            <span>{d.month}</span>
          </p>
          <div>
            <p class="do-event__kicker">
              {categories[e.category] ?? e.category}
              {e.series && <span> · {strings.series}</span>}
              {e.free && <span> · {strings.freeBadge}</span>}
            </p>
            <h3 class="do-event__title">
              <a href={e.url} lang={e.lang} hreflang={e.lang}>
                {e.title}
              </a>
            </h3>
            <p class="do-event__meta">
              <time dateTime={d.iso}>{d.when}</time>
              {e.venue && <span> · {e.venue}</span>}
            </p>
            {e.lang && <p class="do-event__lang">{strings.foreignNotice}</p>}
            {(e.status !== 'scheduled' || e.note || e.movedFrom) && (
              <p>
                {e.status !== 'scheduled' && (
                  <span class="do-event__status" data-status={e.status}>
                    {strings.status[e.status]}
                  </span>
                )}
                {e.movedFrom && <span class="do-event__note">{strings.movedFrom.replace('{date}', d.moved ?? e.movedFrom)}</span>}
                {e.note && <span class="do-event__note">{e.note}</span>}
              </p>
            )}
          </div>
        </article>
      </li>
    );
  }

  render({ monthLabels, filters, strings }: Props, state: State) {
    const formatMonth = (m: string) => monthLabels[m] ?? m;
    if (!state.ready) return <div class="do-finder" />;
    const { shown, complete, through } = this.results(state);
    const page = shown.slice(0, state.limit);
    const months: [string, FinderEvent[]][] = [];
    for (const e of page) {
      const last = months[months.length - 1];
      if (last && last[0] === e.monthKey) last[1].push(e);
      else months.push([e.monthKey, [e]]);
    }
    const loading = !complete && shown.length <= state.limit && !state.failed;
    const count = state.failed
      ? strings.loadError
      : !complete
        ? through
          ? strings.countSoFar.replace('{n}', String(shown.length)).replace('{month}', formatMonth(through))
          : strings.loading
        : shown.length === 0
          ? strings.none
          : (shown.length === 1 ? strings.one : strings.count).replace('{n}', String(shown.length));
    const control = (f: (typeof fieldFilters)[number]) => {
      const labels = filters[f.key];
      if (!labels) return null;
      if (f.kind === 'check') {
        return (
          <label key={f.key}>
            <input type="checkbox" checked={Boolean(state[f.key])} onChange={(e) => this.update({ [f.key]: (e.target as HTMLInputElement).checked } as Partial<FinderState>)} />
            <span>{labels.label}</span>
          </label>
        );
      }
      return (
        <label key={f.key} class="do-finder__field">
          <span>{labels.label}</span>
          <select value={String(state[f.key])} onChange={(e) => this.update({ [f.key]: (e.target as HTMLSelectElement).value } as Partial<FinderState>)}>
            <option value="">{strings.all}</option>
            {(labels.options ?? []).map(([v, l]) => (
              <option value={v}>{l}</option>
            ))}
          </select>
        </label>
      );
    };
    return (
      <div class="do-finder">
        <form class="do-finder__form" aria-label={strings.filters} onSubmit={(e) => e.preventDefault()}>
          <fieldset class="do-chips">
            <legend>{strings.period}</legend>
            {(['', 'today', 'weekend', 'week', 'month', 'range'] as Period[]).map((p) => (
              <label>
                <input type="radio" name="period" value={p} checked={state.period === p} onChange={() => this.update({ period: p })} />
                <span>{strings.periods[p || 'all']}</span>
              </label>
            ))}
          </fieldset>
          {state.period === 'range' && (
            <div class="do-finder__range">
              <label class="do-finder__field">
                <span>{strings.from}</span>
                <input type="date" value={state.from} onChange={(e) => this.update({ from: (e.target as HTMLInputElement).value })} />
              </label>
              <label class="do-finder__field">
                <span>{strings.to}</span>
                <input type="date" value={state.to} onChange={(e) => this.update({ to: (e.target as HTMLInputElement).value })} />
              </label>
            </div>
          )}
          <div class="do-finder__selects">{state.full && fieldFilters.filter((f) => f.kind === 'select').map(control)}</div>
          <div class="do-finder__checks">
            {state.full && fieldFilters.filter((f) => f.kind === 'check').map(control)}
            {state.full && (
              <button type="button" onClick={() => this.update(emptyState)}>
                {strings.reset}
              </button>
            )}
          </div>
        </form>
        <p role="status" class="do-finder__count">
          {count}
        </p>
        {months.map(([key, list]) => (
          <section key={key} class="do-finder__month" aria-labelledby={`m-${key}`}>
            <h2 id={`m-${key}`}>{formatMonth(key)}</h2>
            <ul class="do-finder__list">{list.map((e) => this.card(e))}</ul>
          </section>
        ))}
        {(shown.length > state.limit || (!complete && !loading && !state.failed)) && (
          <p class="do-finder__more">
            <button type="button" class="do-button do-button--ghost" onClick={() => this.setState({ limit: state.limit + pageSize }, () => this.fill())}>
              {strings.more}
            </button>
          </p>
        )}
      </div>
    );
  }
}
