import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { getPatient } from '../../db';
import type { Patient } from '../../domain';

/** One patient, kept current; undefined while loading, null when missing or deleted. */
export function usePatient(id: string | undefined): Patient | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await getPatient(db, id)) ?? null) : null), [db, id]);
}
