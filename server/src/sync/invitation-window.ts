/**
 * How long a specialist PZ sees what they were invited to is the server's decision: the window ends
 * 14 days after the meeting (src/domain/mdo/specialist.ts), read from the meeting the server holds. A
 * `validUntil` a device sends is ignored, so no device can lengthen anyone's access.
 */
import {
  invitationValidUntil,
  meetingSchema,
  oldestOpenMeetingDate,
  type Meeting,
} from '../../../src/domain';
import type { Queryable } from '../store/db';
import { readRecord, type RecordBatch, type StoredRecord } from './records';

type Row = Record<string, unknown>;

/** The practice's meeting by id, from this push when it holds it, else from the database; undefined if gone. */
async function meetingOf(
  tx: Queryable,
  practiceId: string,
  batch: RecordBatch | null,
  meetingId: unknown,
): Promise<Meeting | undefined> {
  if (typeof meetingId !== 'string') return undefined;
  const stored =
    batch?.find('meeting', meetingId) ?? (await readRecord(tx, practiceId, 'meeting', meetingId));
  if (!stored || stored.isDeleted) return undefined;
  const parsed = meetingSchema.safeParse(stored.data);
  return parsed.success && parsed.data.deletedAt === null ? parsed.data : undefined;
}

export type WindowedChange =
  { ok: true; changed: Row } | { ok: false; issue: { path: string; code: string } };

/**
 * An invitation change with the server's window: the device's `validUntil` dropped, and the window set
 * from the meeting whenever the invitation is created or moved to another meeting.
 */
export async function withServerWindow(
  tx: Queryable,
  practiceId: string,
  batch: RecordBatch,
  changed: Row,
  current: StoredRecord | undefined,
): Promise<WindowedChange> {
  const { validUntil: _ignored, ...rest } = changed;
  const isNewTarget =
    current === undefined || ('meetingId' in rest && rest.meetingId !== current.data.meetingId);
  if (!isNewTarget) return { ok: true, changed: rest };
  const meeting = await meetingOf(tx, practiceId, batch, rest.meetingId);
  if (!meeting) return { ok: false, issue: { path: 'meetingId', code: 'invitation.meetingUnknown' } };
  return { ok: true, changed: { ...rest, validUntil: invitationValidUntil(meeting.date) } };
}

/** Whether the invitation's window is open at `now`, judged by its meeting's date as the server holds it. */
export async function isInvitationWindowOpen(
  tx: Queryable,
  practiceId: string,
  invitation: Row,
  now: Date,
): Promise<boolean> {
  const meeting = await meetingOf(tx, practiceId, null, invitation.meetingId);
  return meeting !== undefined && meeting.date >= oldestOpenMeetingDate(now);
}
