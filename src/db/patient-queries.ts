/**
 * Reads for the register. Kept apart from the write operations so the first screen loads without the
 * schema library: these reads return rows that were validated when they were written.
 */
import type { Patient } from '../domain';
import type { TijdigDb } from './database';

/**
 * Every patient row, tombstones included, for the register to filter in memory.
 * Not schema-checked per row: 10,000 parses on every change would make the list sluggish, and every row
 * was checked when it was written.
 */
export function listPatients(db: TijdigDb): Promise<Patient[]> {
  return db.patients.toArray();
}

/** The palliative register: living, not deleted patients with a marking, straight from the sparse index. */
export async function listPalliativeRegister(db: TijdigDb): Promise<Patient[]> {
  // Rows without a marking have a null key and are not in the index at all, so this reads only the marked.
  const rows = await db.patients.orderBy('palliativeSince').toArray();
  return rows.filter((row) => row.deletedAt === null && row.status === 'active');
}
