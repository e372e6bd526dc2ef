import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { openConflicts, rejectedMutations, type OutboxRow } from '../../db';
import type { Conflict } from '../../domain';

/** Open conflicts and refused changes, live; undefined while loading. */
export function useSyncIssues(): { conflicts: Conflict[]; rejected: OutboxRow[] } | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => ({ conflicts: await openConflicts(db), rejected: await rejectedMutations(db) }),
    [db],
  );
}
