/**
 * Reporting periods for the indicators: a calendar quarter, a calendar year or a custom range. Every
 * boundary is inclusive: a marking on the last day of a quarter counts in that quarter. Pure: "today" is
 * always an argument.
 */
import type { IsoDate } from '../date-schemas';

export const PERIOD_KINDS = ['quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Quarter = 1 | 2 | 3 | 4;

/** A reporting period; `from` and `to` both belong to it. */
export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
}

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` as IsoDate;

/** The last day of a month (month 1-12). */
function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The quarter of a year: 1 January - 31 March is quarter 1, and so on. */
export function quarterPeriod(year: number, quarter: Quarter): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    kind: 'quarter',
    from: iso(year, firstMonth, 1),
    to: iso(year, lastMonth, lastDayOf(year, lastMonth)),
  };
}

/** A calendar year. */
export function yearPeriod(year: number): Period {
  return { kind: 'year', from: iso(year, 1, 1), to: iso(year, 12, 31) };
}

/** A custom range, or the issue that keeps it from being one (`period.fromAfterTo`). */
export function customPeriod(
  from: IsoDate,
  to: IsoDate,
): { ok: true; value: Period } | { ok: false; code: 'period.fromAfterTo' } {
  if (from > to) return { ok: false, code: 'period.fromAfterTo' };
  return { ok: true, value: { kind: 'custom', from, to } };
}

/** The year and quarter a date falls in. */
export function quarterOf(date: IsoDate): { year: number; quarter: Quarter } {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter };
}

/** Whether a date lies within the period, boundaries included. */
export function isInPeriod(date: IsoDate | null, period: Pick<Period, 'from' | 'to'>): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

/** The day the state of "now" indicators is read for a period: its last day, or today while it runs. */
export function referenceDateOf(period: Pick<Period, 'to'>, today: IsoDate): IsoDate {
  return period.to < today ? period.to : today;
}

function previousQuarter({ year, quarter }: { year: number; quarter: Quarter }) {
  return quarter === 1
    ? { year: year - 1, quarter: 4 as Quarter }
    : { year, quarter: (quarter - 1) as Quarter };
}

/**
 * The quarters of the trend shown with a period, oldest first: for a quarter, that quarter and the three
 * before it; for a year, its quarters; for a custom range, every quarter it touches (at most `maxQuarters`,
 * the latest). Quarters that have not started by `today` are left out.
 */
export function trendQuarters(period: Period, today: IsoDate, maxQuarters = 12): Period[] {
  let last = quarterOf(period.to);
  let first = period.kind === 'quarter' ? last : quarterOf(period.from);
  if (period.kind === 'quarter') for (let step = 0; step < 3; step += 1) first = previousQuarter(first);
  const quarters: Period[] = [];
  while (quarters.length < maxQuarters) {
    const quarter = quarterPeriod(last.year, last.quarter);
    if (quarter.from <= today) quarters.unshift(quarter);
    if (last.year === first.year && last.quarter === first.quarter) break;
    last = previousQuarter(last);
  }
  return quarters;
}

/** The number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const day = (date: IsoDate) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}

/** The median of a list of numbers (the mean of the middle two for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
