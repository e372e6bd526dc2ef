/**
 * Writes and reads the audit log (NEN 7513). The log holds the fact of an access (who, when, which
 * patient, which part, outcome, from where), never the data itself. Rows are only ever inserted.
 */
import type { AuditAction, AuditEntry, AuditQuery, DeviceAuditEvent } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';

export interface AuditRecord {
  event: string;
  action: AuditAction;
  patientId: string | null;
  recordPart: string;
  outcome: 'success' | 'denied' | 'failed';
}

/** Where an event happened: `server`, or `device:<clientId>` for events a device uploaded. */
export type AuditSource = string;

export async function writeAudit(
  db: Queryable,
  actor: Pick<Actor, 'userId' | 'userName' | 'role' | 'practiceId' | 'practiceName'> | null,
  records: readonly AuditRecord[],
  at: Date,
  source: AuditSource = 'server',
): Promise<void> {
  if (records.length === 0) return;
  // One statement for the whole batch: a push of 200 changes writes one audit insert, not 200.
  await db.query(
    `INSERT INTO audit_log (at, event, action, practice_id, user_id, user_name, role, on_behalf_of,
                            patient_id, record_part, outcome, source)
     SELECT $1, e.event, e.action, $2, $3, $4, $5, $6, e.patient_id, e.record_part, e.outcome, $7
       FROM jsonb_to_recordset($8::jsonb)
         AS e(event text, action text, patient_id text, record_part text, outcome text)`,
    [
      at,
      actor?.practiceId ?? null,
      actor?.userId ?? null,
      actor?.userName ?? null,
      actor?.role ?? null,
      actor?.practiceName ?? null,
      source,
      JSON.stringify(
        records.map((r) => ({
          event: r.event,
          action: r.action,
          patient_id: r.patientId,
          record_part: r.recordPart,
          outcome: r.outcome,
        })),
      ),
    ],
  );
}

/** Stores events a device queued (often offline), each once even when the upload is repeated. */
export async function writeDeviceAudit(
  db: Queryable,
  actor: Actor,
  clientId: string,
  events: readonly DeviceAuditEvent[],
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (at, event, action, practice_id, user_id, user_name, role, on_behalf_of,
                            patient_id, record_part, outcome, source, device_event_id)
     SELECT e.at, e.event, e.action, $1, $2, $3, $4, $5, e.patient_id, e.record_part, e.outcome, $6, e.id
       FROM jsonb_to_recordset($7::jsonb)
         AS e(id uuid, at timestamptz, event text, action text, patient_id text, record_part text, outcome text)
     ON CONFLICT (device_event_id) DO NOTHING`,
    [
      actor.practiceId,
      actor.userId,
      actor.userName,
      actor.role,
      actor.practiceName,
      `device:${clientId}`,
      JSON.stringify(
        events.map((e) => ({
          id: e.id,
          at: e.at,
          event: e.event,
          action: e.action,
          patient_id: e.patientId,
          record_part: e.recordPart,
          outcome: e.outcome,
        })),
      ),
    ],
  );
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  event: string;
  action: AuditEntry['action'];
  user_name: string | null;
  role: AuditEntry['role'];
  on_behalf_of: string | null;
  patient_id: string | null;
  record_part: string;
  outcome: AuditEntry['outcome'];
  source: string;
}

/** The practice's log, newest first, filtered. */
export async function readAudit(db: Queryable, practiceId: string, query: AuditQuery): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `SELECT id, at, event, action, user_name, role, on_behalf_of, patient_id, record_part, outcome, source
       FROM audit_log
      WHERE practice_id = $1
        AND ($2::date IS NULL OR at >= $2::date)
        AND ($3::date IS NULL OR at < $3::date + 1)
        AND ($4::text IS NULL OR patient_id = $4)
        AND ($5::text IS NULL OR user_name ILIKE '%' || $5 || '%')
        AND ($6::text IS NULL OR action = $6)
      ORDER BY at DESC, id DESC
      LIMIT $7`,
    [
      practiceId,
      query.from ?? null,
      query.to ?? null,
      query.patientId ?? null,
      query.userName ?? null,
      query.action ?? null,
      query.limit,
    ],
  );
  return rows.map((row) => ({
    id: String(row.id),
    at: new Date(row.at).toISOString() as AuditEntry['at'],
    event: row.event,
    action: row.action,
    userName: row.user_name,
    role: row.role,
    onBehalfOf: row.on_behalf_of,
    patientId: row.patient_id,
    recordPart: row.record_part,
    outcome: row.outcome,
    source: row.source,
  }));
}
