import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import type { Meeting } from '../../../domain';
import { getMeeting } from '../../../db';

/** One meeting; null when it does not exist, undefined while loading. */
export function useMeeting(meetingId: string): Meeting | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getMeeting(db, meetingId), [db, meetingId]);
}
