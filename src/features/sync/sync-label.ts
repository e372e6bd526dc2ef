/**
 * The one line the sync status shows, most urgent first: a refused change or a conflict needs a person;
 * then offline or busy; then waiting changes; else when the device last matched the server. Changes
 * waiting to be sent are always said, also beside a conflict.
 */
import type { TFunction } from 'i18next';
import type { SyncCounts } from '../../db';
import type { PullProgress, SyncState } from '../../sync/sync-status';
import { keyUnder, type KeysUnder } from '../../i18n';
import { formatCount } from '../../lib/format';

export type SyncTone = 'ok' | 'busy' | 'attention' | 'problem';

export interface SyncLabel {
  /** i18n key under `sync.status`, with `count` or `time` as its value. */
  key: SyncStatusKey;
  count?: number;
  tone: SyncTone;
  /** While a pull of several pages runs: records received and the total they will reach. */
  progress?: { received: number; total: number };
  /**
   * What else needs saying beside the main line, so a conflict never hides changes that wait to be sent:
   * open conflicts beside refused changes, waiting changes beside either.
   */
  also: { key: SyncStatusKey; count: number }[];
}

type SyncStatusKey = KeysUnder<'sync.status'>;

/**
 * What of the engine's state the label depends on: the header selects just this from the store, so a
 * new checkpoint with the same count does not render it again.
 */
export type SyncLabelState = Pick<SyncState, 'phase' | 'lastSyncedAt' | 'retryAt'> & {
  progress: Pick<PullProgress, 'received' | 'total'> | null;
};

export function syncLabelOf(
  state: SyncLabelState,
  counts: SyncCounts,
  isOnline: boolean,
  now: Date = new Date(),
): SyncLabel {
  const isOffline = !isOnline || state.phase === 'offline';
  const waiting: SyncLabel['also'] =
    counts.pending > 0 ? [{ key: isOffline ? 'offlinePending' : 'pending', count: counts.pending }] : [];
  if (counts.rejected > 0) {
    const conflicts: SyncLabel['also'] =
      counts.conflicts > 0 ? [{ key: 'conflicts', count: counts.conflicts }] : [];
    return { key: 'rejected', count: counts.rejected, tone: 'problem', also: [...conflicts, ...waiting] };
  }
  if (counts.conflicts > 0)
    return { key: 'conflicts', count: counts.conflicts, tone: 'problem', also: waiting };
  return { ...plainLabelOf(state, counts, isOffline, now), also: [] };
}

/** The line when nothing needs a person: the connection, the work under way, or the last match. */
function plainLabelOf(
  state: SyncLabelState,
  counts: SyncCounts,
  isOffline: boolean,
  now: Date,
): Omit<SyncLabel, 'also'> {
  if (state.phase === 'tooOld') return { key: 'tooOld', tone: 'problem' };
  if (state.phase === 'signedOut') return { key: 'signedOut', tone: 'attention' };
  if (isOffline) {
    return counts.pending > 0
      ? { key: 'offlinePending', count: counts.pending, tone: 'attention' }
      : { key: 'offline', tone: 'attention' };
  }
  if (state.phase === 'syncing') {
    if (!state.progress) return { key: 'syncing', tone: 'busy' };
    const { received, total } = state.progress;
    return { key: 'progress', tone: 'busy', progress: { received, total } };
  }
  if (state.phase === 'serverBusy' && state.retryAt) {
    const seconds = Math.max(1, Math.ceil((Date.parse(state.retryAt) - now.getTime()) / 1000));
    return { key: 'serverBusy', count: seconds, tone: 'attention' };
  }
  if (state.phase === 'error') return { key: 'error', tone: 'problem' };
  if (counts.pending > 0) return { key: 'pending', count: counts.pending, tone: 'busy' };
  return { key: state.lastSyncedAt ? 'upToDate' : 'notYet', tone: 'ok' };
}

/**
 * The label as one line of text in `language` (the language `t` speaks), e.g. "1 conflict · 2 wachtend"
 * or "1.240 van 3.000 gegevens". The progress counts come formatted (formatCount in lib/format.ts), and a
 * count goes to `t` only for a key that has one, so i18next looks up no plural form for the others.
 */
export function syncLabelText(label: SyncLabel, time: string, t: TFunction, language: string): string {
  const progress = label.progress && {
    received: formatCount(label.progress.received, language),
    total: formatCount(label.progress.total, language),
  };
  const main = t(keyUnder('sync.status', label.key), {
    ...(label.count === undefined ? {} : { count: label.count }),
    time,
    ...progress,
  });
  const also = label.also.map((part) => t(keyUnder('sync.status', part.key), { count: part.count }));
  return [main, ...also].join(' · ');
}
