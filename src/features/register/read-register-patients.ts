import { listPatientsWithGeneration, type TijdigDb } from '../../db';
import {
  distinctionsOf,
  nameKeyOf,
  selectRegisterRows,
  twinCollector,
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
 * with a yield between chunks, and finds the living patients that have a twin on the way (twinCollector).
 * Done in the render, the keys of 10,000 patients were one task of some 250 ms at 4x CPU; built here,
 * sorting only looks them up, and the twins' distinctions are computed over those few patients: grouping
 * all 10,000 at once after the keys was one task of ~80 ms at 4x (list.patients-10k profile, while scrolling).
 * @returns the living patients that share their name and birth date with another living patient
 */
export async function prepareRegisterKeys(patients: readonly Patient[]): Promise<Patient[]> {
  const twins = twinCollector<Patient>();
  for (let start = 0; start < patients.length; start += KEY_CHUNK_ROWS) {
    if (start > 0) await yieldToMain();
    const chunk = patients.slice(start, start + KEY_CHUNK_ROWS);
    for (const patient of chunk) nameKeyOf(patient);
    twins.add(chunk.filter((patient) => patient.deletedAt === null));
  }
  return twins.members();
}

/**
 * The register's live read. The keys are built in chunks and the default view is sorted here, each step
 * its own task, so the render that shows the live rows only picks them up: in one render, keys, twins
 * and sort of 10,000 patients were one task of several hundred milliseconds at 4x CPU.
 */
export async function readRegisterPatients(db: TijdigDb): Promise<RegisterRead> {
  const { patients, generation } = await listPatientsWithGeneration(db);
  const twins = await prepareRegisterKeys(patients);
  const total = patients.filter((patient) => patient.deletedAt === null).length;
  // Over the whole register, not only the rows in view: a twin hidden by a filter is still a twin.
  const distinctions = distinctionsOf(twins);
  await yieldToMain();
  const defaultRows = selectRegisterRows(patients, DEFAULT_REGISTER_QUERY);
  return { patients, generation, total, distinctions, defaultRows };
}
