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
import {
  shareBars,
  sharesChartConfig,
  SHARE_IDS,
  trendChartConfig,
  TREND_IDS,
  wrapWords,
} from './chart-config';

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
      label: ['Gemarkeerd vóór overlijden', '100%', '1 onbekend, niet meegeteld'],
      counts: { yes: 1, no: 0, unknown: 1 },
    });
  });

  it('draws ja and nee as parts of the known, so a bar of 100% is all ja, with counts in the bars', () => {
    const config = sharesChartConfig(bars, { yes: 'Ja', no: 'Nee' }, { yes: 'a', no: 'b' });
    const [yes, no] = config.data.datasets;
    expect(config.data.datasets).toHaveLength(2);
    expect([yes?.label, no?.label]).toEqual(['Ja', 'Nee']);
    expect([yes?.data[0], no?.data[0]]).toEqual([100, 0]);
    // A bar with nobody to count stays empty instead of dividing by zero.
    expect(config.data.datasets.map((dataset) => dataset.data.at(-1))).toEqual([0, 0]);
    expect(new Set(config.data.datasets.map((dataset) => dataset.backgroundColor)).size).toBe(2);
    expect(config.plugins?.map((plugin) => plugin.id)).toEqual(['tijdigCounts']);
  });
});

describe('trend lines', () => {
  it('gives each regional share its own dash and point shape, with gaps where nothing was measured', () => {
    const report = indicatorReport(input, yearPeriod(2026), { today: TODAY });
    const config = trendChartConfig(report.trend, t, 'nl');
    expect(config.data.labels).toEqual(['K1 2026', 'K2 2026', 'K3 2026', 'K4 2026']);
    expect(config.data.datasets).toHaveLength(TREND_IDS.length);
    const styles = config.data.datasets.map((d) => JSON.stringify([d.pointStyle, d.borderDash]));
    expect(new Set(styles).size).toBe(TREND_IDS.length);
    expect(config.data.datasets[0]?.data).toEqual([null, 100, null, 100]);
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
