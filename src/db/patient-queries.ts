/**
 * Reads for the register. Kept apart from the write operations so the first screen loads without the
 * schema library: these reads return rows that were validated when they were written.
 */
import { Dexie } from 'dexie';
import type { Patient } from '../domain';
import type { TijdigDb } from './database';
import { readPatientsGeneration } from './patients-generation';

/**
 * Rows read per IndexedDB request. Unpacking a result (the structured clone) and starting its decryption is
 * one task: about 200 ms at 4x CPU for 10,000 patients in one getAll, and still 80-100 ms for a page of
 * 1,000 (list.patients-10k profile, scrolling while the live read ran). At 400 each page stays a short task.
 */
export const PATIENT_PAGE_ROWS = 400;

/**
 * Every patient row, tombstones included, in id order, for the register to filter in memory; read in
 * pages (each its own read, so it is decrypted through WebCrypto, see encryption/middleware.ts). Inside a
 * live query every page is observed, so a write between two pages reads the table again.
 * Not schema-checked per row: 10,000 parses on every change would make the list sluggish, and every row
 * was checked when it was written.
 */
export async function listPatients(db: TijdigDb): Promise<Patient[]> {
  const rows: Patient[] = [];
  for (;;) {
    const last = rows.at(-1);
    const page = await (last ? db.patients.where('id').above(last.id) : db.patients.orderBy('id'))
      .limit(PATIENT_PAGE_ROWS)
      .toArray();
    rows.push(...page);
    if (page.length < PATIENT_PAGE_ROWS) return rows;
  }
}

/**
 * Every patient row (as listPatients) with the patients generation read just before them, for the register
 * to tag the snapshot it builds from them (register-snapshot.ts). Read first: a write that lands after
 * the rows were read still changes the generation, so the snapshot is never newer-tagged than its rows.
 */
export async function listPatientsWithGeneration(
  db: TijdigDb,
): Promise<{ patients: Patient[]; generation: string | null }> {
  const generation = readPatientsGeneration(db.name);
  return { patients: await listPatients(db), generation };
}

/**
 * The palliative register: living, not deleted patients with a marking, by marking date, straight from the
 * sparse index on status and marking date.
 */
export async function listPalliativeRegister(db: TijdigDb): Promise<Patient[]> {
  // Rows without a marking have a null key part and are not in the index at all: this reads only the
  // living marked patients (a deceased one is never decrypted just to be dropped).
  const rows = await db.patients
    .where('[status+palliativeSince]')
    .between(['active', Dexie.minKey], ['active', Dexie.maxKey])
    .toArray();
  return rows.filter((row) => row.deletedAt === null);
}

export interface PossibleDuplicate {
  patient: Patient;
  /** `bsn`: the same BSN (refused); `nameAndBirth`: the same name and birth date (a warning). */
  reason: 'bsn' | 'nameAndBirth';
}

const sameText = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * A patient in the register (not deleted, not `exceptId`) who may be the same person as `fields`: first
 * one with the same BSN, else one with the same name and birth date; null when there is none.
 */
export async function findPossibleDuplicate(
  db: TijdigDb,
  fields: Pick<Patient, 'givenName' | 'namePrefix' | 'familyName' | 'birthDate' | 'bsn'>,
  exceptId?: string,
): Promise<PossibleDuplicate | null> {
  const others = await db.patients.filter((row) => row.deletedAt === null && row.id !== exceptId).toArray();
  const byBsn = fields.bsn ? others.find((row) => row.bsn === fields.bsn) : undefined;
  if (byBsn) return { patient: byBsn, reason: 'bsn' };
  const byName = others.find(
    (row) =>
      row.birthDate === fields.birthDate &&
      sameText(row.givenName, fields.givenName) &&
      sameText(row.namePrefix, fields.namePrefix) &&
      sameText(row.familyName, fields.familyName),
  );
  return byName ? { patient: byName, reason: 'nameAndBirth' } : null;
}
