import { describe, expect, it } from 'vitest';
import { isoDateSchema, type IsoDate } from './date-schemas';
import { ageOn, isoDateOf, parseDutchDate, toDutchDate } from './dates';

describe('parseDutchDate', () => {
  it.each([
    ['07-03-1948', '1948-03-07'],
    ['7-3-1948', '1948-03-07'],
    ['07/03/1948', '1948-03-07'],
    [' 07.03.1948 ', '1948-03-07'],
    ['29-02-2024', '2024-02-29'],
    ['29-02-2023', null],
    ['31-04-2020', null],
    ['00-01-2020', null],
    ['1948-03-07', null],
    ['7 maart 1948', null],
    ['', null],
  ])('%s -> %s', (text, expected) => {
    expect(parseDutchDate(text)).toBe(expected);
  });
});

describe('isoDateSchema', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['07-03-1948', false],
  ])('%s valid: %s', (text, isValid) => {
    expect(isoDateSchema.safeParse(text).success).toBe(isValid);
  });

  it('reports an empty date as required', () => {
    expect(isoDateSchema.safeParse('').error?.issues[0]?.message).toBe('required');
  });
});

describe('dates', () => {
  it('round-trips Dutch and ISO forms', () => {
    expect(toDutchDate('1948-03-07' as IsoDate)).toBe('07-03-1948');
  });

  it('counts completed years, birthday inclusive', () => {
    expect(ageOn('1948-03-07' as IsoDate, '2026-03-06' as IsoDate)).toBe(77);
    expect(ageOn('1948-03-07' as IsoDate, '2026-03-07' as IsoDate)).toBe(78);
  });

  it('takes the calendar date in Amsterdam, not in UTC', () => {
    expect(isoDateOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
