import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { syncStatusStore, type SyncState } from '../../sync/sync-status';
import type { SyncLabelState } from './sync-label';

/** The sync engine's phase and last success, for the sync page. */
export function useSyncState(): SyncState {
  return useStore(syncStatusStore);
}

/** Only what the header's status shows, flat, so an update that changes none of it renders nothing. */
interface SyncStatusFields {
  phase: SyncState['phase'];
  lastSyncedAt: string | null;
  retryAt: string | null;
  received: number | null;
  total: number | null;
}

function statusFieldsOf(state: SyncState): SyncStatusFields {
  return {
    phase: state.phase,
    lastSyncedAt: state.lastSyncedAt,
    retryAt: state.retryAt,
    received: state.progress?.received ?? null,
    total: state.progress?.total ?? null,
  };
}

/**
 * The engine's state as the header's label needs it. A first sync sets the store twice per page (the
 * count received, then the checkpoint stored); only the first changes what the header shows.
 */
export function useSyncLabelState(): SyncLabelState {
  const { received, total, ...rest } = useStore(syncStatusStore, useShallow(statusFieldsOf));
  const progress = received === null || total === null ? null : { received, total };
  return { ...rest, progress };
}
