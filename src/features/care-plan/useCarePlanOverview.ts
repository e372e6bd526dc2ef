import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { listCarePlanOverview, type CarePlanOverview } from '../../db';

/** The care plans with their patients, and the marked patients without a plan; undefined while loading. */
export function useCarePlanOverview(): CarePlanOverview | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listCarePlanOverview(db), [db]);
}
