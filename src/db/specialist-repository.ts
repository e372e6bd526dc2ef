/**
 * Named operations on the directory of specialists PZ and on their invitations to a meeting or to single
 * agenda items. An invitation carries no patient data; the specialist's sync scope follows from it.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  adviceTextOf,
  invitationValidUntil,
  specialistFieldsSchema,
  specialistInvitationSchema,
  type Author,
  type InvitationStatus,
  type IsoDateTime,
  type Specialist,
  type SpecialistInvitation,
} from '../domain';
import type { TijdigDb } from './database';
import { fieldIssuesOf, invalid, liveRow, notFound, runWrite } from './run-write';
import { changeSyncedRecord, deleteSyncedRecord, storeSyncedRecord } from './synced-record';
import type { WriteResult } from './write-result';

/**
 * Adds a specialist to the directory, or changes one when `specialistId` is given. Linking (or unlinking)
 * a Tijdig account also moves the specialist's open invitations to that account, since the server scopes
 * a specialist's sync by the account on the invitation.
 */
export async function saveSpecialist(
  db: TijdigDb,
  specialistId: string | null,
  input: unknown,
  now: Date,
): Promise<WriteResult<Specialist>> {
  const parsed = specialistFieldsSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldIssuesOf(parsed.error));
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.specialists, db.specialistInvitations], async () => {
    const previous = specialistId === null ? undefined : liveRow(await db.specialists.get(specialistId));
    if (specialistId !== null && !previous) return notFound();
    const next: Specialist = previous
      ? { ...previous, ...parsed.data }
      : { ...parsed.data, id: uuidv7(), createdAt: at, deletedAt: null };
    if (previous && previous.userId !== next.userId) await moveOpenInvitations(db, next, at);
    return { ok: true, value: await storeSyncedRecord(db, 'specialist', next, previous, at) };
  });
}

/** Points the specialist's open invitations (not withdrawn, not ended) at their current account. */
async function moveOpenInvitations(db: TijdigDb, specialist: Specialist, at: IsoDateTime): Promise<void> {
  const invitations = await db.specialistInvitations
    .filter((row) => row.specialistId === specialist.id)
    .toArray();
  for (const invitation of invitations) {
    if (invitation.deletedAt !== null || invitation.validUntil <= at) continue;
    const moved = { ...invitation, specialistUserId: specialist.userId };
    await storeSyncedRecord(db, 'specialistInvitation', moved, invitation, at);
  }
}

/** Removes a specialist from the directory; their past invitations stay for the record. */
export function removeSpecialist(
  db: TijdigDb,
  specialistId: string,
  now: Date,
): Promise<WriteResult<Specialist>> {
  return deleteSyncedRecord(db, 'specialist', specialistId, now);
}

/**
 * Invites a specialist from the directory to a whole meeting (`agendaItemId` null) or to one item.
 * Refused with `invitation.duplicate` when the same invitation already exists.
 */
export async function inviteSpecialist(
  db: TijdigDb,
  target: { meetingId: string; agendaItemId: string | null; specialistId: string },
  now: Date,
): Promise<WriteResult<SpecialistInvitation>> {
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.meetings, db.agendaItems, db.specialists, db.specialistInvitations], async () => {
    const meeting = liveRow(await db.meetings.get(target.meetingId));
    const specialist = liveRow(await db.specialists.get(target.specialistId));
    const item = target.agendaItemId === null ? null : liveRow(await db.agendaItems.get(target.agendaItemId));
    if (!meeting || !specialist) return notFound();
    if (item !== null && item?.meetingId !== meeting.id) return notFound();
    const existing = await db.specialistInvitations.where('meetingId').equals(meeting.id).toArray();
    const isDuplicate = existing.some(
      (other) =>
        other.deletedAt === null &&
        other.specialistId === specialist.id &&
        other.agendaItemId === target.agendaItemId,
    );
    if (isDuplicate) return invalid([{ field: 'specialistId', code: 'invitation.duplicate' }]);
    const invitation: SpecialistInvitation = {
      id: uuidv7(),
      meetingId: meeting.id,
      agendaItemId: target.agendaItemId,
      specialistId: specialist.id,
      specialistUserId: specialist.userId,
      status: 'invited',
      advice: '',
      adviceBy: null,
      adviceAt: null,
      // The server sets the window again from the meeting; this copy shows it while offline.
      validUntil: invitationValidUntil(meeting.date),
      createdAt: at,
      deletedAt: null,
    };
    return {
      ok: true,
      value: await storeSyncedRecord(db, 'specialistInvitation', invitation, undefined, at),
    };
  });
}

/** The specialist accepts or declines (from their own view), or the POH resets it. */
export function setInvitationStatus(
  db: TijdigDb,
  invitationId: string,
  status: InvitationStatus,
  now: Date,
): Promise<WriteResult<SpecialistInvitation>> {
  return changeSyncedRecord<SpecialistInvitation>(db, 'specialistInvitation', invitationId, now, (row) => ({
    ...row,
    status,
  }));
}

/** Withdraws an invitation; the specialist's next sync removes the items from their device. */
export function withdrawInvitation(
  db: TijdigDb,
  invitationId: string,
  now: Date,
): Promise<WriteResult<SpecialistInvitation>> {
  return deleteSyncedRecord(db, 'specialistInvitation', invitationId, now);
}

/**
 * The specialist writes (or clears) their advice on an invitation. The device shows itself as author
 * until the sync server stamps the account and its own time (server-stamps.ts). Refused as invalid when
 * the text is too long; an invitation that no longer takes advice is refused by the server.
 */
export async function setInvitationAdvice(
  db: TijdigDb,
  invitationId: string,
  advice: string,
  author: Author,
  now: Date,
): Promise<WriteResult<SpecialistInvitation>> {
  const parsed = specialistInvitationSchema.shape.advice.safeParse(advice);
  if (!parsed.success) {
    return invalid(parsed.error.issues.map((issue) => ({ field: 'advice', code: issue.message })));
  }
  const text = parsed.data;
  return changeSyncedRecord<SpecialistInvitation>(db, 'specialistInvitation', invitationId, now, (row, at) =>
    adviceTextOf(row) === text
      ? row
      : { ...row, advice: text, adviceBy: text === '' ? null : author, adviceAt: text === '' ? null : at },
  );
}
