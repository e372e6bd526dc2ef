import { useLiveQuery } from 'dexie-react-hooks';
import { countQuarantinedRecords } from '../../db';
import { useDatabase } from '../../providers/DatabaseProvider';

/** Live number of records the server sent that this device could not read (kept aside, not shown). */
export function useUnreadableRecordCount(): number {
  const db = useDatabase();
  return useLiveQuery(() => countQuarantinedRecords(db), [db]) ?? 0;
}
