import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IsoDateTime, Patient } from '../../domain';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import { usePatientMatches } from './usePatientMatches';

const device = freshDatabasePerTest();

/** The matches for `text` once the patients are read (a control patient shows they are). */
async function matchesFor(text: string, patients: Patient[]): Promise<string[]> {
  const control = patientRow({ givenName: 'Controle', familyName: 'Zzcontrole' });
  await device.db().patients.bulkAdd([...patients, control]);
  const { result } = renderHook(
    ({ typed }) => ({ typed: usePatientMatches(typed), control: usePatientMatches('zzcon') }),
    {
      wrapper: device.wrapper,
      initialProps: { typed: text },
    },
  );
  await waitFor(() => {
    expect(result.current.control).toHaveLength(1);
  });
  return result.current.typed.map((patient) => patient.familyName);
}

describe('usePatientMatches', () => {
  it('finds living patients by name, sorted by name, leaving out the deceased, moved and deleted', async () => {
    const names = await matchesFor('jans', [
      patientRow({ familyName: 'Janssen' }),
      patientRow({ familyName: 'Jansen' }),
      patientRow({ familyName: 'Jansma', status: 'deceased' }),
      patientRow({ familyName: 'Jansz', status: 'moved' }),
      patientRow({ familyName: 'Jansonius', deletedAt: '2026-01-06T09:00:00.000Z' as IsoDateTime }),
    ]);
    expect(names).toEqual(['Jansen', 'Janssen']);
  });

  it('offers nothing for fewer than two typed characters', async () => {
    expect(await matchesFor(' j ', [patientRow({ familyName: 'Jansen' })])).toEqual([]);
  });

  it('offers at most eight patients', async () => {
    const many = Array.from({ length: 10 }, (_, index) =>
      patientRow({ familyName: `Bakker${String(index)}` }),
    );
    expect(await matchesFor('bakker', many)).toHaveLength(8);
  });
});
