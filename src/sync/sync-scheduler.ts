/**
 * When to sync: at start, when the network returns, shortly after each saved change, every minute while
 * the app is visible, and when someone presses "Nu synchroniseren". Rounds never overlap. A server that
 * is too busy is also tried again at the time the round set (see backoff.ts); until then the automatic
 * triggers wait too, so a busy server is not pressed harder, and only a person's "Nu synchroniseren" goes
 * sooner. The engine itself loads on demand (load-sync-engine.ts).
 */
import { onChangeQueued, type TijdigDb } from '../db';
import type { ApiClient } from './api-client';
import { loadSyncEngine, SYNC_NOT_LOADED } from './load-sync-engine';
import { syncStatusStore } from './sync-status';

const AFTER_WRITE_DELAY_MS = 1_500;
const INTERVAL_MS = 60_000;

export interface SyncScheduler {
  /** Syncs now (or right after the running round) and resolves when done. */
  syncNow: () => Promise<void>;
  stop: () => void;
}

export function startSyncScheduler(db: TijdigDb, api: ApiClient): SyncScheduler {
  let running: Promise<void> | null = null;
  let isAgainRequested = false;
  let writeTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;

  /** Whether someone asked for another round while this one ran; asking once is enough. */
  const takeAgainRequest = (): boolean => {
    const wasRequested = isAgainRequested;
    isAgainRequested = false;
    return wasRequested;
  };
  const round = async (): Promise<void> => {
    do {
      if (!navigator.onLine) {
        syncStatusStore.setState({ phase: 'offline' });
        return;
      }
      const engine = await loadSyncEngine().catch(() => null);
      if (!engine) {
        // Its chunk did not arrive (e.g. a server that no longer has this version): say so, and let the
        // next trigger try again. Changes stay in the outbox.
        syncStatusStore.setState({ phase: 'error', errorCode: SYNC_NOT_LOADED, retryAt: null });
        return;
      }
      // Stopped (signed out) while the engine loaded: that round is no longer wanted.
      if (isStopped) return;
      await engine.syncExclusively(db, api);
    } while (takeAgainRequest());
    const { phase, retryAt } = syncStatusStore.getState();
    clearTimeout(retryTimer);
    if (phase === 'serverBusy' && retryAt) {
      retryTimer = setTimeout(() => void syncNow(), Math.max(0, Date.parse(retryAt) - Date.now()));
    }
  };
  const syncNow = (): Promise<void> => {
    if (running) {
      isAgainRequested = true;
      return running;
    }
    running = round().finally(() => {
      running = null;
    });
    return running;
  };
  /** A round nobody asked for; skipped while a busy server's Retry-After runs (the retry timer follows it). */
  const syncAutomatically = () => {
    if (!isWaitingForBusyServer(Date.now())) void syncNow();
  };
  const soon = () => {
    clearTimeout(writeTimer);
    writeTimer = setTimeout(syncAutomatically, AFTER_WRITE_DELAY_MS);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') syncAutomatically();
  };
  const onOffline = () => {
    syncStatusStore.setState({ phase: 'offline' });
  };
  const onOnline = syncAutomatically;

  const stopListening = onChangeQueued(db, soon);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisible);
  const interval = setInterval(() => {
    if (document.visibilityState === 'visible') syncAutomatically();
  }, INTERVAL_MS);
  void syncNow();

  return {
    syncNow,
    stop: () => {
      isStopped = true;
      stopListening();
      clearTimeout(writeTimer);
      clearTimeout(retryTimer);
      clearInterval(interval);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}

function isWaitingForBusyServer(nowMs: number): boolean {
  const { phase, retryAt } = syncStatusStore.getState();
  return phase === 'serverBusy' && retryAt !== null && Date.parse(retryAt) > nowMs;
}
