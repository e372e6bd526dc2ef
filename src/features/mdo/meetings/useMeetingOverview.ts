import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { getMeetingOverview, type MeetingOverview } from '../../../db';

/** A meeting with its agenda and invitations; null when it does not exist, undefined while loading. */
export function useMeetingOverview(meetingId: string): MeetingOverview | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getMeetingOverview(db, meetingId), [db, meetingId]);
}
