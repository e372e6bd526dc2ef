/**
 * Saving a care plan. Every save that changes something is a version: the plan row, a version record with
 * the whole plan, who saved it and when, and both outbox mutations are written in one transaction, so a
 * plan never changes without its trace (and a refused or failed save leaves nothing behind).
 */
import { v7 as uuidv7 } from 'uuid';
import {
  diffCarePlans,
  isoDateOf,
  newCarePlan,
  REMOVAL_ON_BEHALF_FIELD,
  validateCarePlanFields,
  type Author,
  type CarePlan,
  type CarePlanId,
  type CarePlanVersionId,
  type CarePlanVersionRecord,
  type IsoDateTime,
  type OnBehalfOf,
} from '../domain';
import type { TijdigDb } from './database';
import { getPatient } from './patients-repository';
import { invalid, notFound, runWrite } from './run-write';
import { storeSyncedRecord } from './synced-record';
import type { WriteResult } from './write-result';

export type CarePlanWriteResult = WriteResult<CarePlan>;

/**
 * Saves the edited fields of a patient's care plan as `author` at `now`. The fields are checked with the
 * plan's schema and rules of that day: a `concept` plan only against the rules every plan must meet, a
 * `vastgesteld` plan also for completeness. A save that changes no fact writes nothing and answers the
 * stored plan. Refused: `invalid` with every field path and code; `notFound` when the patient does not
 * exist or the plan was deleted.
 */
export async function saveCarePlan(
  db: TijdigDb,
  patientId: string,
  input: unknown,
  author: Author,
  now: Date,
  /**
   * For a POH: the huisarts namens whom the save records its medical decisions. The decisions themselves
   * carry it; it travels with the change too, for what the save removes (an other limit), which has no
   * place to carry it (REMOVAL_ON_BEHALF_FIELD).
   */
  onBehalfOf: OnBehalfOf | null = null,
): Promise<CarePlanWriteResult> {
  const checked = validateCarePlanFields(input, isoDateOf(now));
  if (!checked.ok) return invalid(checked.issues);
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.patients, db.carePlans, db.carePlanVersions], async () => {
    const patient = await getPatient(db, patientId);
    const previous = await db.carePlans.get(patientId as CarePlanId);
    if (!patient || (previous && previous.deletedAt !== null)) return notFound();
    if (previous && diffCarePlans(previous, checked.value).length === 0) return { ok: true, value: previous };
    const base = previous ?? newCarePlan(patient.id, author, at);
    // Checked against the full schema by storeSyncedRecord, as the version is, right before storing.
    const next: CarePlan = { ...base, ...checked.value, author, updatedAt: at };
    const claim = onBehalfOf === null ? undefined : { [REMOVAL_ON_BEHALF_FIELD]: onBehalfOf };
    const plan = await storeSyncedRecord(db, 'carePlan', next, previous, at, claim);
    await addCarePlanVersion(db, plan, author, at);
    return { ok: true, value: plan };
  });
}

/**
 * Records `plan` as it now stands as a new version saved by `author` at `at`, with its outbox mutation. Runs
 * inside the caller's transaction (which must include carePlanVersions and the outbox tables): every
 * change of a plan, a save or the resolution of a sync conflict, leaves a version equal to the plan.
 */
export async function addCarePlanVersion(
  db: TijdigDb,
  plan: CarePlan,
  author: Author,
  at: IsoDateTime,
): Promise<void> {
  const version = {
    id: uuidv7() as CarePlanVersionId,
    carePlanId: plan.id,
    patientId: plan.patientId,
    plan,
    author,
    savedAt: at,
  } as CarePlanVersionRecord;
  // A version is never changed or deleted: it is stored once, whole.
  await storeSyncedRecord(db, 'carePlanVersion', version, undefined, at);
}
