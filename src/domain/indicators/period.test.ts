import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../date-schemas';
import {
  customPeriod,
  daysBetween,
  isInPeriod,
  median,
  quarterOf,
  quarterPeriod,
  referenceDateOf,
  trendQuarters,
  yearPeriod,
  type Period,
  type Quarter,
} from './period';

const d = (date: string) => date as IsoDate;
const q = (year: number, quarter: Quarter) => quarterPeriod(year, quarter);
const range = (period: Period) => `${period.from}..${period.to}`;

describe('periods', () => {
  it.each([
    [2026, 1, '2026-01-01..2026-03-31'],
    [2026, 2, '2026-04-01..2026-06-30'],
    [2026, 3, '2026-07-01..2026-09-30'],
    [2026, 4, '2026-10-01..2026-12-31'],
    [2024, 1, '2024-01-01..2024-03-31'],
  ] as const)('quarter %i-%i runs %s', (year, quarter, expected) => {
    expect(range(quarterPeriod(year, quarter))).toBe(expected);
  });

  it('a year runs from 1 January to 31 December', () => {
    expect(yearPeriod(2026)).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  });

  it.each([
    ['2026-01-01', '2026-06-30', true],
    ['2026-06-30', '2026-06-30', true],
    ['2026-07-01', '2026-06-30', false],
  ])('a custom period %s..%s is valid: %s', (from, to, isValid) => {
    expect(customPeriod(d(from), d(to)).ok).toBe(isValid);
  });

  it('refuses a custom period that ends before it starts with a code', () => {
    expect(customPeriod(d('2026-07-01'), d('2026-06-30'))).toEqual({ ok: false, code: 'period.fromAfterTo' });
  });

  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-31', 2026, 1],
    ['2026-04-01', 2026, 2],
    ['2026-09-30', 2026, 3],
    ['2026-12-31', 2026, 4],
  ])('%s lies in %i quarter %i', (date, year, quarter) => {
    expect(quarterOf(d(date))).toEqual({ year, quarter });
  });

  it.each([
    ['2026-09-30', true, 'the last day belongs to the quarter'],
    ['2026-07-01', true, 'the first day belongs to the quarter'],
    ['2026-10-01', false, 'the day after does not'],
    ['2026-06-30', false, 'the day before does not'],
    [null, false, 'no date never does'],
  ] as [string | null, boolean, string][])('isInPeriod(%s, Q3 2026) is %s: %s', (date, expected) => {
    expect(isInPeriod(date === null ? null : d(date), q(2026, 3))).toBe(expected);
  });

  it.each([
    [q(2026, 3), '2026-09-30', 'a past period is read on its last day'],
    [q(2026, 4), '2026-11-23', 'a running period is read today'],
    [q(2027, 1), '2026-11-23', 'a future period is read today'],
  ])('reference date of %o is %s (%s)', (period, expected) => {
    expect(referenceDateOf(period, d('2026-11-23'))).toBe(expected);
  });
});

describe('trendQuarters', () => {
  const today = d('2026-11-23');
  it.each([
    [
      'a quarter: it and the three before',
      q(2026, 2),
      ['2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01'],
    ],
    [
      'the running year: its quarters so far',
      yearPeriod(2026),
      ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'],
    ],
    [
      'a past year: all four quarters',
      yearPeriod(2025),
      ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'],
    ],
    ['a future year: none', yearPeriod(2027), []],
    ['the running quarter', q(2026, 4), ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']],
    [
      'a custom range: every quarter it touches',
      { kind: 'custom', from: d('2025-11-15'), to: d('2026-02-01') },
      ['2025-10-01', '2026-01-01'],
    ],
  ] as [string, Period, string[]][])('%s', (_name, period, starts) => {
    expect(trendQuarters(period, today).map((quarter) => quarter.from)).toEqual(starts);
  });

  it('keeps the latest quarters of a long custom range', () => {
    const period: Period = { kind: 'custom', from: d('2020-01-01'), to: d('2026-06-30') };
    const quarters = trendQuarters(period, today, 3);
    expect(quarters.map((quarter) => quarter.from)).toEqual(['2025-10-01', '2026-01-01', '2026-04-01']);
  });
});

describe('daysBetween and median', () => {
  it.each([
    ['2026-09-01', '2026-10-11', 40],
    ['2026-01-01', '2026-11-01', 304],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-11', '2026-10-11', 0],
    ['2026-10-11', '2026-10-01', -10],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(d(from), d(to))).toBe(days);
  });

  it.each([
    [[], null],
    [[5], 5],
    [[1, 3], 2],
    [[3, 1, 2], 2],
    [[10, 1, 2, 3], 2.5],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
