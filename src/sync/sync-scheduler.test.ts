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
    vi.unstubAllGlobals();
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

  it('starts its first round once the page is idle, and not at all when stopped before', async () => {
    // The page's idle moments, held until the test lets one come.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.splice(handle - 1, 1));
    // Loaded already, so a round started at once would reach the server within a few milliseconds.
    await import('./sync-engine');
    db = new TijdigDb(`scheduler-idle-${crypto.randomUUID()}`);
    const server = busyServer();
    scheduler = startSyncScheduler(db, server.api);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(0);

    idle.shift()?.();
    await vi.waitFor(() => {
      expect(server.requests.length).toBeGreaterThan(0);
    });

    scheduler.stop();
    const stopped = busyServer();
    scheduler = startSyncScheduler(db, stopped.api);
    scheduler.stop();
    expect(idle).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped.requests).toHaveLength(0);
  });
});
