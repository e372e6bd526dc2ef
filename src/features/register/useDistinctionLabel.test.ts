import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IsoDate, PatientDistinction } from '../../domain';
import { i18n } from '../../i18n';
import { useDistinctionLabel } from './useDistinctionLabel';

afterEach(async () => {
  await i18n.changeLanguage('nl');
});

describe('useDistinctionLabel', () => {
  it.each([
    [{ kind: 'bsn', lastDigits: '782' }, 'BSN …782'],
    [{ kind: 'treatingGp', name: 'Dr. Oost' }, 'huisarts Dr. Oost'],
    [{ kind: 'homeCare', name: 'Buurtzorg Noord' }, 'thuiszorg Buurtzorg Noord'],
    [{ kind: 'addedOn', date: '2026-03-07' as IsoDate }, 'toegevoegd 07-03-2026'],
  ] as [PatientDistinction, string][])('says %j in Dutch as "%s"', (distinction, label) => {
    const { result } = renderHook(() => useDistinctionLabel());
    expect(result.current(distinction)).toBe(label);
  });

  it('follows a switch of language', async () => {
    const { result } = renderHook(() => useDistinctionLabel());
    await act(() => i18n.changeLanguage('en'));
    expect(result.current({ kind: 'treatingGp', name: 'Dr. Oost' })).toBe('GP Dr. Oost');
  });
});
