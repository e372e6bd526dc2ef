/** Test data for the agenda builder's component tests: meetings with a known id, dates around today. */
import type { TijdigDb } from '../../../db';
import {
  addDays,
  isoDateOf,
  meetingSchema,
  type IsoDate,
  type IsoDateTime,
  type Meeting,
} from '../../../domain';

/** A calendar day `days` from today (negative: in the past). */
export function daysFromToday(days: number): IsoDate {
  return addDays(isoDateOf(new Date()), days);
}

/**
 * Stores a meeting with a chosen id, checked against the schema, so a test can render the app at its
 * address before the data is there (renderApp opens a fresh database per test). From 14:00 to 15:30.
 */
export async function seedMeeting(db: TijdigDb, overrides: Partial<Meeting> = {}): Promise<Meeting> {
  const meeting = meetingSchema.parse({
    id: crypto.randomUUID(),
    date: daysFromToday(14),
    startTime: '14:00',
    endTime: '15:30',
    location: 'Praktijk, kamer 2',
    status: 'planned',
    createdAt: '2026-01-05T09:00:00.000Z' as IsoDateTime,
    deletedAt: null,
    ...overrides,
  });
  await db.meetings.add(meeting);
  return meeting;
}
