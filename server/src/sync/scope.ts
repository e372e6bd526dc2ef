/**
 * What a specialist PZ may see of their practice, and nothing more:
 * - their own invitations (specialistUserId is their account) that were not withdrawn (tombstone or
 *   deletedAt) and whose window is open, whatever their status, so they can still answer them. The window
 *   is the server's: it ends 14 days after the meeting's date as the server holds it (a `validUntil` on the
 *   invitation is only a copy for display; see invitation-window.ts);
 * - the meetings of those invitations (not deleted);
 * - the invited agenda items: every item of a meeting they were invited to as a whole, only the one
 *   item otherwise, and none of an invitation they declined, nor of a cancelled meeting (they still see
 *   the meeting and that it was cancelled, but no patient of it);
 * - the patients on those items, with their checklist results (and the regional checklist cards those
 *   results were recorded with) and their care plans.
 * Never MDO actions, the specialist directory, marking events, care-plan versions, conflicts, other
 * specialists' invitations or other items of the meeting. What they receive of each record is cut down
 * further by its entity's `specialistView` (src/domain/sync-entities.ts): initials instead of names, no
 * BSN, no contact details; the care plan without naasten, euthanasia or donor facts.
 */
import { oldestOpenMeetingDate } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import { RECORD_COLUMNS, toStoredRecord, type StoredRecord } from './records';

/** The entities keyed by patient that follow the invited items' patients (besides the patient itself). */
const PATIENT_RECORDS = ['checklistResult', 'carePlan'] as const;

export async function specialistScope(db: Queryable, actor: Actor, now: Date): Promise<StoredRecord[]> {
  const rows = await db.query<Parameters<typeof toStoredRecord>[0]>(
    `WITH invited AS (
       SELECT * FROM records
        WHERE practice_id = $1 AND entity = 'specialistInvitation' AND is_deleted = false
          AND data->>'deletedAt' IS NULL AND data->>'specialistUserId' = $2
     ),
     meeting AS (
       SELECT * FROM records
        WHERE practice_id = $1 AND entity = 'meeting' AND is_deleted = false
          AND data->>'deletedAt' IS NULL AND data->>'date' >= $3
          AND record_id IN (SELECT data->>'meetingId' FROM invited)
     ),
     invitation AS (SELECT * FROM invited WHERE data->>'meetingId' IN (SELECT record_id FROM meeting)),
     answered AS (SELECT * FROM invitation WHERE data->>'status' <> 'declined'),
     item AS (
       SELECT r.* FROM records r
        WHERE r.practice_id = $1 AND r.entity = 'agendaItem' AND r.is_deleted = false
          AND r.data->>'meetingId' IN (SELECT record_id FROM meeting WHERE data->>'status' <> 'cancelled')
          AND EXISTS (
            SELECT 1 FROM answered a
             WHERE a.data->>'meetingId' = r.data->>'meetingId'
               AND (a.data->>'agendaItemId' IS NULL OR a.data->>'agendaItemId' = r.record_id))
     ),
     patient_ids AS (SELECT DISTINCT data->>'patientId' AS id FROM item WHERE data->>'patientId' IS NOT NULL),
     patient AS (
       SELECT * FROM records
        WHERE practice_id = $1 AND entity = 'patient' AND is_deleted = false
          AND record_id IN (SELECT id FROM patient_ids)
     ),
     patient_record AS (
       SELECT * FROM records
        WHERE practice_id = $1 AND is_deleted = false AND entity = ANY($4::text[])
          AND patient_id IN (SELECT record_id FROM patient)
     ),
     definition AS (
       SELECT * FROM records
        WHERE practice_id = $1 AND entity = 'checklistDefinition' AND is_deleted = false
          AND record_id IN (
            SELECT (data->>'definitionId') || '@' || (data->>'definitionVersion')
              FROM patient_record WHERE entity = 'checklistResult')
     )
     SELECT ${RECORD_COLUMNS} FROM invitation
     UNION ALL SELECT ${RECORD_COLUMNS} FROM meeting
     UNION ALL SELECT ${RECORD_COLUMNS} FROM item
     UNION ALL SELECT ${RECORD_COLUMNS} FROM patient
     UNION ALL SELECT ${RECORD_COLUMNS} FROM patient_record
     UNION ALL SELECT ${RECORD_COLUMNS} FROM definition`,
    [actor.practiceId, actor.userId, oldestOpenMeetingDate(now), PATIENT_RECORDS],
  );
  return rows.map(toStoredRecord);
}
