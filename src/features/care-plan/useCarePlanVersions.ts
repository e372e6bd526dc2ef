import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { listCarePlanVersions } from '../../db';
import type { CarePlanVersionRecord } from '../../domain';

/** Every saved version of a plan, newest first, kept current; undefined while loading. */
export function useCarePlanVersions(carePlanId: string | undefined): CarePlanVersionRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (carePlanId ? listCarePlanVersions(db, carePlanId) : []), [db, carePlanId]);
}
