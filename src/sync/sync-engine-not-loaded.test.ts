/**
 * The sync engine is a lazy chunk (load-sync-engine.ts). When that chunk cannot be fetched, a sync round
 * becomes a status the UI shows in Dutch (SyncPage.test.tsx), and the changes waiting in the outbox stay.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPendingMutations, createPatient, TijdigDb } from '../db';
import { patientFields } from '../test/factories';
import { createApiClient } from './api-client';
import { SYNC_NOT_LOADED } from './load-sync-engine';
import { startSyncScheduler, type SyncScheduler } from './sync-scheduler';
import { syncStatusStore } from './sync-status';

// As a browser does when a dynamically imported chunk cannot be fetched.
vi.mock('./sync-engine', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a sync engine that does not load', () => {
  let scheduler: SyncScheduler | undefined;
  let db: TijdigDb | undefined;

  afterEach(async () => {
    scheduler?.stop();
    db?.close();
    await db?.delete();
    syncStatusStore.setState({ phase: 'idle', errorCode: null, retryAt: null });
  });

  it('ends the round in an error the status can show, sends nothing and keeps the waiting change', async () => {
    db = new TijdigDb(`engine-missing-${crypto.randomUUID()}`);
    await db.open();
    await createPatient(db, patientFields(), new Date('2026-12-01T10:00:00Z'));
    const fetchSpy = vi.fn<typeof fetch>();
    scheduler = startSyncScheduler(db, createApiClient(fetchSpy));

    await vi.waitFor(() => {
      expect(syncStatusStore.getState()).toMatchObject({ phase: 'error', errorCode: SYNC_NOT_LOADED });
    });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await countPendingMutations(db)).toBe(1);

    // A later round (here: a person's "Nu synchroniseren") tries to load it again, and ends the same way.
    syncStatusStore.setState({ phase: 'idle', errorCode: null });
    await scheduler.syncNow();
    expect(syncStatusStore.getState().errorCode).toBe(SYNC_NOT_LOADED);
  });
});
