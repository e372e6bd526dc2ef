/**
 * A fresh device database for each test of a file (closed and deleted after it), and a wrapper that gives
 * it to a hook under test, as DatabaseProvider gives it to the app.
 */
import { waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect } from 'vitest';
import { TijdigDb } from '../db';
import type { DeviceAuditEvent } from '../domain';
import { DatabaseProvider } from '../providers/DatabaseProvider';

export interface TestDatabase {
  /** This test's database. */
  db: () => TijdigDb;
  /** For `renderHook(..., { wrapper })`. */
  wrapper: (props: { children: ReactNode }) => ReactNode;
  /** The access-log entries queued on the device, once there are `count` of them. */
  auditQueueOf: (count: number) => Promise<DeviceAuditEvent[]>;
}

export function freshDatabasePerTest(): TestDatabase {
  let current: TijdigDb | null = null;
  const db = () => {
    if (!current) throw new Error('the test database opens in beforeEach');
    return current;
  };
  beforeEach(async () => {
    current = new TijdigDb(`test-${crypto.randomUUID()}`);
    await current.open();
  });
  afterEach(async () => {
    const closing = db();
    current = null;
    closing.close();
    await Dexie.delete(closing.name);
  });
  return {
    db,
    wrapper: ({ children }) => <DatabaseProvider db={db()}>{children}</DatabaseProvider>,
    auditQueueOf: async (count) => {
      await waitFor(async () => {
        expect(await db().auditQueue.count()).toBe(count);
      });
      return db().auditQueue.toArray();
    },
  };
}
