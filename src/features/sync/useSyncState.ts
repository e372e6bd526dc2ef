import { useStore } from 'zustand';
import { syncStatusStore, type SyncState } from '../../sync/sync-status';

/** The sync engine's phase and last success, for the status indicator. */
export function useSyncState(): SyncState {
  return useStore(syncStatusStore);
}
