/**
 * The indicators per period as a CSV file for the regional network: one row per period and indicator,
 * totals only. No patient names, initials, birth dates, BSN or ids, and the file name holds the period only.
 */
import type { TFunction } from 'i18next';
import type { IndicatorReport, IndicatorResult, PeriodIndicators } from '../../domain';
import { CSV_MIME_TYPE, toCsv, type CsvCell } from '../../lib/csv';
import { formatDate } from '../../lib/format';
import {
  formatNumber,
  indicatorDefinition,
  indicatorName,
  periodFileSuffix,
  periodLabel,
} from './indicator-format';

/** The figure as a number a spreadsheet reads (percent for a share), or empty when there is none. */
function valueCell(result: IndicatorResult, language: string): CsvCell {
  if (result.value === null) return '';
  if (result.unit === 'share') return formatNumber(result.value * 100, language);
  if (result.unit === 'days') return formatNumber(result.value, language);
  return result.value;
}

function rowsOf({ period, results }: PeriodIndicators, t: TFunction, language: string): CsvCell[][] {
  return results.map((result) => [
    periodLabel(period, t, language),
    formatDate(period.from, language),
    formatDate(period.to, language),
    indicatorName(result.id, t),
    indicatorDefinition(result.id, t),
    result.unit === 'days' ? '' : result.numerator,
    result.denominator ?? '',
    result.unknown,
    valueCell(result, language),
    t(`overview.csv.units.${result.unit}`),
  ]);
}

/** The selected period first, then each quarter of its trend. */
export function indicatorCsv(
  report: IndicatorReport,
  t: TFunction,
  language: string,
): { fileName: string; text: string; type: string } {
  const header = (
    [
      'period',
      'from',
      'to',
      'indicator',
      'definition',
      'numerator',
      'denominator',
      'unknown',
      'value',
      'unit',
    ] as const
  ).map((key) => t(`overview.csv.${key}`));
  const rows = [report, ...report.trend].flatMap((periodIndicators) => rowsOf(periodIndicators, t, language));
  return {
    fileName: `${t('overview.export.fileBase')}-${periodFileSuffix(report.period)}.csv`,
    text: toCsv(header, rows),
    type: CSV_MIME_TYPE,
  };
}
