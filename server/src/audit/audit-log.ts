/**
 * Writes and reads the audit log (NEN 7513). The log holds the fact of an access (who, when, which
 * patient, which part, outcome, from where), never the data itself. Rows are only ever inserted.
 */
import type { AuditAction, AuditEntry, AuditQuery, DeviceAuditEvent } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import { runSql, sql, type Sql } from '../store/sql';

export interface AuditRecord {
  event: string;
  action: AuditAction;
  patientId: string | null;
  recordPart: string;
  outcome: 'success' | 'denied' | 'failed';
  /** What a refused request aimed at (`patient/<id>`, `POST /api/sync/push`); never a raw URL. */
  target?: string | null;
  /** The huisarts on whose behalf ("namens") the actor acted, when they did. */
  onBehalf?: { userId: string; name: string } | null;
}

/** Who did it, as far as the server knows; null for a request without a session. */
export type AuditActor = Pick<Actor, 'userId' | 'userName' | 'role' | 'practiceId' | 'practiceName'>;

/** Where an event happened: `server`, or `device:<clientId>` for events a device uploaded. */
export type AuditSource = string;

/** The columns every row has, whoever wrote it. */
const recordColumns = (r: AuditRecord) => ({
  event: r.event,
  action: r.action,
  patient_id: r.patientId,
  record_part: r.recordPart,
  outcome: r.outcome,
  target: r.target ?? null,
});

/**
 * The INSERT of `records` into the actor's practice's log: one statement for the whole batch (a push of
 * 200 changes writes one audit insert, not 200). The push puts it inside its one statement of writes, as
 * a data-modifying WITH clause, to save a round trip per push.
 */
export function auditInsert(
  actor: AuditActor,
  records: readonly AuditRecord[],
  at: Date,
  source: AuditSource,
): Sql {
  const rows = records.map((r) => ({
    ...recordColumns(r),
    on_behalf_user_id: r.onBehalf?.userId ?? null,
    on_behalf_name: r.onBehalf?.name ?? null,
  }));
  return sql`INSERT INTO audit_log (at, received_at, event, action, practice_id, user_id, user_name, role, on_behalf_of,
                            patient_id, record_part, outcome, source, target, on_behalf_user_id, on_behalf_name)
     SELECT ${at}, ${at}, e.event, e.action, ${actor.practiceId}, ${actor.userId}, ${actor.userName}, ${actor.role},
            ${actor.practiceName}, e.patient_id, e.record_part, e.outcome, ${source}, e.target, e.on_behalf_user_id,
            e.on_behalf_name
       FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
         AS e(event text, action text, patient_id text, record_part text, outcome text, target text,
              on_behalf_user_id uuid, on_behalf_name text)`;
}

/**
 * Writes what the server itself did or refused, at the server's time (which is also its receipt time). Without
 * an actor (a refused request that carried no session) nothing names a practice: the rows go to the log of no
 * practice, `audit_log_unattributed`, which the operator reads and no beheerder sees.
 */
export async function writeAudit(
  db: Queryable,
  actor: AuditActor | null,
  records: readonly AuditRecord[],
  at: Date,
  source: AuditSource = 'server',
): Promise<void> {
  if (records.length === 0) return;
  if (actor === null) {
    await writeUnattributed(db, records, at, source);
    return;
  }
  await runSql(db, auditInsert(actor, records, at, source));
}

async function writeUnattributed(
  db: Queryable,
  records: readonly AuditRecord[],
  at: Date,
  source: AuditSource,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log_unattributed (at, received_at, event, action, patient_id, record_part, outcome, source,
                                         target)
     SELECT $1, $1, e.event, e.action, e.patient_id, e.record_part, e.outcome, $2, e.target
       FROM jsonb_to_recordset($3::jsonb)
         AS e(event text, action text, patient_id text, record_part text, outcome text, target text)`,
    [at, source, JSON.stringify(records.map(recordColumns))],
  );
}

/**
 * Stores events a device queued (often offline), each once even when the upload is repeated. `at` and
 * `device_at` hold the device's time of the access, `received_at` the server's time of the upload.
 * The caller has checked the events (see device-upload.ts).
 */
export async function writeDeviceAudit(
  db: Queryable,
  actor: Actor,
  clientId: string,
  events: readonly DeviceAuditEvent[],
  receivedAt: Date,
): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO audit_log (at, device_at, received_at, event, action, practice_id, user_id, user_name, role,
                            on_behalf_of, patient_id, record_part, outcome, source, device_event_id)
     SELECT e.at, e.at, $8, e.event, e.action, $1, $2, $3, $4, $5, e.patient_id, e.record_part, e.outcome, $6, e.id
       FROM jsonb_to_recordset($7::jsonb)
         AS e(id uuid, at timestamptz, event text, action text, patient_id text, record_part text, outcome text)
     ON CONFLICT (practice_id, device_event_id) DO NOTHING`,
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
      receivedAt,
    ],
  );
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  device_at: Date | string | null;
  received_at: Date | string | null;
  target: string | null;
  on_behalf_name: string | null;
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

const isoOrNull = (value: Date | string | null): AuditEntry['at'] | null =>
  value === null ? null : (new Date(value).toISOString() as AuditEntry['at']);

/**
 * The practice's log, newest first, filtered. Rows from before migration 005 have no receipt or device
 * column: for them a device event's `at` is the device's time and every other row's `at` the server's.
 */
export async function readAudit(db: Queryable, practiceId: string, query: AuditQuery): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `SELECT id, at, event, action, user_name, role, on_behalf_of, patient_id, record_part, outcome, source,
            target, on_behalf_name,
            coalesce(device_at, CASE WHEN device_event_id IS NOT NULL THEN at END) AS device_at,
            coalesce(received_at, CASE WHEN device_event_id IS NULL THEN at END) AS received_at
       FROM audit_log
      WHERE practice_id = $1
        AND ($2::date IS NULL OR at >= $2::date)
        AND ($3::date IS NULL OR at < $3::date + 1)
        AND ($4::text IS NULL OR patient_id = $4)
        AND ($5::text IS NULL OR user_name ILIKE '%' || $5 || '%')
        AND ($6::text IS NULL OR action = $6)
        AND ($8::text IS NULL OR outcome = $8)
        AND ($9::text IS NULL OR event = $9)
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
      query.outcome ?? null,
      query.event ?? null,
    ],
  );
  return rows.map((row) => ({
    id: String(row.id),
    at: new Date(row.at).toISOString() as AuditEntry['at'],
    deviceAt: isoOrNull(row.device_at),
    receivedAt: isoOrNull(row.received_at),
    event: row.event,
    action: row.action,
    userName: row.user_name,
    role: row.role,
    onBehalfOf: row.on_behalf_of,
    onBehalfName: row.on_behalf_name,
    patientId: row.patient_id,
    recordPart: row.record_part,
    target: row.target,
    outcome: row.outcome,
    source: row.source,
  }));
}
