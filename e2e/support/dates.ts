/**
 * Dates as a Dutch user types and reads them (dd-mm-jjjj), counted from today in the tests' time zone
 * (Europe/Amsterdam, as playwright.config.ts sets for the browser), so a spec never hard-codes a day.
 */

const TIME_ZONE = 'Europe/Amsterdam';

/** Today in Amsterdam as year, month (1–12) and day. */
function todayParts(): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The day `days` after today (negative: before), as dd-mm-jjjj. */
export function dutchDateFromToday(days: number): string {
  const { year, month, day } = todayParts();
  const date = new Date(Date.UTC(year, month - 1, day + days));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}-${pad(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

/** Age in whole years today of someone born on `birthDate` (dd-mm-jjjj). */
export function ageToday(birthDate: string): number {
  const [day, month, year] = birthDate.split('-').map(Number);
  if (day === undefined || month === undefined || year === undefined) {
    throw new Error(`not a dd-mm-jjjj date: ${birthDate}`);
  }
  const today = todayParts();
  const hadBirthday = today.month > month || (today.month === month && today.day >= day);
  return today.year - year - (hadBirthday ? 0 : 1);
}
