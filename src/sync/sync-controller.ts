/**
 * The one running sync scheduler of this page, started when someone is signed in and stopped at
 * sign-out. Kept outside React so "Nu synchroniseren" and logout reach it from anywhere.
 */
import type { TijdigDb } from '../db';
import type { ApiClient } from './api-client';
import { startSyncScheduler, type SyncScheduler } from './sync-scheduler';

let current: SyncScheduler | null = null;

export function startSync(db: TijdigDb, api: ApiClient): void {
  current?.stop();
  current = startSyncScheduler(db, api);
}

export function stopSync(): void {
  current?.stop();
  current = null;
}

/** Syncs now; resolves when the round is done (at once when nobody is signed in). */
export function syncNow(): Promise<void> {
  return current?.syncNow() ?? Promise.resolve();
}
