/** Display formatting that follows the chosen language: Dutch dates as dd-mm-jjjj. */
import type { IsoDate } from '../domain';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a stored ISO date for the reader, e.g. `07-03-1948` in Dutch. */
export function formatDate(date: IsoDate, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
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
