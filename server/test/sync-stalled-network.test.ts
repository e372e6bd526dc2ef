/**
 * A device on a network that takes requests and never answers (a weak signal, a stalled proxy): the
 * round ends at the request's deadline as offline instead of waiting for ever (the next round could not
 * start while it waited), nothing of the outbox or the pulled data is lost, and the next round completes.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPatient, getCheckpoint, TijdigDb } from '../../src/db';
import { createApiClient, type Fetch } from '../../src/sync/api-client';
import { Backoff } from '../../src/sync/backoff';
import { syncOnce } from '../../src/sync/sync-engine';
import { syncStatusStore } from '../../src/sync/sync-status';
import { patientFields } from '../../src/test/factories';
import type { TestClient, TestServer } from './harness';
import { fetchThrough, practiceForDevices } from './support/device-fetch';

/**
 * The stalled round's deadline: short, so the test does not wait the app's real one. The round after it runs
 * with the app's own deadline, so a busy test machine's slow answer is not taken for a stall.
 */
const DEADLINE_MS = 50;

/**
 * Reaches the in-process server, except that the first `stalls.count` requests whose path contains
 * `stalls.path` are taken and never answered (until the client's deadline aborts them).
 */
function fetchStalling(
  server: TestServer,
  account: TestClient,
  stalls: { path: string; count: number },
): Fetch {
  const reach = fetchThrough(server, account);
  return (url, init) => {
    if (!url.includes(stalls.path) || stalls.count === 0) return reach(url, init);
    stalls.count -= 1;
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
  };
}

describe('a device whose network stops answering', () => {
  const practice = practiceForDevices();

  it('ends a round whose push gets no answer as offline, keeps the outbox, and delivers in the next round', async () => {
    const { server, account } = practice;
    const db = new TijdigDb(`stalled-push-${randomUUID()}`);
    const stalls = { path: '/api/sync/push', count: 1 };
    const network = fetchStalling(server, account, stalls);
    const api = createApiClient(network, '', { timeoutMs: DEADLINE_MS });
    const now = new Date('2026-11-23T09:00:00.000Z');
    const created = await createPatient(db, patientFields({ familyName: 'Stil' }), now);
    if (!created.ok) throw new Error('patient refused');

    expect(await syncOnce(db, api, () => now, new Backoff())).toBe('offline');
    expect(stalls.count).toBe(0);
    expect(syncStatusStore.getState()).toMatchObject({ phase: 'offline', errorCode: 'timeout' });
    expect(await db.outbox.count()).toBe(1);

    expect(await syncOnce(db, createApiClient(network), () => now, new Backoff())).toBe('idle');
    expect(await db.outbox.count()).toBe(0);
    const stored = await server.db.query('SELECT 1 FROM records WHERE record_id = $1', [created.value.id]);
    expect(stored).toHaveLength(1);
    db.close();
    await db.delete();
  });

  it('ends a round whose pull gets no answer as offline at the stored checkpoint, and the next round catches up', async () => {
    const { server, account } = practice;
    // Another device of the practice has put a patient on the server.
    const other = new TijdigDb(`stalled-other-${randomUUID()}`);
    const otherApi = createApiClient(fetchThrough(server, account));
    const now = new Date('2026-11-23T09:00:00.000Z');
    const created = await createPatient(other, patientFields({ familyName: 'Ver' }), now);
    if (!created.ok) throw new Error('patient refused');
    expect(await syncOnce(other, otherApi, () => now, new Backoff())).toBe('idle');

    const db = new TijdigDb(`stalled-pull-${randomUUID()}`);
    const stalls = { path: '/api/sync/pull', count: 1 };
    const network = fetchStalling(server, account, stalls);
    const api = createApiClient(network, '', { timeoutMs: DEADLINE_MS });

    expect(await syncOnce(db, api, () => now, new Backoff())).toBe('offline');
    expect(stalls.count).toBe(0);
    expect(await getCheckpoint(db)).toBe(0);
    expect(await db.patients.count()).toBe(0);

    expect(await syncOnce(db, createApiClient(network), () => now, new Backoff())).toBe('idle');
    expect(await getCheckpoint(db)).toBeGreaterThan(0);
    expect(await db.patients.get(created.value.id)).toBeDefined();
    for (const device of [other, db]) {
      device.close();
      await device.delete();
    }
  });
});
