/**
 * Which uploaded device events the log takes. The uploader's own account and practice are always the
 * session's (an event carries neither), so what is left to check is each event's patient and time:
 * - the patient must be one of the practice's (also a deleted one: the read happened before), and the
 *   account one that sees patients: an account without a clinical role (a beheerder only) reads none, and
 *   its answers must not tell which patient ids exist;
 * - the device's time must lie between MAX_DEVICE_EVENT_AGE_DAYS ago and MAX_DEVICE_CLOCK_SKEW_MS ahead
 *   of the server's clock: a device that was offline for a month still gets its reads in, a clock set
 *   to next year does not reorder the log.
 * Each event is judged on its own and answered per event (stored or refused with a code), so one bad
 * event never blocks a device's queue; a refusal is itself logged, without the refused patient id.
 * An account may upload at most UPLOADS_PER_MINUTE times a minute (429 with Retry-After beyond), counted
 * across every server process.
 */
import {
  hasClinicalRole,
  MAX_AUDIT_UPLOAD_EVENTS,
  type AuditEventRefusal,
  type AuditUploadResponse,
  type DeviceAuditEvent,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { WindowCounter } from '../http/window-counter';
import type { Db, Queryable } from '../store/db';
import { writeAudit, writeDeviceAudit } from './audit-log';

export const MAX_DEVICE_CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_DEVICE_EVENT_AGE_DAYS = 30;
/** A full queue of 3,000 events drains in a minute; a script posting in a loop is stopped after 15. */
export const UPLOADS_PER_MINUTE = 15;
/** 200 events of at most ~400 bytes of JSON each, with room to spare. */
export const MAX_UPLOAD_BYTES = MAX_AUDIT_UPLOAD_EVENTS * 600;

const MINUTE_MS = 60_000;

/**
 * Counts one upload of an account in the current minute, in the database, so the budget holds across
 * every server process; when the account has none left, returns the seconds until its window ends.
 * A fixed window on the server's clock, so tests can move it.
 */
export async function takeUpload(counter: WindowCounter, userId: string): Promise<number | null> {
  const { hits, msLeft } = await counter.hit(`audit-upload|${userId}`, MINUTE_MS);
  return hits > UPLOADS_PER_MINUTE ? Math.max(1, Math.ceil(msLeft / 1000)) : null;
}

function refusalOfTime(event: DeviceAuditEvent, now: Date): AuditEventRefusal | null {
  const at = new Date(event.at).getTime();
  if (at > now.getTime() + MAX_DEVICE_CLOCK_SKEW_MS) return 'deviceTimeInFuture';
  if (at < now.getTime() - MAX_DEVICE_EVENT_AGE_DAYS * 86_400_000) return 'deviceTimeTooOld';
  return null;
}

async function practicePatients(db: Queryable, practiceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ record_id: string }>(
    `SELECT record_id FROM records
      WHERE practice_id = $1 AND entity = 'patient' AND record_id = ANY($2::text[])`,
    [practiceId, ids],
  );
  return new Set(rows.map((row) => row.record_id));
}

/** Stores the acceptable events and logs the refused ones, in one transaction; answers per event. */
export async function storeDeviceEvents(
  db: Db,
  actor: Actor,
  clientId: string,
  events: readonly DeviceAuditEvent[],
  now: Date,
): Promise<AuditUploadResponse> {
  const patientIds = [...new Set(events.flatMap((e) => (e.patientId === null ? [] : [e.patientId])))];
  const known = hasClinicalRole(actor.roles)
    ? await practicePatients(db, actor.practiceId, patientIds)
    : new Set<string>();
  const results: AuditUploadResponse['results'] = events.map((event) => {
    const code =
      refusalOfTime(event, now) ??
      (event.patientId !== null && !known.has(event.patientId) ? 'unknownPatient' : null);
    return code === null ? { id: event.id, status: 'stored' } : { id: event.id, status: 'refused', code };
  });
  const stored = events.filter((_, index) => results[index]?.status === 'stored');
  const refusals = results.flatMap((result) =>
    result.status === 'refused'
      ? [
          {
            event: 'audit.upload',
            action: 'C' as const,
            patientId: null,
            recordPart: 'auditLog',
            outcome: 'denied' as const,
            target: `deviceEvent/${result.id}:${result.code}`,
          },
        ]
      : [],
  );
  await db.transaction(async (tx) => {
    await writeDeviceAudit(tx, actor, clientId, stored, now);
    await writeAudit(tx, actor, refusals, now, `device:${clientId}`);
  });
  return { results };
}
