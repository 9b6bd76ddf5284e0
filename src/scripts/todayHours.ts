/**
 * Marks today's row in a place's opening-hours table and says whether the place is open today, by the
 * Dortmund calendar (Europe/Berlin), with the same rules the build uses (src/lib/openingHours.ts).
 * Without JavaScript the table stays complete; only the mark and the "today" line are missing.
 */
import { formatRanges, hoursOn, inSeason, weekdayOf, type HoursRule } from '../lib/openingHours';

function berlinToday(): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

for (const box of document.querySelectorAll<HTMLElement>('[data-hours]')) {
  const hours = JSON.parse(box.dataset.hours ?? '{}') as HoursRule;
  const today = berlinToday();
  const weekday = weekdayOf(today);
  const tables = [...box.querySelectorAll<HTMLTableElement>('table')];
  // The table of the season today falls in (or the only table).
  const table = tables.find((t) => !t.dataset.from || inSeason(today.slice(5), t.dataset.from, t.dataset.to ?? t.dataset.from));
  const row = table?.querySelector<HTMLTableRowElement>(`tr[data-day="${weekday}"]`);
  if (row) {
    row.setAttribute('aria-current', 'date');
    const mark = document.createElement('span');
    mark.className = 'do-hours__mark';
    mark.textContent = ` (${box.dataset.todayWord})`;
    row.querySelector('th')?.append(mark);
  }
  const line = box.querySelector<HTMLElement>('[data-today-line]');
  if (line) {
    const day = hoursOn(hours, today);
    const text = day.ranges.length ? (box.dataset.openText ?? '').replace('{hours}', formatRanges(day.ranges)) : (box.dataset.closedText ?? '');
    line.textContent = day.reason === 'exception' && day.note ? `${text} (${day.note})` : text;
    line.hidden = false;
  }
}
