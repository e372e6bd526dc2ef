import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { listActionOverview, type ActionOverviewRow } from '../../../db';

/** All actions with patient name and meeting date, kept current; undefined while loading. */
export function useActionOverview(): ActionOverviewRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listActionOverview(db), [db]);
}
