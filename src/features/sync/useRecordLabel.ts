import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseProvider';
import { getPatient } from '../../db';
import { fullName } from '../../domain';

/** The patient a synced record is about, by name, and the path to open them; null for other records. */
export function useRecordPatient(
  entity: string,
  recordId: string,
  data: Record<string, unknown>,
): { name: string; path: string } | null {
  const db = useDatabase();
  const patientId =
    entity === 'patient' ? recordId : typeof data.patientId === 'string' ? data.patientId : null;
  const patient = useLiveQuery(
    async () => (patientId === null ? null : ((await getPatient(db, patientId)) ?? null)),
    [db, patientId],
  );
  if (!patient) return null;
  return { name: fullName(patient), path: `/patienten/${patient.id}` };
}
