/**
 * Reads of checklist results and imported cards. Apart from the writes so the register's signal views load
 * without the schema library; every row here was validated when it was written.
 */
import type { ChecklistDefinition, ChecklistResult } from '../domain';
import type { TijdigDb } from './database';

/** One patient's results, all versions and kinds, oldest first. */
export function listChecklistResults(db: TijdigDb, patientId: string): Promise<ChecklistResult[]> {
  return db.checklistResults.where('patientId').equals(patientId).sortBy('observedOn');
}

/** Every result on this device, for the register's signal and suggestion views. */
export function listAllChecklistResults(db: TijdigDb): Promise<ChecklistResult[]> {
  return db.checklistResults.toArray();
}

/** Definitions imported on this device (regional cards). */
export function listImportedDefinitions(db: TijdigDb): Promise<ChecklistDefinition[]> {
  return db.checklistDefinitions.toArray();
}
