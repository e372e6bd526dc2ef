import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDatabase } from '../../providers/DatabaseProvider';
import { claimDevice, deviceOwner } from '../../db';

export type DeviceOwnership = 'checking' | 'mine' | 'someoneElse';

/**
 * Whose data this device holds. The first account to sign in claims it; another account finds
 * 'someoneElse' and must not see (or sync) the previous user's data until the device is wiped.
 */
export function useDeviceOwner(userId: string): DeviceOwnership {
  const db = useDatabase();
  const owner = useLiveQuery(async () => ({ id: await deviceOwner(db) }), [db]);
  useEffect(() => {
    // A claim that fails (database closing, disk full) is simply made again at the next start.
    if (owner?.id === null) claimDevice(db, userId).catch(() => undefined);
  }, [db, owner, userId]);
  if (owner === undefined || owner.id === null) return 'checking';
  return owner.id === userId ? 'mine' : 'someoneElse';
}
