import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientRow } from '../test/factories';
import { freshDatabasePerTest } from '../test/database';
import { listPatients, PATIENT_PAGE_ROWS } from './patient-queries';

const device = freshDatabasePerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('listPatients', () => {
  it('reads every row in id order, in pages no larger than PATIENT_PAGE_ROWS', async () => {
    const patients = Array.from({ length: PATIENT_PAGE_ROWS * 2 + 1 }, () => patientRow());
    await device.db().patients.bulkAdd(patients);
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');

    const read = await listPatients(device.db());

    expect(read.map((patient) => patient.id)).toEqual(patients.map((patient) => patient.id).sort());
    const pageSizes = getAll.mock.results.map(
      ({ value }) => ((value as IDBRequest).result as unknown[]).length,
    );
    expect(pageSizes).toEqual([PATIENT_PAGE_ROWS, PATIENT_PAGE_ROWS, 1]);
  });
});
