/**
 * What a specialist PZ may see: their own invitations that have not ended; the invited meetings; the
 * invited agenda items (all items of a meeting they were invited to as a whole); and, unless they
 * declined, the patients on those items with their checklist results. Nothing else of the practice.
 */
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import { RECORD_COLUMNS, toStoredRecord, type StoredRecord } from './records';

export async function specialistScope(db: Queryable, actor: Actor, now: Date): Promise<StoredRecord[]> {
  const rows = await db.query<Parameters<typeof toStoredRecord>[0]>(
    `WITH invitation AS (
       SELECT * FROM records
        WHERE practice_id = $1 AND entity = 'specialistInvitation' AND is_deleted = false
          AND data->>'specialistUserId' = $2 AND (data->>'validUntil')::timestamptz > $3
     ),
     accepted AS (SELECT * FROM invitation WHERE data->>'status' <> 'declined'),
     item AS (
       SELECT r.* FROM records r
        WHERE r.practice_id = $1 AND r.entity = 'agendaItem' AND r.is_deleted = false
          AND EXISTS (
            SELECT 1 FROM accepted a
             WHERE a.data->>'meetingId' = r.data->>'meetingId'
               AND (a.data->>'agendaItemId' IS NULL OR a.data->>'agendaItemId' = r.record_id))
     ),
     patient_ids AS (SELECT DISTINCT data->>'patientId' AS id FROM item WHERE data->>'patientId' IS NOT NULL)
     SELECT ${RECORD_COLUMNS} FROM invitation
     UNION ALL
     SELECT ${RECORD_COLUMNS} FROM records
      WHERE practice_id = $1 AND entity = 'meeting' AND is_deleted = false
        AND record_id IN (SELECT data->>'meetingId' FROM invitation)
     UNION ALL
     SELECT ${RECORD_COLUMNS} FROM item
     UNION ALL
     SELECT ${RECORD_COLUMNS} FROM records
      WHERE practice_id = $1 AND is_deleted = false AND entity IN ('patient', 'checklistResult')
        AND patient_id IN (SELECT id FROM patient_ids)`,
    [actor.practiceId, actor.userId, now],
  );
  return rows.map(toStoredRecord);
}
