/**
 * The sync engine's state for the status indicator. Counts of waiting, conflicting and refused changes
 * are read live from the database by the UI; this store holds only what the engine itself knows.
 */
import { createStore } from 'zustand/vanilla';

export type SyncPhase =
  /** Nothing happening; `lastSyncedAt` says when the device last matched the server. */
  | 'idle'
  | 'syncing'
  | 'offline'
  /** The session ended: sign in again (local data and changes stay). */
  | 'signedOut'
  /** The server needs a newer app; changes stay in the outbox until the update. */
  | 'tooOld'
  /** The server is too busy (back-pressure); the outbox waits and the next try is at `retryAt`. */
  | 'serverBusy'
  /** Anything else the server refused for the whole batch (e.g. a counter gap). */
  | 'error';

/**
 * How far a pull of several pages is (a first sync, or a device back after long offline): records
 * received in this catch-up, the total it will reach, and the checkpoint stored last with the records
 * received up to it, so a round that resumes from exactly there continues the count.
 */
export interface PullProgress {
  received: number;
  total: number;
  checkpoint: number;
  /** Records received up to `checkpoint` (the pages stored), when `received` is ahead of it. */
  receivedAtCheckpoint?: number;
}

export interface SyncState {
  phase: SyncPhase;
  lastSyncedAt: string | null;
  errorCode: string | null;
  /** When a busy server will be tried again (ISO); null unless the phase is serverBusy. */
  retryAt: string | null;
  /** Set while a pull of more than one page runs, and kept when it breaks off; null otherwise. */
  progress: PullProgress | null;
}

export const syncStatusStore = createStore<SyncState>(() => ({
  phase: 'idle',
  lastSyncedAt: null,
  errorCode: null,
  retryAt: null,
  progress: null,
}));
