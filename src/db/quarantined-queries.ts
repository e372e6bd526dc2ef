/**
 * Which parts of one patient's record this device received from the server but could not read (kept aside
 * in quarantinedRecords, see quarantined-records.ts). A screen showing that patient says so: what it shows
 * is then older than what the team recorded, or incomplete (a "niet reanimeren" recorded on a newer app,
 * for one), and nobody should act on it unwarned.
 */
import { SYNC_ENTITIES, SYNC_ENTITY_DEFINITIONS, type SyncEntity } from '../domain';
import type { TijdigDb } from './database';

const isSyncEntity = (entity: string): entity is SyncEntity =>
  (SYNC_ENTITIES as readonly string[]).includes(entity);

/** The patient a change as sent belongs to, or null when its kind or data cannot tell (then the sync page counts it). */
function patientOfSentChange(entity: string, change: unknown): string | null {
  if (!isSyncEntity(entity) || typeof change !== 'object' || change === null) return null;
  const data = (change as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return null;
  const patientId = SYNC_ENTITY_DEFINITIONS[entity].patientIdOf(data as Record<string, unknown>);
  return typeof patientId === 'string' ? patientId : null;
}

/** The kinds of record of this patient that the device holds an unreadable version of, in SYNC_ENTITIES order. */
export async function unreadablePartsOfPatient(db: TijdigDb, patientId: string): Promise<SyncEntity[]> {
  const held = await db.quarantinedRecords.toArray();
  const parts = new Set(
    held
      .filter((entry) => patientOfSentChange(entry.entity, entry.change) === patientId)
      .map((entry) => entry.entity),
  );
  return SYNC_ENTITIES.filter((entity) => parts.has(entity));
}
