import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyPulledChanges,
  createPatient,
  deletePatient,
  readRegisterSnapshot,
  recordMarking,
  updatePatient,
  type RegisterRow,
} from '../../db';
import type { PatientId, PullResponse } from '../../domain';
import { useRegisterViewStore } from '../../state/register-view-store';
import { freshDatabasePerTest } from '../../test/database';
import { palliativeMarking, patientFields, patientRow } from '../../test/factories';
import { useRegisterRows } from './useRegisterRows';
import { SNAPSHOT_ROWS, useStoredRegisterSnapshot } from './useRegisterSnapshot';

const device = freshDatabasePerTest();
const now = new Date('2026-11-23T10:00:00Z');

beforeEach(() => {
  useRegisterViewStore.setState({ search: '', filter: 'all', sort: 'name', isDescending: false });
});

/** Waits until the stored snapshot is the first screen of the rows the register shows now. */
async function expectSnapshotOf(rows: () => readonly RegisterRow[] | undefined, total: () => number) {
  await waitFor(async () => {
    const snapshot = await readRegisterSnapshot(device.db());
    const live = rows();
    expect(live).toBeDefined();
    expect(snapshot?.total).toBe(total());
    expect(snapshot?.rows.map((row) => [row.id, row.familyName, row.palliativeSince])).toEqual(
      live?.slice(0, SNAPSHOT_ROWS).map((row) => [row.id, row.familyName, row.palliativeSince]),
    );
  });
}

async function created(familyName: string): Promise<PatientId> {
  const result = await createPatient(device.db(), patientFields({ familyName }), now);
  if (!result.ok) throw new Error('setup failed');
  return result.value.id;
}

describe('the register snapshot', () => {
  it('follows the register after every kind of patient write', async () => {
    const db = device.db();
    await db.patients.bulkAdd(
      Array.from({ length: SNAPSHOT_ROWS + 5 }, (_, index) =>
        patientRow({ familyName: `Patiënt ${String(index).padStart(2, '0')}` }),
      ),
    );
    const { result } = renderHook(() => useRegisterRows(), { wrapper: device.wrapper });
    const rows = () => result.current.rows;
    const total = () => result.current.total;
    await expectSnapshotOf(rows, total);

    const akkerman = await created('Akkerman');
    await expectSnapshotOf(rows, total);
    expect(rows()?.[0]?.familyName).toBe('Akkerman');

    await updatePatient(db, akkerman, patientFields({ familyName: 'Aalders' }), now);
    await expectSnapshotOf(rows, total);
    expect(rows()?.[0]?.familyName).toBe('Aalders');

    const marking = palliativeMarking();
    const author = { name: 'H. Bakker', role: 'huisarts' } as const;
    await recordMarking(db, { patientId: akkerman, date: '2026-11-20', change: marking, author }, now);
    await expectSnapshotOf(rows, total);
    expect(rows()?.[0]?.palliativeSince).toBe('2026-11-20');

    await deletePatient(db, akkerman, now);
    await expectSnapshotOf(rows, total);
    expect(rows()?.map((row) => row.id)).not.toContain(akkerman);

    const pulled = patientRow({ familyName: 'Abbas' });
    const pull: PullResponse = {
      changes: [{ entity: 'patient', recordId: pulled.id, rev: 3, seq: 1, isDeleted: false, data: pulled }],
      next: 1,
      hasMore: false,
      isSnapshot: false,
    };
    await applyPulledChanges(db, pull);
    await expectSnapshotOf(rows, total);
    expect(rows()?.[0]?.familyName).toBe('Abbas');
  });

  it('keeps only what a row shows: no BSN, address or contact', async () => {
    await device.db().patients.add(patientRow({ familyName: 'Vries', bsn: '123456782' }));
    renderHook(() => useRegisterRows(), { wrapper: device.wrapper });
    await waitFor(async () => {
      expect((await readRegisterSnapshot(device.db()))?.rows).toHaveLength(1);
    });
    const [row] = (await readRegisterSnapshot(device.db()))?.rows ?? [];
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'birthDate',
      'deathDate',
      'diagnosisText',
      'dyingPhaseSince',
      'familyName',
      'givenName',
      'id',
      'markingOnBehalfOf',
      'namePrefix',
      'palliativeSince',
      'registerColour',
      'status',
      'treatingGp',
    ]);
  });

  it('is handed to the register only while its live rows are loading', async () => {
    await device.db().patients.add(patientRow({ familyName: 'Vries' }));
    const register = renderHook(() => useRegisterRows(), { wrapper: device.wrapper });
    await waitFor(async () => {
      expect(await readRegisterSnapshot(device.db())).not.toBeNull();
    });
    register.unmount();

    const waiting = renderHook(() => useStoredRegisterSnapshot(true), { wrapper: device.wrapper });
    await waitFor(() => {
      expect(waiting.result.current.snapshot?.rows.map((row) => row.familyName)).toEqual(['Vries']);
    });
    const loaded = renderHook(() => useStoredRegisterSnapshot(false), { wrapper: device.wrapper });
    expect(loaded.result.current.snapshot).toBeNull();
  });
});
