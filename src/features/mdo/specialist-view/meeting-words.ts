import type { IsoDate } from '../../../domain';

/** The weekday of a meeting's date in the reader's language, e.g. "donderdag" for 26-11-2026. */
export function weekdayOf(date: IsoDate, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
