import { useEffect, useState, useSyncExternalStore } from 'react';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useServices } from '../../providers/ServicesProvider';
import { currentDataKey, onDataKeyChange, type TijdigDb } from '../../db';
import { openWithServerKey } from '../../security/key-vault';
import { useLockStore } from '../../state/lock-store';
import type { AuthClient } from '../../sync/auth-client';
import { startServerKeys } from './start-key';

export type LockStatus = 'opening' | 'locked' | 'unlocked';

/** One silent opening per database at a time (StrictMode runs effects twice; two openings could make two keys). */
const openings = new WeakMap<TijdigDb, Promise<boolean>>();

function openOnce(db: TijdigDb, userId: string, auth: AuthClient): Promise<boolean> {
  const running = openings.get(db);
  if (running) return running;
  const opening = openWithServerKey(db, userId, startServerKeys(auth, userId))
    .catch(() => false)
    .finally(() => openings.delete(db));
  openings.set(db, opening);
  return opening;
}

const subscribeToKey = (onChange: () => void) => onDataKeyChange(onChange);
const hasDataKey = () => currentDataKey() !== null;

/**
 * Whether the signed-in app may show: only while the data key is in memory. At start, unless the user or
 * the idle timer locked it, the server's key opens the vault silently; otherwise the lock screen asks.
 * `isActive` false (ownership still being checked, or another account's data on the device) waits.
 */
export function useDeviceLock(userId: string, isActive: boolean): LockStatus {
  const db = useDatabase();
  const { auth } = useServices();
  const hasKey = useSyncExternalStore(subscribeToKey, hasDataKey);
  // Locked wins over a key in memory: the fifth wrong password opens the vault with the server's key only
  // to push the waiting changes before the wipe, and nothing of the app may show meanwhile.
  const isLocked = useLockStore((state) => state.isLocked);
  const [isOpening, setIsOpening] = useState(
    () => currentDataKey() === null && !useLockStore.getState().isLocked,
  );
  useEffect(() => {
    if (!isOpening || !isActive) return;
    let isCurrent = true;
    void openOnce(db, userId, auth).then(() => {
      if (isCurrent) setIsOpening(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [db, auth, userId, isOpening, isActive]);
  if (hasKey && !isLocked) return 'unlocked';
  return isOpening ? 'opening' : 'locked';
}
