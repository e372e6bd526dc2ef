import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { listInvitedMeetings, type InvitedMeeting } from '../../../db';
import { useSessionStore } from '../../../state/session-store';

/** The signed-in specialist's invited meetings with their invitations; undefined while loading. */
export function useInvitedMeetings(): InvitedMeeting[] | undefined {
  const db = useDatabase();
  const userId = useSessionStore((state) => state.session?.user.id ?? null);
  return useLiveQuery(
    async () => (userId === null ? [] : listInvitedMeetings(db, userId, new Date())),
    [db, userId],
  );
}
