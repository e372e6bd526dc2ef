import { afterEach, describe, expect, it, vi } from 'vitest';
import { TijdigDb } from '../db';
import { createApiClient } from './api-client';
import { startSyncScheduler, type SyncScheduler } from './sync-scheduler';
import { syncStatusStore } from './sync-status';

/** A server whose back-pressure turns every request away for a minute; counts what reaches it. */
function busyServer() {
  const requests: string[] = [];
  const api = createApiClient((url) => {
    requests.push(url);
    return Promise.resolve(
      new Response(JSON.stringify({ code: 'serverBusy', message: 'The server is busy.' }), {
        status: 503,
        headers: { 'content-type': 'application/json', 'retry-after': '60' },
      }),
    );
  });
  return { api, requests };
}

describe('the sync scheduler and a busy server', () => {
  let scheduler: SyncScheduler | undefined;
  let db: TijdigDb | undefined;

  afterEach(async () => {
    scheduler?.stop();
    db?.close();
    await db?.delete();
    syncStatusStore.setState({ phase: 'idle', retryAt: null });
  });

  it('waits for Retry-After on automatic triggers, and lets a person sync at once', async () => {
    db = new TijdigDb(`scheduler-busy-${crypto.randomUUID()}`);
    const server = busyServer();
    scheduler = startSyncScheduler(db, server.api);
    await vi.waitFor(() => {
      expect(syncStatusStore.getState().phase).toBe('serverBusy');
    });
    const afterFirstRound = server.requests.length;

    // The network coming back is an automatic trigger: it must not press the busy server again.
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(afterFirstRound);

    // "Nu synchroniseren" is a person asking: it goes now.
    await scheduler.syncNow();
    expect(server.requests.length).toBeGreaterThan(afterFirstRound);
  });
});
