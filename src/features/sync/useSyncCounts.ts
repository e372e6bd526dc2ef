import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { syncCounts, type SyncCounts } from '../../db';

const NONE: SyncCounts = { pending: 0, conflicts: 0, rejected: 0 };

/** Live counts of waiting, conflicting and refused changes. */
export function useSyncCounts(): SyncCounts {
  const db = useDatabase();
  return useLiveQuery(() => syncCounts(db), [db]) ?? NONE;
}
