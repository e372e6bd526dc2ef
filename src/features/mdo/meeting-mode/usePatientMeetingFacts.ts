import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { getPatientMeetingFacts, type PatientMeetingFacts } from '../../../db';

/** Care plan status, open actions and the recorded death of a patient, kept current; undefined while loading. */
export function usePatientMeetingFacts(patientId: string): PatientMeetingFacts | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getPatientMeetingFacts(db, patientId), [db, patientId]);
}
