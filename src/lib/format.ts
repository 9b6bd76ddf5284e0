/**
 * Formatting of numbers, dates and event times for each language of the registry, always through Intl
 * (the implementations are in formatCore.ts). Event times are local to Dortmund and are always shown in
 * Europe/Berlin, whatever the visitor's own time zone.
 */
import { languages, type Locale } from '../i18n/languages';
import * as core from './formatCore';

export { timeZone, isoDate, berlinOffsetMinutes, berlinInstant, berlinIso, isPast, formatEasyWhen, type LocaleFormat } from './formatCore';

const formats = Object.fromEntries(languages.map((l) => [l.code, { intl: l.intl, clockSuffix: l.clockSuffix }])) as Record<Locale, core.LocaleFormat>;

/** How a language writes numbers and dates, for islands that format in the browser. */
export function localeFormat(locale: Locale): core.LocaleFormat {
  return formats[locale];
}

/** The formatting functions of formatCore.ts, by language code. */
export const formatNumber = (locale: Locale, value: number, decimals = 0): string => core.formatNumber(formats[locale], value, decimals);
export const formatMonth = (locale: Locale, yearMonth: string): string => core.formatMonth(formats[locale], yearMonth);
export const formatDate = (locale: Locale, date: Date, style: 'long' | 'short' = 'long'): string => core.formatDate(formats[locale], date, style);
export const formatEventWhen = (locale: Locale, start: string, end?: string): string => core.formatEventWhen(formats[locale], start, end);
export const dateBadge = (locale: Locale, local: string): { day: string; month: string } => core.dateBadge(formats[locale], local);
export const formatWeekday = (locale: Locale, day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'): string => core.formatWeekday(formats[locale], day);
export const formatMonthDay = (locale: Locale, monthDay: string): string => core.formatMonthDay(formats[locale], monthDay);
export const formatEuro = (locale: Locale, value: number): string => core.formatEuro(formats[locale], value);
