import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { countWaitingChanges, syncCounts, type SyncCounts } from '../../db';

const NONE: SyncCounts = { pending: 0, conflicts: 0, rejected: 0 };

/** Live counts of waiting, conflicting and refused changes. */
export function useSyncCounts(): SyncCounts {
  const db = useDatabase();
  return useLiveQuery(() => syncCounts(db), [db]) ?? NONE;
}

/**
 * Live number of changes that have not reached the server (waiting and refused together). Unlike
 * useSyncCounts it reads no row, so the lock screen and its sign-out can show it while the rows are locked.
 */
export function useWaitingChangeCount(): number {
  const db = useDatabase();
  return useLiveQuery(() => countWaitingChanges(db), [db]) ?? 0;
}
