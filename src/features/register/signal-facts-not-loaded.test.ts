/**
 * The checklist definitions behind the register's signal views are a lazy chunk (signal-facts.ts). When it
 * cannot be fetched, those views stay empty instead of failing, and the next change of the results asks
 * for the chunk again.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NO_REGISTER_FACTS } from '../../domain';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import { recordSignal } from './register-test-data';
import { useRegisterFacts } from './useRegisterFacts';

const attempts = vi.hoisted(() => ({ count: 0 }));

// As a browser does when a dynamically imported chunk cannot be fetched.
vi.mock('./signal-facts', () => {
  attempts.count += 1;
  throw new TypeError('Failed to fetch dynamically imported module');
});

const device = freshDatabasePerTest();

describe('checklist definitions that do not load', () => {
  it('leaves the signal facts empty, and tries again when a result is recorded', async () => {
    const patient = patientRow();
    await device.db().patients.add(patient);
    await recordSignal(device.db(), patient.id);
    const { result } = renderHook(() => useRegisterFacts(), { wrapper: device.wrapper });
    await waitFor(() => {
      expect(attempts.count).toBeGreaterThan(0);
    });
    const before = attempts.count;

    await recordSignal(device.db(), patient.id);
    await waitFor(() => {
      expect(attempts.count).toBeGreaterThan(before);
    });
    expect(result.current).toBe(NO_REGISTER_FACTS);
  });
});
