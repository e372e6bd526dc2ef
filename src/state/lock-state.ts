/**
 * The device lock's state that must survive a reload (localStorage): whether the user or the idle timer
 * locked the app (then a reload does not open it silently with the server's key), how many wrong unlock
 * passwords were tried in a row, and the idle time chosen on this device. The data key itself is never here.
 *
 * The store without React; screens use it through `useLockStore` (lock-store.ts).
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

export interface LockState {
  isLocked: boolean;
  failedTries: number;
  /** Seconds without activity before the lock; null: the account's default. */
  idleSeconds: number | null;
  lock: () => void;
  unlocked: () => void;
  /** Counts a wrong password; returns the number of wrong tries in a row. */
  wrongTry: () => number;
  setIdleSeconds: (seconds: number | null) => void;
  /**
   * Changes that never reached the server and were lost with a data key nobody can open any more (see
   * discardRowsOfLostKey); null: nothing to tell. Kept until the user has read it.
   */
  lostChanges: number | null;
  noteLostKey: (lostChanges: number) => void;
  dismissLostKey: () => void;
  /** After a wipe: nothing of the previous account's lock remains. */
  reset: () => void;
}

export const lockStore = createStore<LockState>()(
  persist(
    (set, get) => ({
      isLocked: false,
      failedTries: 0,
      idleSeconds: null,
      lostChanges: null,
      lock: () => {
        set({ isLocked: true });
      },
      unlocked: () => {
        set({ isLocked: false, failedTries: 0 });
      },
      wrongTry: () => {
        const failedTries = get().failedTries + 1;
        set({ failedTries });
        return failedTries;
      },
      setIdleSeconds: (idleSeconds) => {
        set({ idleSeconds });
      },
      noteLostKey: (lostChanges) => {
        set({ lostChanges });
      },
      dismissLostKey: () => {
        set({ lostChanges: null });
      },
      reset: () => {
        set({ isLocked: false, failedTries: 0, idleSeconds: null, lostChanges: null });
      },
    }),
    { name: 'tijdig.lock' },
  ),
);
