/** How figures and periods read in the overview, its exports and its charts, in the chosen language. */
import type { TFunction } from 'i18next';
import { quarterOf, type IndicatorId, type IndicatorResult, type Period } from '../../domain';
import { formatDate } from '../../lib/format';
import { useMdoSettingsStore } from '../../state/mdo-settings-store';

/** The review interval in weeks (Instellingen), as the indicator's name says it and the report uses it. */
const reviewWeeks = () => useMdoSettingsStore.getState().reviewIntervalWeeks;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the reader writes it: `12,5` in Dutch; at most `digits` decimals, no thousands separator. */
export function formatNumber(value: number, language: string, digits = 1): string {
  const key = `${language}:${String(digits)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function indicatorName(id: IndicatorId, t: TFunction): string {
  return t(`overview.indicators.${id}.name`, { weeks: reviewWeeks() });
}

export function indicatorDefinition(id: IndicatorId, t: TFunction): string {
  return t(`overview.indicators.${id}.definition`, { weeks: reviewWeeks() });
}

/** The result in words: `75%`, `40 dagen`, `4`, or "geen gegevens" when there is nothing to measure. */
export function outcomeText(
  result: Pick<IndicatorResult, 'unit' | 'value'>,
  t: TFunction,
  language: string,
): string {
  const { unit, value } = result;
  if (value === null) return t('overview.value.none');
  if (unit === 'share') return t('overview.value.share', { percent: formatNumber(value * 100, language, 0) });
  if (unit === 'days') return t('overview.value.days', { count: value, days: formatNumber(value, language) });
  return t('overview.value.count', { count: value });
}

/** "4e kwartaal 2026", "2026", "01-01-2026 t/m 30-06-2026". */
export function periodLabel(period: Period, t: TFunction, language: string): string {
  const { year, quarter } = quarterOf(period.from);
  if (period.kind === 'quarter') return t('overview.period.label.quarter', { quarter, year });
  if (period.kind === 'year') return t('overview.period.label.year', { year });
  return t('overview.period.label.custom', {
    from: formatDate(period.from, language),
    to: formatDate(period.to, language),
  });
}

/** A quarter in a few characters for chart axes and table heads: "K4 2026". */
export function quarterShortLabel(period: Period, t: TFunction): string {
  const { year, quarter } = quarterOf(period.from);
  return t('overview.period.short.quarter', { quarter, year });
}

/** The period in a file name: `2026-K4`, `2026`, `2026-01-01_2026-06-30`. Nothing else goes in it. */
export function periodFileSuffix(period: Period): string {
  const { year, quarter } = quarterOf(period.from);
  if (period.kind === 'quarter') return `${String(year)}-K${String(quarter)}`;
  if (period.kind === 'year') return String(year);
  return `${period.from}_${period.to}`;
}
