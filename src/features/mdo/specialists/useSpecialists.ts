import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { listSpecialists } from '../../../db';
import type { Specialist } from '../../../domain';

/** The practice's directory of specialists, by name; undefined while loading. */
export function useSpecialists(): Specialist[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listSpecialists(db), [db]);
}
