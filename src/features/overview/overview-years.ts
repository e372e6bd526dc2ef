import { quarterOf, type IsoDate, type Period } from '../../domain';
import type { IndicatorSource } from '../../db';

/**
 * The years the period selector offers, oldest first: from the first year with a marking, death or
 * meeting (at most ten years back) up to this year, always including last year and the chosen period.
 */
export function selectableYears(
  source: IndicatorSource | undefined,
  period: Period,
  today: IsoDate,
): number[] {
  const thisYear = quarterOf(today).year;
  const dates = [
    ...(source?.markingEvents.map((event) => event.date) ?? []),
    ...(source?.meetings.map((meeting) => meeting.date) ?? []),
    ...(source?.patients.flatMap((patient) => (patient.deathDate ? [patient.deathDate] : [])) ?? []),
    period.from,
  ];
  const earliest = Math.min(thisYear - 1, ...dates.map((date) => quarterOf(date).year));
  const first = Math.max(earliest, thisYear - 10, 1900);
  const last = Math.max(thisYear, quarterOf(period.to).year);
  const years: number[] = [];
  for (let year = Math.min(first, quarterOf(period.from).year); year <= last; year += 1) years.push(year);
  return years;
}
