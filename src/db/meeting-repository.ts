/**
 * Named operations on MDO meetings: plan, edit, cancel, record attendance and the lists for the regional
 * network. Each validates first and then writes the row with its outbox mutation in one transaction.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  isoDateOf,
  meetingFieldsSchema,
  meetingIssues,
  meetingTimeIssues,
  type IsoDateTime,
  type Meeting,
  type MeetingFields,
} from '../domain';
import type { TijdigDb } from './database';
import { fieldIssuesOf, invalid, liveRow, notFound, runWrite } from './run-write';
import { storeSyncedRecord } from './synced-record';
import type { WriteResult } from './write-result';

type MeetingResult = WriteResult<Meeting>;

/** Plans a meeting. Refused when it ends before it starts or lies in the past (`meeting.inPast`). */
export async function createMeeting(db: TijdigDb, input: unknown, now: Date): Promise<MeetingResult> {
  const candidate = { status: 'planned', ...(input as object) } as Record<string, unknown>;
  const parsed = meetingFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    // Every problem at once: the time rules too, where the date and times themselves are readable.
    const timeIssues = meetingTimeIssues(candidate, { today: isoDateOf(now), isNew: true });
    return invalid([...fieldIssuesOf(parsed.error), ...timeIssues]);
  }
  const issues = meetingIssues(parsed.data, { today: isoDateOf(now), isNew: true });
  if (issues.length > 0) return invalid(issues);
  const at = now.toISOString() as IsoDateTime;
  const meeting: Meeting = { ...parsed.data, id: uuidv7(), createdAt: at, deletedAt: null };
  return runWrite(db, [db.meetings], async () => ({
    ok: true,
    value: await storeSyncedRecord(db, 'meeting', meeting, undefined, at),
  }));
}

/**
 * Changes some of a meeting's fields (what the form edits, attendance, knelpunten, …); only the fields
 * that changed are queued, so people editing different parts at once do not conflict.
 */
export async function updateMeeting(
  db: TijdigDb,
  meetingId: string,
  changes: Partial<MeetingFields>,
  now: Date,
): Promise<MeetingResult> {
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.meetings], async () => {
    const previous = liveRow(await db.meetings.get(meetingId));
    if (!previous) return notFound();
    const { id, createdAt, deletedAt, ...fields } = previous;
    const candidate = { ...fields, ...changes } as Record<string, unknown>;
    const parsed = meetingFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      const timeIssues = meetingTimeIssues(candidate, { today: isoDateOf(now), isNew: false });
      return invalid([...fieldIssuesOf(parsed.error), ...timeIssues]);
    }
    const issues = meetingIssues(parsed.data, { today: isoDateOf(now), isNew: false });
    if (issues.length > 0) return invalid(issues);
    const next: Meeting = { ...parsed.data, id, createdAt, deletedAt };
    return { ok: true, value: await storeSyncedRecord(db, 'meeting', next, previous, at) };
  });
}

/** Cancels a meeting with a reason everyone invited sees; the agenda stays for the record. */
export function cancelMeeting(
  db: TijdigDb,
  meetingId: string,
  reason: string,
  now: Date,
): Promise<MeetingResult> {
  return updateMeeting(db, meetingId, { status: 'cancelled', cancelReason: reason }, now);
}
