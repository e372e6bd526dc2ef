import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../../domain';
import { useRegisterViewStore } from '../../state/register-view-store';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import { recordSignal } from './register-test-data';
import { useRegisterRows } from './useRegisterRows';

const device = freshDatabasePerTest();

beforeEach(() => {
  useRegisterViewStore.setState({ search: '', filter: 'all', sort: 'name', isDescending: false });
});

async function renderRows() {
  const rendered = renderHook(() => useRegisterRows(), { wrapper: device.wrapper });
  await waitFor(() => {
    expect(rendered.result.current.rows).toBeDefined();
  });
  return rendered;
}

const familyNames = (rows: readonly { familyName: string }[] | undefined) =>
  rows?.map((row) => row.familyName);

describe('useRegisterRows', () => {
  it('has no rows while the patients are loading, so the page can tell that from an empty register', () => {
    const { result } = renderHook(() => useRegisterRows(), { wrapper: device.wrapper });
    expect(result.current.rows).toBeUndefined();
  });

  it('lists the living patients sorted by name and counts them, leaving deleted ones out', async () => {
    await device
      .db()
      .patients.bulkAdd([
        patientRow({ familyName: 'Zwart' }),
        patientRow({ familyName: 'Akkerman' }),
        patientRow({ familyName: 'Verwijderd', deletedAt: '2026-01-06T09:00:00.000Z' as IsoDateTime }),
      ]);
    const { result } = await renderRows();
    expect(familyNames(result.current.rows)).toEqual(['Akkerman', 'Zwart']);
    expect(result.current.total).toBe(2);
  });

  it('follows the search and sort of the register view', async () => {
    await device
      .db()
      .patients.bulkAdd([
        patientRow({ familyName: 'Jansen' }),
        patientRow({ familyName: 'Janssen' }),
        patientRow({ familyName: 'Bakker' }),
      ]);
    const { result } = await renderRows();
    act(() => {
      useRegisterViewStore.getState().update({ search: 'jans', isDescending: true });
    });
    await waitFor(() => {
      expect(familyNames(result.current.rows)).toEqual(['Janssen', 'Jansen']);
    });
    expect(result.current.total).toBe(3);
  });

  it('shows a patient with a new signal in the signals view, from the checklist results', async () => {
    const signalled = patientRow({ familyName: 'Signaal' });
    await device.db().patients.bulkAdd([signalled, patientRow({ familyName: 'Rustig' })]);
    await recordSignal(device.db(), signalled.id);
    const { result } = await renderRows();
    act(() => {
      useRegisterViewStore.getState().update({ filter: 'signalsUnmarked' });
    });
    await waitFor(() => {
      expect(familyNames(result.current.rows)).toEqual(['Signaal']);
    });
    expect(result.current.facts.withNewSignals.has(signalled.id)).toBe(true);
  });

  it('tells twins apart over the whole register, even when a filter hides one of them', async () => {
    const marked = patientRow({ bsn: '123456782', palliativeSince: '2026-01-05' as IsoDate });
    const twin = patientRow({ treatingGp: 'Dr. Oost' });
    const other = patientRow({ familyName: 'Anders' });
    await device.db().patients.bulkAdd([marked, twin, other]);
    useRegisterViewStore.setState({ filter: 'marked' });
    const { result } = await renderRows();
    expect(result.current.rows?.map((row) => row.id)).toEqual([marked.id]);
    expect(result.current.distinctions.get(marked.id)).toEqual({ kind: 'bsn', lastDigits: '782' });
    expect(result.current.distinctions.get(twin.id)).toEqual({ kind: 'treatingGp', name: 'Dr. Oost' });
    expect(result.current.distinctions.has(other.id)).toBe(false);
  });
});
