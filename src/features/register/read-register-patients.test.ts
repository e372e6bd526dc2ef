import { describe, expect, it, vi } from 'vitest';
import type { IsoDate, IsoDateTime } from '../../domain';
import { distinctionsOf, selectRegisterRows } from '../../domain';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import {
  DEFAULT_REGISTER_QUERY,
  isDefaultRegisterQuery,
  prepareRegisterKeys,
  readRegisterPatients,
} from './read-register-patients';

const yields = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/yield-to-main', () => ({
  yieldToMain: () => {
    yields.count += 1;
    return Promise.resolve();
  },
}));

// The real domain, with distinctionsOf watched: the read must hand it the twins only, not every patient.
vi.mock('../../domain', async (importActual) => {
  const actual = await importActual<typeof import('../../domain')>();
  return { ...actual, distinctionsOf: vi.fn(actual.distinctionsOf) };
});

const device = freshDatabasePerTest();

describe('readRegisterPatients', () => {
  it('gives the default view, the total and the twins as the register computed them in its render', async () => {
    const born = '1950-03-01' as IsoDate;
    const patients = [
      patientRow({ familyName: 'Zwart' }),
      patientRow({ familyName: 'de Boer', givenName: 'Anna', birthDate: born, bsn: '111222333' }),
      patientRow({ familyName: 'de Boer', givenName: 'Anna', birthDate: born, bsn: '444555666' }),
      patientRow({ familyName: 'Akkerman', deletedAt: '2026-01-06T09:00:00.000Z' as IsoDateTime }),
    ];
    await device.db().patients.bulkAdd(patients);

    const read = await readRegisterPatients(device.db());

    const living = read.patients.filter((patient) => patient.deletedAt === null);
    expect(read.patients).toHaveLength(4);
    expect(read.total).toBe(3);
    expect(read.defaultRows).toEqual(selectRegisterRows(read.patients, DEFAULT_REGISTER_QUERY));
    expect(read.defaultRows.map((row) => row.familyName)).toEqual(['de Boer', 'de Boer', 'Zwart']);
    expect(read.distinctions).toEqual(distinctionsOf(living));
    expect(read.distinctions.size).toBe(2);
  });

  it('computes the distinctions over the twins alone, found while the keys are built', async () => {
    const born = '1950-03-01' as IsoDate;
    const twin = { familyName: 'de Boer', givenName: 'Anna', birthDate: born };
    await device
      .db()
      .patients.bulkAdd([
        patientRow({ familyName: 'Zwart' }),
        patientRow({ ...twin, bsn: '111222333' }),
        patientRow({ ...twin, bsn: '444555666' }),
        patientRow({ ...twin, deletedAt: '2026-01-06T09:00:00.000Z' as IsoDateTime }),
        patientRow({ familyName: 'Akkerman' }),
      ]);
    vi.mocked(distinctionsOf).mockClear();

    const read = await readRegisterPatients(device.db());

    expect(vi.mocked(distinctionsOf).mock.calls.map(([patients]) => patients.length)).toEqual([2]);
    expect(read.total).toBe(4);
    expect([...read.distinctions.values()].map((distinction) => distinction.kind)).toEqual(['bsn', 'bsn']);
  });
});

describe('prepareRegisterKeys', () => {
  it('builds the keys of a large register a chunk at a time, yielding between the chunks', async () => {
    yields.count = 0;
    await prepareRegisterKeys(Array.from({ length: 1001 }, () => patientRow()));
    expect(yields.count).toBe(2);
  });
});

describe('isDefaultRegisterQuery', () => {
  it('takes a search of spaces for no search, and any other filter, sort or direction for another view', () => {
    expect(isDefaultRegisterQuery({ ...DEFAULT_REGISTER_QUERY, search: '  ' })).toBe(true);
    expect(isDefaultRegisterQuery({ ...DEFAULT_REGISTER_QUERY, search: 'jan' })).toBe(false);
    expect(isDefaultRegisterQuery({ ...DEFAULT_REGISTER_QUERY, filter: 'marked' })).toBe(false);
    expect(isDefaultRegisterQuery({ ...DEFAULT_REGISTER_QUERY, sort: 'birthDate' })).toBe(false);
    expect(isDefaultRegisterQuery({ ...DEFAULT_REGISTER_QUERY, isDescending: true })).toBe(false);
  });
});
