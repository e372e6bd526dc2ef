import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { latestMeetingTemplate, type MeetingTemplate } from '../../../db';

/**
 * What a new meeting takes over from the latest one on this device (works offline); null when there is
 * no earlier meeting, undefined while loading.
 */
export function useMeetingTemplate(): MeetingTemplate | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => latestMeetingTemplate(db), [db]);
}
