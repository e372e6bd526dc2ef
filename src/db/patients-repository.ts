/**
 * Named operations on patients. The UI calls these and never touches tables: each write validates the
 * record, then writes the row and its outbox mutation in one transaction, so either both land or neither.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  isoDateOf,
  MARKING_FIELDS,
  patientSchema,
  validatePatientFields,
  type IsoDateTime,
  type Patient,
  type PatientFields,
  type PatientId,
} from '../domain';
import type { TijdigDb } from './database';
import { findPossibleDuplicate } from './patient-queries';
import { enqueueMutation, outboxTables } from './outbox';
import { classifyStorageError } from './storage-errors';
import type { WriteResult } from './write-result';

type PatientWriteResult = WriteResult<Patient, keyof PatientFields>;

/** Fields whose value differs between two versions of a record: what a mutation must carry. */
function changedFields(before: Partial<Patient>, after: Patient): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === 'id') continue;
    if (before[key as keyof Patient] !== value) changed[key] = value;
  }
  return changed;
}

/**
 * Stores a patient row and queues its changed fields. Only inside a transaction over patients, outbox
 * and meta; other repositories use it to change a patient together with their own records.
 */
export async function storePatient(
  db: TijdigDb,
  next: Patient,
  previous: Patient | undefined,
): Promise<Patient> {
  // Belt and braces: the row is checked against the full schema right before it is stored.
  const row = patientSchema.parse(next);
  await db.patients.put(row);
  await enqueueMutation(db, {
    entity: 'patient',
    recordId: row.id,
    op: row.deletedAt === null ? 'put' : 'delete',
    changed: changedFields(previous ?? {}, row),
    at: row.updatedAt,
  });
  return row;
}

async function writePatient(
  db: TijdigDb,
  next: Patient,
  previous: Patient | undefined,
): Promise<PatientWriteResult> {
  try {
    return await db.transaction(
      'rw',
      [db.patients, ...outboxTables(db)],
      async (): Promise<PatientWriteResult> => {
        // One BSN belongs to one patient of the practice: a second patient with it is refused, not saved.
        const isNewBsn = next.bsn !== null && next.bsn !== previous?.bsn;
        if (isNewBsn && (await findPossibleDuplicate(db, next, next.id))?.reason === 'bsn') {
          return { ok: false, error: { kind: 'invalid', issues: [{ field: 'bsn', code: 'bsn.duplicate' }] } };
        }
        return { ok: true, value: await storePatient(db, next, previous) };
      },
    );
  } catch (error) {
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
}

/** Creates a patient from edited fields. `now` is the moment of saving. */
export async function createPatient(db: TijdigDb, input: unknown, now: Date): Promise<PatientWriteResult> {
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
 * Replaces the editable fields of an existing, not deleted patient. The marking fields are kept as stored:
 * only the marking feature changes them, so editing an address can never unmark a patient.
 */
export async function updatePatient(
  db: TijdigDb,
  id: PatientId,
  input: Record<string, unknown>,
  now: Date,
): Promise<PatientWriteResult> {
  const previous = await getPatient(db, id);
  if (!previous) return { ok: false, error: { kind: 'notFound' } };
  const marking = Object.fromEntries(MARKING_FIELDS.map((field) => [field, previous[field]]));
  const checked = validatePatientFields({ ...input, ...marking }, isoDateOf(now));
  if (!checked.ok) return { ok: false, error: { kind: 'invalid', issues: checked.issues } };
  const next: Patient = { ...previous, ...checked.value, updatedAt: now.toISOString() as IsoDateTime };
  return writePatient(db, next, previous);
}

/** Deletes a patient as a tombstone: the row stays, marked with the time of deletion. */
export async function deletePatient(db: TijdigDb, id: PatientId, now: Date): Promise<PatientWriteResult> {
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
