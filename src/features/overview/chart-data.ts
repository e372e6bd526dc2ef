/**
 * What the two Overzicht charts draw, built from the indicator results: plain data, no drawing, so it is
 * tested without a browser. Nothing depends on colour alone: the share bars are solid (ja) or hatched
 * (nee), each with its count written in it, and the unknowns counted in the bar's label; the trend lines
 * differ in dash and point shape, named in the legend.
 */
import type { TFunction } from 'i18next';
import type { IndicatorId, IndicatorResult, PeriodIndicators } from '../../domain';
import { indicatorName, outcomeText, quarterShortLabel } from './indicator-format';

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

export type MarkerShape = 'circle' | 'triangle' | 'square' | 'diamond' | 'star' | 'cross';

const TEXT = '#1d2327';
const LINE_COLOURS = ['#1f5f5b', '#5b3a8c', '#a4262c', '#6b3f00', '#1d4e89', '#3d3d3d'];
const MARKERS: MarkerShape[] = ['circle', 'triangle', 'square', 'diamond', 'star', 'cross'];
/** SVG stroke-dasharray per line; '' is solid. */
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 8', '16 6'];

/** Splits a long name over lines of about `width` characters, for a bar's label. */
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
  id: IndicatorId;
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
        id,
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

/**
 * Ja and nee as percentages of those the figure could be measured for, so a bar matches the percentage
 * written beside it; the unknowns are not a part of it. A bar with nobody to count stays empty.
 */
export function shareParts(counts: ShareBar['counts']): { yes: number; no: number } {
  const known = counts.yes + counts.no;
  if (known === 0) return { yes: 0, no: 0 };
  return { yes: (counts.yes / known) * 100, no: (counts.no / known) * 100 };
}

export interface TrendSeries {
  id: IndicatorId;
  label: string;
  /** Percent per quarter, one decimal; null where the quarter had nothing to measure (a gap in the line). */
  values: (number | null)[];
  colour: string;
  dash: string;
  marker: MarkerShape;
}

/** One line per regional share over the quarters, each with its own colour, dash and point shape. */
export function trendSeries(
  trend: readonly PeriodIndicators[],
  t: TFunction,
): { labels: string[]; series: TrendSeries[] } {
  return {
    labels: trend.map(({ period }) => quarterShortLabel(period, t)),
    series: TREND_IDS.map((id, index) => ({
      id,
      label: indicatorName(id, t),
      values: trend.map(({ results }) => {
        const value = results.find((r) => r.id === id)?.value;
        return value === undefined || value === null ? null : Math.round(value * 1000) / 10;
      }),
      colour: LINE_COLOURS[index % LINE_COLOURS.length] ?? TEXT,
      dash: DASHES[index % DASHES.length] ?? '',
      marker: MARKERS[index % MARKERS.length] ?? 'circle',
    })),
  };
}

/** The stretches of consecutive measured quarters: a line is drawn within a stretch, never across a gap. */
export function lineRuns(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ index, value });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
