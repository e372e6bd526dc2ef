/**
 * The chosen period in the page address (`?periode=2026-K4`, `?periode=2026`,
 * `?periode=2026-01-01..2026-06-30`), so a figure's patient list and the way back keep the same period.
 * The address holds no patient data.
 */
import {
  customPeriod,
  isRealDate,
  quarterOf,
  quarterPeriod,
  yearPeriod,
  type IsoDate,
  type Period,
  type Quarter,
} from '../../domain';

export const PERIOD_PARAM = 'periode';

const QUARTER = /^(\d{4})-K([1-4])$/;
const YEAR = /^(\d{4})$/;
const CUSTOM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

function isoDate(text: string): IsoDate | null {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return isRealDate(y, m, d) ? (text as IsoDate) : null;
}

/** The address form of a period. */
export function periodToParam(period: Period): string {
  if (period.kind === 'custom') return `${period.from}..${period.to}`;
  const { year, quarter } = quarterOf(period.from);
  return period.kind === 'year' ? String(year) : `${String(year)}-K${String(quarter)}`;
}

/** The period in the address, or the running quarter when there is none or it cannot be read. */
export function periodFromParam(param: string | null, today: IsoDate): Period {
  const text = param ?? '';
  const quarter = QUARTER.exec(text);
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]) as Quarter);
  const year = YEAR.exec(text);
  if (year) return yearPeriod(Number(year[1]));
  const custom = CUSTOM.exec(text);
  const from = custom ? isoDate(custom[1] ?? '') : null;
  const to = custom ? isoDate(custom[2] ?? '') : null;
  if (from !== null && to !== null) {
    const period = customPeriod(from, to);
    if (period.ok) return period.value;
  }
  const current = quarterOf(today);
  return quarterPeriod(current.year, current.quarter);
}
