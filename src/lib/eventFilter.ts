/**
 * The event finder's rules as pure functions: date windows in Europe/Berlin, filters, and the URL
 * state. The island uses them in the browser; the unit tests pin them.
 */
import type { EventStatus } from '../schemas/enums';

export interface FinderEvent {
  key: string;
  title: string;
  url: string;
  /** First and last day, YYYY-MM-DD in Dortmund. */
  firstDay: string;
  lastDay: string;
  when: string;
  /** Day and short month for the date badge. */
  badgeDay: string;
  badgeMonth: string;
  /** Month heading, e.g. "Dezember 2026". */
  month: string;
  monthKey: string;
  category: string;
  categoryLabel: string;
  pillar: string;
  district?: string;
  venue?: string;
  free: boolean;
  accessibility: boolean;
  status: EventStatus;
  statusLabel?: string;
  /** Language of the title when the event exists only in the other language (lang attribute). */
  lang?: string;
  /** Notice that the event is listed in its original language. */
  langNotice?: string;
}

export type Period = '' | 'today' | 'weekend' | 'week' | 'month' | 'range';

export interface FinderState {
  period: Period;
  from: string;
  to: string;
  category: string;
  pillar: string;
  district: string;
  free: boolean;
  accessible: boolean;
}

export const emptyState: FinderState = { period: '', from: '', to: '', category: '', pillar: '', district: '', free: false, accessible: false };

/** URL parameter names, in German as the site's source language. */
const params = {
  period: 'zeit',
  from: 'von',
  to: 'bis',
  category: 'kategorie',
  pillar: 'bereich',
  district: 'bezirk',
  free: 'frei',
  accessible: 'barrierefrei',
} as const;

const periods: Period[] = ['', 'today', 'weekend', 'week', 'month', 'range'];
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function stateFromSearch(search: string): FinderState {
  const q = new URLSearchParams(search);
  const period = (q.get(params.period) ?? '') as Period;
  return {
    period: periods.includes(period) ? period : '',
    from: isDay(q.get(params.from) ?? '') ? q.get(params.from)! : '',
    to: isDay(q.get(params.to) ?? '') ? q.get(params.to)! : '',
    category: q.get(params.category) ?? '',
    pillar: q.get(params.pillar) ?? '',
    district: q.get(params.district) ?? '',
    free: q.get(params.free) === '1',
    accessible: q.get(params.accessible) === '1',
  };
}

export function searchFromState(state: FinderState): string {
  const q = new URLSearchParams();
  if (state.period) q.set(params.period, state.period);
  if (state.period === 'range') {
    if (state.from) q.set(params.from, state.from);
    if (state.to) q.set(params.to, state.to);
  }
  if (state.category) q.set(params.category, state.category);
  if (state.pillar) q.set(params.pillar, state.pillar);
  if (state.district) q.set(params.district, state.district);
  if (state.free) q.set(params.free, '1');
  if (state.accessible) q.set(params.accessible, '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Today's date in Dortmund, YYYY-MM-DD. */
export function berlinToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The window of days a period means, from today in Dortmund. The weekend runs Friday to Sunday; on a
 * Saturday or Sunday it is the rest of the current weekend.
 */
export function windowFor(state: FinderState, today: string): { from: string; to: string } | null {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  switch (state.period) {
    case 'today':
      return { from: today, to: today };
    case 'weekend': {
      if (weekday === 0) return { from: today, to: today };
      if (weekday === 6) return { from: today, to: addDays(today, 1) };
      const friday = addDays(today, 5 - weekday);
      return { from: friday < today ? today : friday, to: addDays(friday, 2) };
    }
    case 'week':
      return { from: today, to: addDays(today, 6) };
    case 'month': {
      const [y, m] = today.split('-').map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { from: today, to: `${today.slice(0, 8)}${String(last).padStart(2, '0')}` };
    }
    case 'range':
      return state.from || state.to ? { from: state.from || today, to: state.to || '9999-12-31' } : null;
    default:
      return null;
  }
}

/** Events that match every filter and have not ended before today. */
export function filterEvents(events: FinderEvent[], state: FinderState, today: string): FinderEvent[] {
  const window = windowFor(state, today);
  return events.filter(
    (e) =>
      e.lastDay >= today &&
      (!window || (e.firstDay <= window.to && e.lastDay >= window.from)) &&
      (!state.category || e.category === state.category) &&
      (!state.pillar || e.pillar === state.pillar) &&
      (!state.district || e.district === state.district) &&
      (!state.free || e.free) &&
      (!state.accessible || e.accessibility),
  );
}
