import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { listMeetingSummaries, type MeetingSummary } from '../../../db';

/** Every meeting with its number of agenda items, earliest first; undefined while loading. */
export function useMeetingSummaries(): MeetingSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listMeetingSummaries(db), [db]);
}
