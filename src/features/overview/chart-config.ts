/**
 * The two charts as Chart.js configurations, built from the indicator results. Nothing depends on colour
 * alone: the share bars are solid (ja) or hatched (nee), each with its count written in it, and the
 * unknowns counted in the bar's label; the trend lines differ in dash and point shape, named in the legend. Fills are passed in, so this
 * module runs without a canvas (tests).
 */
import type { TFunction } from 'i18next';
import type { ChartConfiguration, Plugin, PointStyle } from 'chart.js';
import type { IndicatorId, IndicatorResult, PeriodIndicators } from '../../domain';
import { formatNumber, indicatorName, outcomeText, quarterShortLabel } from './indicator-format';

/** The shares shown as bars and lines: what the regional network asks for, plus the team's own work lists. */
export const SHARE_IDS: readonly IndicatorId[] = [
  'markedBeforeDeath',
  'pzpConversation',
  'preferredPlaceRecorded',
  'diedAtPreferredPlace',
  'mdoFullTeam',
  'afterDeathReview',
  'overdueActions',
  'reviewOverdue',
];
/** The trend lines: the regional indicators (work lists change too fast to read as a trend). */
export const TREND_IDS: readonly IndicatorId[] = SHARE_IDS.slice(0, 6);

export type Fill = string | CanvasPattern;
export interface SegmentFills {
  yes: Fill;
  no: Fill;
  unknown: Fill;
}

const TEXT = '#1d2327';
const LINE_COLOURS = ['#1f5f5b', '#5b3a8c', '#a4262c', '#6b3f00', '#1d4e89', '#3d3d3d'];
const POINT_STYLES: PointStyle[] = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 8], [16, 6]];

/** Splits a long name over lines of about `width` characters, for an axis label. */
export function wrapWords(text: string, width = 32): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface ShareBar {
  label: string[];
  counts: { yes: number; no: number; unknown: number };
}

/** One bar per share: its name with the result, and the counts of ja, nee and onbekend. */
export function shareBars(results: readonly IndicatorResult[], t: TFunction, language: string): ShareBar[] {
  return SHARE_IDS.flatMap((id) => {
    const result = results.find((r) => r.id === id);
    if (!result) return [];
    const yes = result.numerator;
    const no = (result.denominator ?? 0) - result.numerator;
    return [
      {
        label: [
          ...wrapWords(indicatorName(id, t)),
          outcomeText(result, t, language),
          ...(result.unknown > 0 ? [t('overview.charts.unknownApart', { count: result.unknown })] : []),
        ],
        counts: { yes, no, unknown: result.unknown },
      },
    ];
  });
}

/** Writes each segment's count in it, on a white patch so it reads on any fill. */
function countLabels(bars: readonly ShareBar[]): Plugin<'bar'> {
  const keys = ['yes', 'no'] as const;
  return {
    id: 'tijdigCounts',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = 'bold 12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      keys.forEach((key, datasetIndex) => {
        chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
          const count = bars[index]?.counts[key] ?? 0;
          const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as {
            x: number;
            y: number;
            base: number;
          };
          if (count === 0 || x - base < 22) return;
          const text = String(count);
          const width = ctx.measureText(text).width + 8;
          const middle = base + (x - base) / 2;
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(middle - width / 2, y - 9, width, 18);
          ctx.fillStyle = TEXT;
          ctx.fillText(text, middle, y);
        });
      });
      ctx.restore();
    },
  };
}

/**
 * Horizontal stacked bars, each 100% wide: ja and nee as parts of those the figure could be measured for,
 * so the bar matches the percentage written beside it. The unknowns are not a part of it: the bar's label
 * counts them apart ("1 onbekend, niet meegeteld").
 */
export function sharesChartConfig(
  bars: readonly ShareBar[],
  names: { yes: string; no: string },
  fills: Pick<SegmentFills, 'yes' | 'no'>,
): ChartConfiguration<'bar', number[], string[]> {
  const part = (key: 'yes' | 'no') =>
    bars.map(({ counts }) => {
      const total = counts.yes + counts.no;
      return total === 0 ? 0 : (counts[key] / total) * 100;
    });
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: (['yes', 'no'] as const).map((key) => ({
        label: names[key],
        data: part(key),
        backgroundColor: fills[key],
        borderColor: TEXT,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, min: 0, max: 100, ticks: { callback: (value) => `${String(value)}%` } },
        y: { stacked: true, ticks: { color: TEXT, autoSkip: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: TEXT } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const counts = bars[item.dataIndex]?.counts;
              const key = (['yes', 'no'] as const)[item.datasetIndex] ?? 'yes';
              return `${item.dataset.label ?? ''}: ${String(counts?.[key] ?? 0)}`;
            },
          },
        },
      },
    },
    plugins: [countLabels(bars)],
  };
}

/** One line per regional share over the quarters; gaps where a quarter had nothing to measure. */
export function trendChartConfig(
  trend: readonly PeriodIndicators[],
  t: TFunction,
  language: string,
): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: trend.map(({ period }) => quarterShortLabel(period, t)),
      datasets: TREND_IDS.map((id, index) => {
        const colour = LINE_COLOURS[index % LINE_COLOURS.length] ?? TEXT;
        return {
          label: indicatorName(id, t),
          data: trend.map(({ results }) => {
            const value = results.find((r) => r.id === id)?.value;
            return value === undefined || value === null ? null : Math.round(value * 1000) / 10;
          }),
          borderColor: colour,
          backgroundColor: colour,
          borderDash: DASHES[index % DASHES.length] ?? [],
          borderWidth: 2,
          pointStyle: POINT_STYLES[index % POINT_STYLES.length] ?? 'circle',
          pointRadius: 6,
          spanGaps: false,
        };
      }),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: { min: 0, max: 100, ticks: { callback: (value) => `${String(value)}%` } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, color: TEXT } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${item.parsed.y === null ? '–' : `${formatNumber(item.parsed.y, language, 0)}%`}`,
          },
        },
      },
    },
  };
}
