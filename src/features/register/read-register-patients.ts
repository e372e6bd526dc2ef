import { listPatientsWithGeneration, type TijdigDb } from '../../db';
import {
  distinctionsOf,
  nameKeyOf,
  selectRegisterRows,
  twinKeyOf,
  type Patient,
  type PatientDistinction,
  type RegisterQuery,
} from '../../domain';
import { yieldToMain } from '../../lib/yield-to-main';

/** Rows whose keys are built per turn: a few tens of milliseconds at 4x CPU, well under a long task. */
const KEY_CHUNK_ROWS = 500;

/** The view every opening of the register starts with: everyone, by name, ascending. */
export const DEFAULT_REGISTER_QUERY: RegisterQuery = {
  search: '',
  filter: 'all',
  sort: 'name',
  isDescending: false,
};

/** Whether `query` shows what DEFAULT_REGISTER_QUERY does (a search of spaces searches nothing). */
export function isDefaultRegisterQuery(query: RegisterQuery): boolean {
  return (
    query.search.trim() === '' &&
    query.filter === DEFAULT_REGISTER_QUERY.filter &&
    query.sort === DEFAULT_REGISTER_QUERY.sort &&
    query.isDescending === DEFAULT_REGISTER_QUERY.isDescending
  );
}

/** What the register reads: the rows, and what it would otherwise compute from them in one render. */
export interface RegisterRead {
  /** Every patient row, tombstones included (listPatients). */
  patients: Patient[];
  /** The patients generation read just before the rows (see listPatientsWithGeneration). */
  generation: string | null;
  /** How many patients are not deleted: the register's total. */
  total: number;
  /** What tells twins apart, over all living patients (distinctionsOf). */
  distinctions: Map<string, PatientDistinction>;
  /** The rows of DEFAULT_REGISTER_QUERY, in order (selectRegisterRows). */
  defaultRows: Patient[];
}

/**
 * Builds every row's name sort key and twin key (both memoised per row in the domain) a chunk at a time,
 * with a yield between chunks. Done in the render, the keys of 10,000 patients were one task of some
 * 250 ms at 4x CPU; built here, sorting and finding twins only look them up.
 */
export async function prepareRegisterKeys(patients: readonly Patient[]): Promise<void> {
  for (let start = 0; start < patients.length; start += KEY_CHUNK_ROWS) {
    if (start > 0) await yieldToMain();
    for (const patient of patients.slice(start, start + KEY_CHUNK_ROWS)) {
      nameKeyOf(patient);
      twinKeyOf(patient);
    }
  }
}

/**
 * The register's live read. The keys are built in chunks and the default view is sorted here, each step
 * its own task, so the render that shows the live rows only picks them up: in one render, keys, twins
 * and sort of 10,000 patients were one task of several hundred milliseconds at 4x CPU.
 */
export async function readRegisterPatients(db: TijdigDb): Promise<RegisterRead> {
  const { patients, generation } = await listPatientsWithGeneration(db);
  await prepareRegisterKeys(patients);
  const living = patients.filter((patient) => patient.deletedAt === null);
  // Over the whole register, not only the rows in view: a twin hidden by a filter is still a twin.
  const distinctions = distinctionsOf(living);
  await yieldToMain();
  const defaultRows = selectRegisterRows(patients, DEFAULT_REGISTER_QUERY);
  return { patients, generation, total: living.length, distinctions, defaultRows };
}
