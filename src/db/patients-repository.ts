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
import { invalid, notFound, runWrite } from './run-write';
import { storeSyncedRecord } from './synced-record';
import type { WriteResult } from './write-result';

type PatientWriteResult = WriteResult<Patient, keyof PatientFields>;

/**
 * Stores a patient row and queues its changed fields. Only inside a transaction over patients and the
 * outbox tables; other repositories use it to change a patient together with their own records.
 */
export function storePatient(db: TijdigDb, next: Patient, previous: Patient | undefined): Promise<Patient> {
  return storeSyncedRecord(db, 'patient', next, previous, next.updatedAt);
}

/** Stores `next` unless its BSN belongs to another patient; inside the caller's runWrite transaction. */
async function storeUnlessDuplicate(
  db: TijdigDb,
  next: Patient,
  previous: Patient | undefined,
): Promise<PatientWriteResult> {
  // One BSN belongs to one patient of the practice: a second patient with it is refused, not saved.
  const isNewBsn = next.bsn !== null && next.bsn !== previous?.bsn;
  if (isNewBsn && (await findPossibleDuplicate(db, next, next.id))?.reason === 'bsn') {
    return invalid([{ field: 'bsn', code: 'bsn.duplicate' }]);
  }
  return { ok: true, value: await storePatient(db, next, previous) };
}

/** Creates a patient from edited fields. `now` is the moment of saving. */
export async function createPatient(db: TijdigDb, input: unknown, now: Date): Promise<PatientWriteResult> {
  const checked = validatePatientFields(input, isoDateOf(now));
  if (!checked.ok) return invalid(checked.issues);
  const at = now.toISOString() as IsoDateTime;
  const patient: Patient = {
    ...checked.value,
    id: uuidv7() as PatientId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  return runWrite(db, [db.patients], () => storeUnlessDuplicate(db, patient, undefined));
}

/**
 * Replaces the editable fields of an existing, not deleted patient. The marking fields are kept as stored:
 * only the marking feature changes them, so editing an address can never unmark a patient.
 */
export function updatePatient(
  db: TijdigDb,
  id: PatientId,
  input: Record<string, unknown>,
  now: Date,
): Promise<PatientWriteResult> {
  // Read inside the write: a change made meanwhile (a marking on another tab) is never overwritten.
  return runWrite(db, [db.patients], async () => {
    const previous = await getPatient(db, id);
    if (!previous) return notFound();
    const marking = Object.fromEntries(MARKING_FIELDS.map((field) => [field, previous[field]]));
    const checked = validatePatientFields({ ...input, ...marking }, isoDateOf(now));
    if (!checked.ok) return invalid(checked.issues);
    const next: Patient = { ...previous, ...checked.value, updatedAt: now.toISOString() as IsoDateTime };
    return storeUnlessDuplicate(db, next, previous);
  });
}

/** Deletes a patient as a tombstone: the row stays, marked with the time of deletion. */
export function deletePatient(db: TijdigDb, id: PatientId, now: Date): Promise<PatientWriteResult> {
  return runWrite(db, [db.patients], async () => {
    const previous = await getPatient(db, id);
    if (!previous) return notFound();
    const at = now.toISOString() as IsoDateTime;
    return storeUnlessDuplicate(db, { ...previous, updatedAt: at, deletedAt: at }, previous);
  });
}

/** One patient, checked against the schema on read; deleted patients count as not found. */
export async function getPatient(db: TijdigDb, id: string): Promise<Patient | undefined> {
  const row = await db.patients.get(id as PatientId);
  // A missing row and a tombstone both read as "not found".
  if (row?.deletedAt !== null) return undefined;
  return patientSchema.parse(row);
}
