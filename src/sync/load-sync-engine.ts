/**
 * The sync engine loads on demand: it brings the zod schemas of every record kind (it checks what it
 * pulls) and the push and pull paths, none of which the first screen needs. The start fetches it at once
 * (preloadSyncEngine), so it is there when sync starts after the unlock; the service worker precaches its
 * chunk, so it loads offline too.
 */
import { importOnce } from '../lib/import-once';

type SyncEngine = typeof import('./sync-engine');

/** The error code of a round that could not run because the engine's chunk did not load. */
export const SYNC_NOT_LOADED = 'syncNotLoaded';

/** The sync engine module; a failed load is forgotten, so the next round tries again. */
export const loadSyncEngine: () => Promise<SyncEngine> = importOnce(() => import('./sync-engine'));

/** Starts fetching the engine at app start; a failure is left to the first round, which tries again. */
export function preloadSyncEngine(): void {
  loadSyncEngine().catch(() => undefined);
}
