import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  indicatorReport,
  quarterPeriod,
  yearPeriod,
  type IndicatorResult,
} from '../../domain';
import { data, died, marked, TODAY } from '../../domain/indicators/indicator.fixtures';
import { i18n } from '../../i18n';
import { registerOverviewTexts } from './overview-i18n';
import { lineRuns, shareBars, shareParts, SHARE_IDS, trendSeries, TREND_IDS, wrapWords } from './chart-data';

registerOverviewTexts();
const t = i18n.getFixedT('nl');
const input = data({
  patients: [died('a', '2026-10-11'), died('b', '2026-10-12'), died('c', '2026-05-01')],
  markingEvents: [marked('a', '2026-09-01'), marked('c', '2026-04-01')],
});

describe('share bars', () => {
  const results: IndicatorResult[] = computeIndicators(input, quarterPeriod(2026, 4), { today: TODAY });
  const bars = shareBars(results, t, 'nl');

  it('has one bar per share, named with its result', () => {
    expect(bars).toHaveLength(SHARE_IDS.length);
    expect(bars[0]).toEqual({
      id: 'markedBeforeDeath',
      label: ['Gemarkeerd vóór overlijden', '100%', '1 onbekend, niet meegeteld'],
      counts: { yes: 1, no: 0, unknown: 1 },
    });
  });

  it.each([
    [
      { yes: 1, no: 0, unknown: 1 },
      { yes: 100, no: 0 },
    ],
    [
      { yes: 1, no: 3, unknown: 0 },
      { yes: 25, no: 75 },
    ],
    // A bar with nobody to count stays empty instead of dividing by zero.
    [
      { yes: 0, no: 0, unknown: 2 },
      { yes: 0, no: 0 },
    ],
  ])('draws ja and nee of %o as parts of the known only: %o', (counts, parts) => {
    expect(shareParts(counts)).toEqual(parts);
  });
});

describe('trend lines', () => {
  it('gives each regional share its own dash and point shape, with gaps where nothing was measured', () => {
    const report = indicatorReport(input, yearPeriod(2026), { today: TODAY });
    const { labels, series } = trendSeries(report.trend, t);
    expect(labels).toEqual(['K1 2026', 'K2 2026', 'K3 2026', 'K4 2026']);
    expect(series).toHaveLength(TREND_IDS.length);
    const looks = series.map((line) => JSON.stringify([line.marker, line.dash]));
    expect(new Set(looks).size).toBe(TREND_IDS.length);
    expect(series[0]?.values).toEqual([null, 100, null, 100]);
  });

  it.each([
    [
      [null, 100, null, 100],
      [[{ index: 1, value: 100 }], [{ index: 3, value: 100 }]],
    ],
    [
      [10, 20, null],
      [
        [
          { index: 0, value: 10 },
          { index: 1, value: 20 },
        ],
      ],
    ],
    [[null, null], []],
  ])('draws %o as stretches between gaps: %o', (values, runs) => {
    expect(lineRuns(values)).toEqual(runs);
  });
});

describe('wrapWords', () => {
  it.each([
    ['Overleden op de voorkeursplek', 32, ['Overleden op de voorkeursplek']],
    [
      'MDO met huisarts, wijkverpleegkundige en specialist PZ',
      24,
      ['MDO met huisarts,', 'wijkverpleegkundige en', 'specialist PZ'],
    ],
  ])('wraps "%s" at %i characters', (text, width, lines) => {
    expect(wrapWords(text, width)).toEqual(lines);
  });
});
