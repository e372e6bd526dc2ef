import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, isoDateOf, NO_REGISTER_FACTS } from '../../domain';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import { recordSignal, recordSurpriseNo } from './register-test-data';
import { useRegisterFacts } from './useRegisterFacts';

const device = freshDatabasePerTest();

function renderFacts(isDeferred = false) {
  return renderHook(({ deferred }) => useRegisterFacts(deferred), {
    wrapper: device.wrapper,
    initialProps: { deferred: isDeferred },
  });
}

describe('useRegisterFacts', () => {
  it('finds new signals and suggested conversations in the checklist results on the device', async () => {
    const signalled = patientRow();
    const notSurprised = patientRow();
    await device.db().patients.bulkAdd([signalled, notSurprised]);
    await recordSignal(device.db(), signalled.id);
    await recordSurpriseNo(device.db(), notSurprised.id);
    const { result } = renderFacts();
    await waitFor(() => {
      expect(result.current.suggestions.size).toBe(2);
    });
    expect([...result.current.withNewSignals]).toEqual([signalled.id]);
    expect(result.current.suggestions.get(signalled.id)).toEqual(['newSignals']);
    expect(result.current.suggestions.get(notSurprised.id)).toEqual(['surpriseNo']);
  });

  it('counts deaths of the last 8 weeks as since the last MDO, while no MDO is recorded', async () => {
    const { result } = renderFacts();
    await waitFor(() => {
      expect(result.current).not.toBe(NO_REGISTER_FACTS);
    });
    expect(result.current.deathsAfter).toBe(addDays(isoDateOf(new Date()), -56));
  });

  it('follows a result recorded while the register is open', async () => {
    const patient = patientRow();
    await device.db().patients.add(patient);
    const { result } = renderFacts();
    await waitFor(() => {
      expect(result.current).not.toBe(NO_REGISTER_FACTS);
    });
    expect(result.current.withNewSignals.size).toBe(0);
    await recordSignal(device.db(), patient.id);
    await waitFor(() => {
      expect([...result.current.withNewSignals]).toEqual([patient.id]);
    });
  });

  it('reads nothing while deferred, then the facts once asked', async () => {
    const patient = patientRow();
    await device.db().patients.add(patient);
    await recordSignal(device.db(), patient.id);
    // Beside it, one that is not deferred: once that has read the facts, the deferred one would have too.
    const { result, rerender } = renderHook(
      ({ deferred }) => ({ deferred: useRegisterFacts(deferred), eager: useRegisterFacts(false) }),
      { wrapper: device.wrapper, initialProps: { deferred: true } },
    );
    await waitFor(() => {
      expect(result.current.eager.withNewSignals.size).toBe(1);
    });
    expect(result.current.deferred).toBe(NO_REGISTER_FACTS);
    rerender({ deferred: false });
    await waitFor(() => {
      expect([...result.current.deferred.withNewSignals]).toEqual([patient.id]);
    });
  });
});
