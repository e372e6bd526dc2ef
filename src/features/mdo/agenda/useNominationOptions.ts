import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { useToday } from '../../../components/useToday';
import { getNominationOptions, type NominationOption } from '../../../db';

/** The planned meetings from today on, each saying whether the patient is on it; undefined while loading. */
export function useNominationOptions(patientId: string): NominationOption[] | undefined {
  const db = useDatabase();
  const today = useToday();
  return useLiveQuery(() => getNominationOptions(db, patientId, today), [db, patientId, today]);
}
