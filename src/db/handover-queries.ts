/**
 * Reads for the handover sheet (overdracht voor HAP en ambulance) and the FHIR export. Kept apart from the
 * care plan's write operations so the sheet needs no schema library: the row was validated when it was
 * written, and the sheet only shows it.
 */
import type { CarePlan, CarePlanId } from '../domain';
import type { TijdigDb } from './database';

/**
 * The care plan of a patient, or undefined when there is none (or it was deleted). A plan's id is its
 * patient's id, so this is one key lookup.
 */
export async function getCarePlanForHandover(db: TijdigDb, patientId: string): Promise<CarePlan | undefined> {
  const row = await db.carePlans.get(patientId as CarePlanId);
  return row?.deletedAt === null ? row : undefined;
}
