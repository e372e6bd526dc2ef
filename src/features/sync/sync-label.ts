/**
 * The one line the sync status shows, most urgent first: a refused change or a conflict needs a person;
 * then offline or busy; then waiting changes; else when the device last matched the server.
 */
import type { SyncCounts } from '../../db';
import type { SyncState } from '../../sync/sync-status';

export type SyncTone = 'ok' | 'busy' | 'attention' | 'problem';

export interface SyncLabel {
  /** i18n key under `sync.status`, with `count` or `time` as its value. */
  key: string;
  count?: number;
  tone: SyncTone;
}

export function syncLabelOf(state: SyncState, counts: SyncCounts, isOnline: boolean): SyncLabel {
  if (counts.rejected > 0) return { key: 'rejected', count: counts.rejected, tone: 'problem' };
  if (counts.conflicts > 0) return { key: 'conflicts', count: counts.conflicts, tone: 'problem' };
  if (state.phase === 'tooOld') return { key: 'tooOld', tone: 'problem' };
  if (state.phase === 'signedOut') return { key: 'signedOut', tone: 'attention' };
  if (!isOnline || state.phase === 'offline') {
    return counts.pending > 0
      ? { key: 'offlinePending', count: counts.pending, tone: 'attention' }
      : { key: 'offline', tone: 'attention' };
  }
  if (state.phase === 'syncing') return { key: 'syncing', tone: 'busy' };
  if (state.phase === 'error') return { key: 'error', tone: 'problem' };
  if (counts.pending > 0) return { key: 'pending', count: counts.pending, tone: 'busy' };
  return { key: state.lastSyncedAt ? 'upToDate' : 'notYet', tone: 'ok' };
}
