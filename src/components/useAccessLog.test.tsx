import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AccessFact } from '../db';
import { freshDatabasePerTest } from '../test/database';
import { useAccessLog } from './useAccessLog';

const VIEW: AccessFact = { event: 'patient.view', action: 'R', patientId: 'p-1', recordPart: 'patient' };

const device = freshDatabasePerTest();

function renderAccessLog(initialProps: { fact: AccessFact | null; key: string }) {
  return renderHook(
    ({ fact, key }) => {
      useAccessLog(fact, key);
    },
    { wrapper: device.wrapper, initialProps },
  );
}

async function loggedPatients(count: number) {
  return (await device.auditQueueOf(count)).map((entry) => entry.patientId);
}

describe('useAccessLog', () => {
  it('logs an access once per key: again for another patient, not on every render', async () => {
    const { rerender } = renderAccessLog({ fact: VIEW, key: 'p-1' });
    expect(await loggedPatients(1)).toEqual(['p-1']);
    rerender({ fact: { ...VIEW }, key: 'p-1' });
    rerender({ fact: { ...VIEW, patientId: 'p-2' }, key: 'p-2' });
    expect((await loggedPatients(2)).sort()).toEqual(['p-1', 'p-2']);
  });

  it('logs nothing while there is nothing to log, then the access once it is known', async () => {
    const { rerender } = renderAccessLog({ fact: null, key: 'loading' });
    rerender({ fact: VIEW, key: 'p-1' });
    expect(await loggedPatients(1)).toEqual(['p-1']);
  });
});
