import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { recordPatient } from '../../db';
import { fullName } from '../../domain';

/** The patient a synced record is about, by name, and the path to open them; null for other records. */
export function useRecordPatient(
  entity: string,
  recordId: string,
  data: Record<string, unknown>,
): { id: string; name: string; path: string } | null {
  const db = useDatabase();
  const patient = useLiveQuery(
    () => recordPatient(db, entity, recordId, data),
    // `data` is a new object on each render of a card; the stored record decides, so it is left out.
    [db, entity, recordId],
  );
  if (!patient) return null;
  return { id: patient.id, name: fullName(patient), path: `/patienten/${patient.id}` };
}
