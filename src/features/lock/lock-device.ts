/**
 * Locking is dropping the data key: every part of the app that reads it (the encrypted rows) stops, and the
 * shell shows the lock screen instead of the signed-in app. The flag makes a reload keep the lock.
 */
import { clearDataKey } from '../../db';
import { useLockStore } from '../../state/lock-store';

export function lockDevice(): void {
  useLockStore.getState().lock();
  clearDataKey();
}
