/**
 * Reads of care plans and their versions. A plan and each version are checked against their schemas on
 * read (they are few and small); the overview list is not, like the register, since every row was checked
 * when it was written.
 */
import {
  carePlanSchema,
  carePlanVersionSchema,
  type CarePlan,
  type CarePlanId,
  type CarePlanVersionRecord,
  type Patient,
} from '../domain';
import type { TijdigDb } from './database';
import { listPalliativeRegister } from './patient-queries';

/** A patient's care plan (its id is the patient's), or undefined when there is none or it was deleted. */
export async function getCarePlan(db: TijdigDb, patientId: string): Promise<CarePlan | undefined> {
  const row = await db.carePlans.get(patientId as CarePlanId);
  if (row?.deletedAt !== null) return undefined;
  return carePlanSchema.parse(row);
}

/** Every saved version of a plan, newest first. */
export async function listCarePlanVersions(
  db: TijdigDb,
  carePlanId: string,
): Promise<CarePlanVersionRecord[]> {
  const rows = await db.carePlanVersions.where('carePlanId').equals(carePlanId).toArray();
  return rows
    .map((row) => carePlanVersionSchema.parse(row))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));
}

/** Every care plan on this device that is not deleted, for the overview. */
export async function listCarePlans(db: TijdigDb): Promise<CarePlan[]> {
  const rows = await db.carePlans.toArray();
  return rows.filter((row) => row.deletedAt === null);
}

export interface CarePlanOverview {
  /** Each plan with its patient (plans of deleted patients are left out). */
  plans: { plan: CarePlan; patient: Patient }[];
  /** Living patients on the palliative register who have no plan yet: the team's to-do list. */
  markedWithoutPlan: Patient[];
}

/** The plans on this device with their patients, and the marked patients who still lack a plan. */
export async function listCarePlanOverview(db: TijdigDb): Promise<CarePlanOverview> {
  const plans = await listCarePlans(db);
  const patients = await db.patients.bulkGet(plans.map((plan) => plan.patientId));
  const withPatients = plans.flatMap((plan, index) => {
    const patient = patients[index];
    return patient?.deletedAt === null ? [{ plan, patient }] : [];
  });
  const planned = new Set<string>(plans.map((plan) => plan.patientId));
  const register = await listPalliativeRegister(db);
  return { plans: withPatients, markedWithoutPlan: register.filter((patient) => !planned.has(patient.id)) };
}
