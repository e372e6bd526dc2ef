import { describe, expect, it } from 'vitest';
import { computeIndicators, indicatorReport } from './compute';
import { INDICATOR_IDS } from './indicator';
import { data, died, marked, patient, TODAY } from './indicator.fixtures';
import { quarterPeriod, yearPeriod } from './period';

describe('computeIndicators', () => {
  it('answers every indicator in order, with nothing to count in an empty period', () => {
    const results = computeIndicators(data(), yearPeriod(2026), { today: TODAY });
    expect(results.map((result) => result.id)).toEqual([...INDICATOR_IDS]);
    expect(results.map((r) => [r.id, r.numerator, r.denominator, r.unknown, r.value])).toEqual([
      ['markedBeforeDeath', 0, 0, 0, null],
      ['markingToDeathDays', 0, 0, 0, null],
      ['pzpConversation', 0, 0, 0, null],
      ['preferredPlaceRecorded', 0, 0, 0, null],
      ['diedAtPreferredPlace', 0, 0, 0, null],
      ['mdoFullTeam', 0, 0, 0, null],
      ['specialistInvolvementDays', 0, 0, 0, null],
      ['afterDeathReview', 0, 0, 0, null],
      ['openActions', 0, null, 0, 0],
      ['overdueActions', 0, 0, 0, null],
      ['reviewOverdue', 0, 0, 0, null],
    ]);
  });
});

describe('indicatorReport', () => {
  const input = data({
    patients: [died('a', '2026-03-31'), died('b', '2026-04-01'), died('c', '2026-11-02'), patient('d')],
    markingEvents: [marked('a', '2026-03-31'), marked('b', '2026-02-01'), marked('d', '2026-06-30')],
  });

  it('gives the year and its quarters so far, each counted on its own', () => {
    const report = indicatorReport(input, yearPeriod(2026), { today: TODAY });
    const marking = (results: typeof report.results) => results.find((r) => r.id === 'markedBeforeDeath');
    expect(marking(report.results)).toMatchObject({ numerator: 2, denominator: 2, unknown: 1 });
    expect(
      report.trend.map(({ period, results }) => {
        const result = marking(results);
        return [period.from, result?.numerator, result?.denominator, result?.unknown];
      }),
    ).toEqual([
      // A death and a marking on 31 March both belong to the first quarter.
      ['2026-01-01', 1, 1, 0],
      ['2026-04-01', 1, 1, 0],
      ['2026-07-01', 0, 0, 0],
      ['2026-10-01', 0, 0, 1],
    ]);
  });

  it('counts a marking on the last day of a quarter in that quarter', () => {
    const report = indicatorReport(input, quarterPeriod(2026, 2), { today: TODAY });
    const onRegister = report.trend.map(({ period, results }) => [
      period.from,
      results.find((r) => r.id === 'pzpConversation')?.patientIds,
    ]);
    expect(onRegister).toEqual([
      ['2025-07-01', []],
      ['2025-10-01', []],
      ['2026-01-01', ['a', 'b']],
      ['2026-04-01', ['b', 'd']],
    ]);
  });
});
