import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain';
import { formatDate, formatDateTime, formatInstantDate } from './format';

describe('formatting stored dates', () => {
  it.each([
    ['1948-03-07', 'nl', '07-03-1948'],
    ['2026-12-31', 'nl', '31-12-2026'],
    ['1948-03-07', 'en', '07/03/1948'],
  ])('formats %s (%s) as %s', (date, language, expected) => {
    expect(formatDate(date as IsoDate, language)).toBe(expected);
  });

  it('writes each language as Intl writes it for that locale', () => {
    const date = '2026-01-05';
    const intl = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${date}T00:00:00Z`));
    expect(formatDate(date as IsoDate, 'nl')).toBe(intl('nl-NL'));
    expect(formatDate(date as IsoDate, 'en')).toBe(intl('en-GB'));
  });
});

describe('formatting instants in the practice time zone', () => {
  it.each([
    ['2026-03-10T13:05:00.000Z', 'nl', '10-03-2026 14:05'],
    // Summer time: UTC+2.
    ['2026-07-01T21:59:00.000Z', 'nl', '01-07-2026 23:59'],
    // Just after midnight in Amsterdam is still the previous day in UTC.
    ['2026-03-09T23:30:00.000Z', 'nl', '10-03-2026 00:30'],
    ['2026-03-10T13:05:00.000Z', 'en', '10/03/2026 14:05'],
  ])('formats %s (%s) as %s', (instant, language, expected) => {
    expect(formatDateTime(instant, language)).toBe(expected);
  });

  it('gives the calendar day of an expiry moment as dd-mm-jjjj', () => {
    expect(formatInstantDate('2026-03-16T10:00:00.000Z', 'nl')).toBe('16-03-2026');
    expect(formatInstantDate('2026-10-24T22:30:00.000Z', 'nl')).toBe('25-10-2026');
  });
});
