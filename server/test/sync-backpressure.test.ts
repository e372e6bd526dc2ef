/**
 * Back-pressure as a device meets it: the server turns a push away with 503 and Retry-After; the device
 * keeps its outbox, says when it tries again, and the next round delivers every change.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPatient, TijdigDb } from '../../src/db';
import { createApiClient, type Fetch } from '../../src/sync/api-client';
import { Backoff } from '../../src/sync/backoff';
import { syncOnce } from '../../src/sync/sync-engine';
import { syncStatusStore } from '../../src/sync/sync-status';
import { patientFields } from '../../src/test/factories';
import type { TestClient, TestServer } from './harness';
import { busyAnswer, fetchThrough, practiceForDevices } from './support/device-fetch';

/** Reaches the in-process server with the account's cookie; the first `busy.pushes` pushes get a 503. */
function fetchWithBusyServer(server: TestServer, account: TestClient, busy: { pushes: number }): Fetch {
  return fetchThrough(server, account, (path) => {
    if (!path.endsWith('/api/sync/push') || busy.pushes === 0) return undefined;
    busy.pushes -= 1;
    return busyAnswer(7);
  });
}

describe('a device meeting a busy server', () => {
  const practice = practiceForDevices();

  it('keeps the outbox on a 503, waits as long as Retry-After says, and delivers on the next round', async () => {
    const { server, account } = practice;
    const db = new TijdigDb(`backpressure-${randomUUID()}`);
    const busy = { pushes: 1 };
    const api = createApiClient(fetchWithBusyServer(server, account, busy));
    const now = new Date('2026-11-23T09:00:00.000Z');
    const created = await createPatient(db, patientFields({ familyName: 'Druk' }), now);
    if (!created.ok) throw new Error('patient refused');

    expect(await syncOnce(db, api, () => now, new Backoff())).toBe('serverBusy');
    expect(await db.outbox.count()).toBe(1);
    expect(syncStatusStore.getState()).toMatchObject({
      phase: 'serverBusy',
      retryAt: '2026-11-23T09:00:07.000Z',
    });

    expect(await syncOnce(db, api, () => now, new Backoff())).toBe('idle');
    expect(await db.outbox.count()).toBe(0);
    const stored = await server.db.query('SELECT 1 FROM records WHERE record_id = $1', [created.value.id]);
    expect(stored).toHaveLength(1);
    db.close();
    await db.delete();
  });
});

describe('Backoff', () => {
  it('follows Retry-After, else waits a random time under a doubling ceiling, capped', () => {
    const backoff = new Backoff(() => 0.5);
    expect(backoff.next(7_000)).toBe(7_000);
    expect(backoff.next(null)).toBe(2_000); // half of 2 s * 2^1
    expect(backoff.next(null)).toBe(4_000);
    for (let i = 0; i < 20; i += 1) backoff.next(null);
    expect(backoff.next(null)).toBe(150_000); // half of the 5-minute cap
    backoff.reset();
    expect(backoff.next(null)).toBe(1_000);
  });
});
