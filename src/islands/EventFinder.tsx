/**
 * The event finder. Server-rendered, it is the complete list of upcoming events by month with plain
 * links, so nothing is hidden without JavaScript. Once hydrated it adds the filters (period, category,
 * section, district, free entry, accessibility), keeps them in the URL and narrows the same list.
 */
import { Component } from 'preact';
import { berlinToday, emptyState, filterEvents, searchFromState, stateFromSearch, type FinderEvent, type FinderState, type Period } from '../lib/eventFilter';

export interface FinderStrings {
  filters: string;
  period: string;
  periods: Record<Exclude<Period, ''> | 'all', string>;
  from: string;
  to: string;
  category: string;
  pillar: string;
  district: string;
  all: string;
  free: string;
  accessible: string;
  reset: string;
  count: string;
  one: string;
  none: string;
  freeBadge: string;
}

interface Props {
  events: FinderEvent[];
  categories: [string, string][];
  pillars: [string, string][];
  districts: string[];
  strings: FinderStrings;
}

interface State extends FinderState {
  ready: boolean;
  today: string;
}

export default class EventFinder extends Component<Props, State> {
  state: State = { ...emptyState, ready: false, today: '' };

  componentDidMount() {
    this.setState({ ...stateFromSearch(location.search), ready: true, today: berlinToday(new Date()) });
  }

  private update(change: Partial<FinderState>) {
    const next = { ...this.state, ...change };
    history.replaceState(null, '', `${location.pathname}${searchFromState(next)}`);
    this.setState(change as State);
  }

  render({ events, categories, pillars, districts, strings }: Props, state: State) {
    const shown = state.ready ? filterEvents(events, state, state.today) : events;
    const months: [string, string, FinderEvent[]][] = [];
    for (const e of shown) {
      const last = months[months.length - 1];
      if (last && last[0] === e.monthKey) last[2].push(e);
      else months.push([e.monthKey, e.month, [e]]);
    }
    const count = shown.length === 0 ? strings.none : (shown.length === 1 ? strings.one : strings.count).replace('{n}', String(shown.length));
    const select = (label: string, value: string, options: [string, string][], key: keyof FinderState) => (
      <label class="do-finder__field">
        <span>{label}</span>
        <select value={value} onChange={(e) => this.update({ [key]: (e.target as HTMLSelectElement).value } as Partial<FinderState>)}>
          <option value="">{strings.all}</option>
          {options.map(([v, l]) => (
            <option value={v}>{l}</option>
          ))}
        </select>
      </label>
    );
    return (
      <div class="do-finder">
        {state.ready && (
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
            <div class="do-finder__selects">
              {select(strings.category, state.category, categories, 'category')}
              {select(strings.pillar, state.pillar, pillars, 'pillar')}
              {select(strings.district, state.district, districts.map((d) => [d, d]), 'district')}
            </div>
            <div class="do-finder__checks">
              <label>
                <input type="checkbox" checked={state.free} onChange={(e) => this.update({ free: (e.target as HTMLInputElement).checked })} />
                <span>{strings.free}</span>
              </label>
              <label>
                <input type="checkbox" checked={state.accessible} onChange={(e) => this.update({ accessible: (e.target as HTMLInputElement).checked })} />
                <span>{strings.accessible}</span>
              </label>
              <button type="button" onClick={() => this.update(emptyState)}>
                {strings.reset}
              </button>
            </div>
          </form>
        )}
        {state.ready && (
          <p role="status" class="do-finder__count">
            {count}
          </p>
        )}
        {months.map(([key, label, list]) => (
          <section key={key} class="do-finder__month" aria-labelledby={`m-${key}`}>
            <h2 id={`m-${key}`}>{label}</h2>
            <ul class="do-finder__list">
              {list.map((e) => (
                <li key={e.key}>
                  <article class="do-event" data-pillar="events">
                    <p class="do-event__badge" aria-hidden="true">
                      <span>{e.badgeDay}</span>
                      <span>{e.badgeMonth}</span>
                    </p>
                    <div>
                    <p class="do-event__kicker">
                      {e.categoryLabel}
                      {e.free && <span> · {strings.freeBadge}</span>}
                    </p>
                    <h3 class="do-event__title">
                      <a href={e.url} lang={e.lang} hreflang={e.lang}>
                        {e.title}
                      </a>
                    </h3>
                    <p class="do-event__meta">
                      {e.when}
                      {e.venue && ` · ${e.venue}`}
                    </p>
                    {e.statusLabel && <p class="do-event__status">{e.statusLabel}</p>}
                    {e.langNotice && <p class="do-event__lang">{e.langNotice}</p>}
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    );
  }
}
