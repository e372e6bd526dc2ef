import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { getMeetingRecord, type MeetingRecord } from '../../../db';

/** One meeting with its agenda, patients and actions, kept current; undefined while loading, null when missing. */
export function useMeetingRecord(meetingId: string | undefined): MeetingRecord | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (meetingId ? getMeetingRecord(db, meetingId) : null), [db, meetingId]);
}
