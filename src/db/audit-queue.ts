/**
 * Accesses made on this device (opening a patient, searching the register, exporting, printing) are
 * logged per NEN 7513 even offline: queued here, uploaded by the sync engine, then removed.
 */
import { v7 as uuidv7 } from 'uuid';
import type { AuditAction, DeviceAuditEvent, IsoDateTime } from '../domain';
import type { TijdigDb } from './database';

export interface AccessFact {
  event: string;
  action: AuditAction;
  patientId: string | null;
  recordPart: string;
}

/** Queues one access. Never throws: a full disk must not stop someone reading a care plan. */
export async function logAccess(db: TijdigDb, fact: AccessFact, now: Date): Promise<void> {
  const event: DeviceAuditEvent = {
    id: uuidv7(),
    at: now.toISOString() as IsoDateTime,
    outcome: 'success',
    ...fact,
  };
  try {
    await db.auditQueue.add(event);
  } catch {
    // Storage is full or gone; the UI already reports storage errors on the next write.
  }
}

export function queuedAccesses(db: TijdigDb, limit: number): Promise<DeviceAuditEvent[]> {
  return db.auditQueue.limit(limit).toArray();
}

export async function removeQueuedAccesses(db: TijdigDb, ids: readonly string[]): Promise<void> {
  await db.auditQueue.bulkDelete([...ids]);
}
