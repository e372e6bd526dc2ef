import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { listPatients } from '../../db';
import type { Patient } from '../../domain';

/** All patient rows of this device, re-read whenever the table changes; undefined while loading. */
export function usePatients(): Patient[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listPatients(db), [db]);
}
