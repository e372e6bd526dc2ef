/**
 * Calendar dates as stored (ISO 8601, `YYYY-MM-DD`) and as Dutch users write them (`dd-mm-jjjj`).
 * Pure: "today" is always passed in, never read from a clock.
 */
import type { IsoDate } from './date-schemas';

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** True when year, month and day form a real calendar date (31-02 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Reads a date as a Dutch user types it (`7-3-1948`, `07-03-1948`, `07/03/1948`, `07.03.1948`)
 * and returns it in ISO form, or null when it is not a real calendar date.
 */
export function parseDutchDate(text: string): IsoDate | null {
  const match = DUTCH_DATE.exec(text.trim());
  if (!match) return null;
  const [, d, m, y] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!isRealDate(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Formats an ISO date the way Dutch users write it: `07-03-1948`. */
export function toDutchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d ?? ''}-${m ?? ''}-${y ?? ''}`;
}

/**
 * One formatter per time zone: making one loads the zone's data, which cost 135 ms of the register's first
 * render at 4x CPU in the load.cold profile, and the register and quick-mark ask for dates many times.
 */
const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

function isoDateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = isoDateFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD, which is exactly the ISO calendar date.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    isoDateFormats.set(timeZone, format);
  }
  return format;
}

/** The ISO calendar date of an instant in the given IANA time zone (the practice's, usually Europe/Amsterdam). */
export function isoDateOf(instant: Date, timeZone = 'Europe/Amsterdam'): IsoDate {
  return isoDateFormat(timeZone).format(instant) as IsoDate;
}

/** Age in completed years on `today`. */
export function ageOn(birthDate: IsoDate, today: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** The calendar date `days` after (or, negative, before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10) as IsoDate;
}
