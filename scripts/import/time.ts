/**
 * Turning feed times into local Dortmund time ("YYYY-MM-DD HH:mm", or "YYYY-MM-DD" all day).
 * Instants (UTC or another zone) are converted with luxon's time-zone rules, so a time after the
 * change to or from summer time gets the right offset; floating times are read as Europe/Berlin.
 */
import { DateTime } from 'luxon';

export const zone = 'Europe/Berlin';

/** Local Berlin time of an instant. */
export function localFromInstant(ms: number): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm');
}

/** Local Berlin time of an ISO 8601 string: with an offset or Z it is an instant; without, Berlin wall time. */
export function localFromIso(text: string): string | undefined {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(s);
  const dt = DateTime.fromISO(s, hasZone ? { setZone: true } : { zone });
  if (!dt.isValid) return undefined;
  return dt.setZone(zone).toFormat('yyyy-MM-dd HH:mm');
}

/**
 * ISO 8601 with offset of a local Berlin time, for reports ("2026-03-29T03:00:00+02:00"); a date alone
 * (all day) is the start of that day in Dortmund, so every report time carries its offset.
 */
export function isoWithOffset(local: string): string {
  const s = local.replace('T', ' ');
  const dt = s.includes(' ') ? DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm', { zone }) : DateTime.fromFormat(s, 'yyyy-MM-dd', { zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true })! : local;
}

/** Whether a local time is a date alone (an all-day event). */
export const isAllDay = (local: string) => /^\d{4}-\d{2}-\d{2}$/.test(local.trim());

/** Whether a local time exists (not in the hour skipped when clocks go forward). */
export function localTimeExists(local: string): boolean {
  if (!local.includes(' ')) return true;
  const dt = DateTime.fromFormat(local, 'yyyy-MM-dd HH:mm', { zone });
  return dt.isValid && dt.toFormat('yyyy-MM-dd HH:mm') === local;
}

/** Instant (ms) of a local Berlin time; a date alone means 00:00. */
export function instantOf(local: string): number {
  const s = local.replace('T', ' ');
  const dt = s.includes(' ') ? DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm', { zone }) : DateTime.fromFormat(s, 'yyyy-MM-dd', { zone });
  return dt.toMillis();
}
