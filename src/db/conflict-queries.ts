/** What a conflict or refused change is about, read for their cards: the patient the record belongs to. */
import { SYNC_ENTITY_DEFINITIONS, type Patient, type SyncEntity } from '../domain';
import type { TijdigDb } from './database';
import { getPatient } from './patients-repository';
import { tableOf } from './sync-tables';

/**
 * The patient of a synced record (read from the stored record, else from `data`, the fields a change
 * carries), or null for a record of no one patient or of a patient no longer on this device.
 */
export async function recordPatient(
  db: TijdigDb,
  entity: string,
  recordId: string,
  data: Record<string, unknown>,
): Promise<Patient | null> {
  if (!(entity in SYNC_ENTITY_DEFINITIONS)) return null;
  const definition = SYNC_ENTITY_DEFINITIONS[entity as SyncEntity];
  const row = (await tableOf(db, entity as SyncEntity).get(recordId)) as Record<string, unknown> | undefined;
  const patientId = definition.patientIdOf(row ?? { ...data, id: recordId });
  return patientId === null ? null : ((await getPatient(db, patientId)) ?? null);
}
