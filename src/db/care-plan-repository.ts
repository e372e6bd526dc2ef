/**
 * Saving a care plan. Every save that changes something is a version: the plan row, a version record with
 * the whole plan, who saved it and when, and both outbox mutations are written in one transaction, so a
 * plan never changes without its trace (and a refused or failed save leaves nothing behind).
 */
import { v7 as uuidv7 } from 'uuid';
import {
  carePlanSchema,
  carePlanVersionSchema,
  diffCarePlans,
  isoDateOf,
  newCarePlan,
  validateCarePlanFields,
  type Author,
  type CarePlan,
  type CarePlanId,
  type CarePlanVersionId,
  type CarePlanVersionRecord,
  type IsoDateTime,
} from '../domain';
import type { TijdigDb } from './database';
import { enqueueMutation, outboxTables } from './outbox';
import { getPatient } from './patients-repository';
import { classifyStorageError } from './storage-errors';
import { changedFields } from './synced-record';
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
): Promise<CarePlanWriteResult> {
  const checked = validateCarePlanFields(input, isoDateOf(now));
  if (!checked.ok) return { ok: false, error: { kind: 'invalid', issues: checked.issues } };
  const at = now.toISOString() as IsoDateTime;
  try {
    return await db.transaction(
      'rw',
      [db.patients, db.carePlans, db.carePlanVersions, ...outboxTables(db)],
      async (): Promise<CarePlanWriteResult> => {
        const patient = await getPatient(db, patientId);
        const previous = await db.carePlans.get(patientId as CarePlanId);
        if (!patient || (previous && previous.deletedAt !== null))
          return { ok: false, error: { kind: 'notFound' } };
        if (previous && diffCarePlans(previous, checked.value).length === 0)
          return { ok: true, value: previous };
        const base = previous ?? newCarePlan(patient.id, author, at);
        // Belt and braces: row and version are checked against their full schemas right before storing.
        const plan = carePlanSchema.parse({ ...base, ...checked.value, author, updatedAt: at });
        await db.carePlans.put(plan);
        await enqueueMutation(db, {
          entity: 'carePlan',
          recordId: plan.id,
          op: 'put',
          changed: changedFields(previous, plan),
          at,
        });
        await addCarePlanVersion(db, plan, author, at);
        return { ok: true, value: plan };
      },
    );
  } catch (error) {
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
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
  const version: CarePlanVersionRecord = carePlanVersionSchema.parse({
    id: uuidv7() as CarePlanVersionId,
    carePlanId: plan.id,
    patientId: plan.patientId,
    plan,
    author,
    savedAt: at,
  });
  await db.carePlanVersions.add(version);
  const { id, ...versionFields } = version;
  await enqueueMutation(db, {
    entity: 'carePlanVersion',
    recordId: id,
    op: 'put',
    changed: versionFields,
    at,
  });
}
