import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { useToday } from '../../../components/useToday';
import { getSpecialistMeeting, type SpecialistMeeting } from '../../../db';
import { useSessionStore } from '../../../state/session-store';

export type SpecialistMeetingData =
  { kind: 'loading' } | { kind: 'notFound' } | { kind: 'ready'; view: SpecialistMeeting };

/** One invited meeting with only the invited items, as the signed-in specialist may see it. */
export function useSpecialistMeeting(meetingId: string | undefined): SpecialistMeetingData {
  const db = useDatabase();
  const today = useToday();
  const userId = useSessionStore((state) => state.session?.user.id ?? null);
  const data = useLiveQuery(async (): Promise<SpecialistMeetingData> => {
    const view =
      userId === null || meetingId === undefined
        ? undefined
        : await getSpecialistMeeting(db, userId, meetingId, new Date(), today);
    return view ? { kind: 'ready', view } : { kind: 'notFound' };
  }, [db, userId, meetingId, today]);
  return data ?? { kind: 'loading' };
}
