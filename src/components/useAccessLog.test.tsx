import { renderHook, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TijdigDb, type AccessFact } from '../db';
import { DatabaseProvider } from '../providers/DatabaseProvider';
import { useAccessLog } from './useAccessLog';

const VIEW: AccessFact = { event: 'patient.view', action: 'R', patientId: 'p-1', recordPart: 'patient' };

let db: TijdigDb;
beforeEach(async () => {
  db = new TijdigDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function renderAccessLog(initial: { fact: AccessFact | null; key: string }) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>{children}</DatabaseProvider>
  );
  return renderHook(
    ({ fact, key }) => {
      useAccessLog(fact, key);
    },
    { wrapper, initialProps: initial },
  );
}

async function loggedPatients(count: number) {
  await waitFor(async () => {
    expect(await db.auditQueue.count()).toBe(count);
  });
  return (await db.auditQueue.toArray()).map((entry) => entry.patientId);
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
