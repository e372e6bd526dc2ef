import { describe, expect, it } from 'vitest';
import { quarterPeriod, yearPeriod, type IsoDate, type Period } from '../../domain';
import { periodFromParam, periodToParam } from './period-param';

const TODAY = '2026-11-23' as IsoDate;
const custom: Period = { kind: 'custom', from: '2026-01-01' as IsoDate, to: '2026-06-30' as IsoDate };

describe('the period in the address', () => {
  it.each([
    ['2026-K4', quarterPeriod(2026, 4)],
    ['2025-K1', quarterPeriod(2025, 1)],
    ['2026', yearPeriod(2026)],
    ['2026-01-01..2026-06-30', custom],
  ])('reads %s and writes it back the same', (param, period) => {
    expect(periodFromParam(param, TODAY)).toEqual(period);
    expect(periodToParam(period)).toBe(param);
  });

  it.each([
    [null, 'no period'],
    ['2026-K5', 'a fifth quarter'],
    ['2026-02-30..2026-06-30', 'a date that does not exist'],
    ['2026-07-01..2026-06-30', 'a range that ends before it starts'],
    ['<script>', 'anything else'],
  ] as [string | null, string][])('falls back to the running quarter for %s (%s)', (param) => {
    expect(periodFromParam(param, TODAY)).toEqual(quarterPeriod(2026, 4));
  });
});
