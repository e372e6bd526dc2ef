/**
 * Named operations on patients. The UI calls these and never touches tables: each write validates the
 * record, then writes the row and its outbox mutation in one transaction, so either both land or neither.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  isoDateOf,
  patientSchema,
  validatePatientFields,
  type IsoDateTime,
  type Patient,
  type PatientId,
  type PatientRuleIssue,
} from '../domain';
import type { TijdigDb } from './database';
import { enqueueMutation } from './outbox';
import { classifyStorageError, type StorageFailure } from './storage-errors';

export type WriteError =
  { kind: 'invalid'; issues: PatientRuleIssue[] } | { kind: 'notFound' } | { kind: StorageFailure };

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: WriteError };

/** Fields whose value differs between two versions of a record: what a mutation must carry. */
function changedFields(before: Partial<Patient>, after: Patient): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === 'id' || key === 'createdAt') continue;
    if (before[key as keyof Patient] !== value) changed[key] = value;
  }
  return changed;
}

async function writePatient(
  db: TijdigDb,
  next: Patient,
  previous: Patient | undefined,
): Promise<WriteResult<Patient>> {
  // Belt and braces: the row is checked against the full schema right before it is stored.
  const row = patientSchema.parse(next);
  try {
    await db.transaction('rw', [db.patients, db.outbox, db.meta], async () => {
      await db.patients.put(row);
      await enqueueMutation(db, {
        entity: 'patient',
        recordId: row.id,
        op: row.deletedAt === null ? 'put' : 'delete',
        changed: changedFields(previous ?? {}, row),
        at: row.updatedAt,
      });
    });
    return { ok: true, value: row };
  } catch (error) {
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
}

/** Creates a patient from edited fields. `now` is the moment of saving. */
export async function createPatient(db: TijdigDb, input: unknown, now: Date): Promise<WriteResult<Patient>> {
  const checked = validatePatientFields(input, isoDateOf(now));
  if (!checked.ok) return { ok: false, error: { kind: 'invalid', issues: checked.issues } };
  const at = now.toISOString() as IsoDateTime;
  const patient: Patient = {
    ...checked.value,
    id: uuidv7() as PatientId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  return writePatient(db, patient, undefined);
}

/**
 * Replaces the editable fields of an existing, not deleted patient. The marking date is kept as stored:
 * only the marking feature changes it, so editing an address can never unmark a patient.
 */
export async function updatePatient(
  db: TijdigDb,
  id: PatientId,
  input: Record<string, unknown>,
  now: Date,
): Promise<WriteResult<Patient>> {
  const previous = await getPatient(db, id);
  if (!previous) return { ok: false, error: { kind: 'notFound' } };
  const checked = validatePatientFields(
    { ...input, palliativeSince: previous.palliativeSince },
    isoDateOf(now),
  );
  if (!checked.ok) return { ok: false, error: { kind: 'invalid', issues: checked.issues } };
  const next: Patient = { ...previous, ...checked.value, updatedAt: now.toISOString() as IsoDateTime };
  return writePatient(db, next, previous);
}

/** Deletes a patient as a tombstone: the row stays, marked with the time of deletion. */
export async function deletePatient(db: TijdigDb, id: PatientId, now: Date): Promise<WriteResult<Patient>> {
  const previous = await getPatient(db, id);
  if (!previous) return { ok: false, error: { kind: 'notFound' } };
  const at = now.toISOString() as IsoDateTime;
  return writePatient(db, { ...previous, updatedAt: at, deletedAt: at }, previous);
}

/** One patient, checked against the schema on read; deleted patients count as not found. */
export async function getPatient(db: TijdigDb, id: string): Promise<Patient | undefined> {
  const row = await db.patients.get(id as PatientId);
  // A missing row and a tombstone both read as "not found".
  if (row?.deletedAt !== null) return undefined;
  return patientSchema.parse(row);
}
