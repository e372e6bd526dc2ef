/** Display formatting that follows the chosen language: Dutch dates as dd-mm-jjjj. */
import type { IsoDate } from '../domain';
// Straight from the module, not the domain index: the register's first bundle stays free of zod.
import { isoDateOf, toDutchDate } from '../domain/dates';

/** The practice's time zone: instants (log entries, expiry moments) are shown as its wall clock. */
const PRACTICE_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Formats a stored ISO date for the reader: `07-03-1948` in Dutch, `07/03/1948` in English (as en-GB
 * writes it). From the date's own digits rather than through Intl: the register formats two dates a row,
 * and parsing each into a Date to format it again was 5% of a scroll step's render at 4x CPU.
 */
export function formatDate(date: IsoDate, language: string): string {
  const dutch = toDutchDate(date);
  return language === 'en' ? dutch.replaceAll('-', '/') : dutch;
}

/** Formats the calendar day of an instant in the practice's time zone, e.g. `07-03-2026` in Dutch. */
export function formatInstantDate(instant: string, language: string): string {
  return formatDate(isoDateOf(new Date(instant), PRACTICE_TIME_ZONE), language);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an instant as date and 24-hour time in the practice's time zone, e.g. `07-03-2026 14:05`. */
export function formatDateTime(instant: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: PRACTICE_TIME_ZONE,
    });
    timeFormats.set(locale, format);
  }
  return `${formatInstantDate(instant, language)} ${format.format(new Date(instant))}`;
}

/** Formats a byte count as the reader expects it, e.g. `1,2 MB`. */
export function formatBytes(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

const countFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count in the digits of `language` ("1.240" in Dutch, "1,240" in English), through a formatter built
 * once per language: a first sync shows a new count at every page, and i18next's `{{x, number}}` keys its
 * formatter cache on every value passed, so it built new formatters on every update.
 */
export function formatCount(value: number, language: string): string {
  let format = countFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    countFormats.set(language, format);
  }
  return format.format(value);
}

let clockFormat: Intl.DateTimeFormat | undefined;

/** Hours and minutes of an ISO time, Dutch style ("14:05") in either language, as the sync status shows it. */
export function formatClockTime(iso: string): string {
  clockFormat ??= new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
  return clockFormat.format(new Date(iso));
}
