import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { getCarePlan } from '../../db';
import type { CarePlan } from '../../domain';

/** A patient's care plan, kept current; undefined while loading, null when there is none yet. */
export function useCarePlan(patientId: string | undefined): CarePlan | null | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (patientId ? ((await getCarePlan(db, patientId)) ?? null) : null),
    [db, patientId],
  );
}
