import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { getAgendaView, type AgendaView } from '../../../db';

/** The meeting with its agenda and the open actions carried onto it; null when gone, undefined while loading. */
export function useAgendaView(meetingId: string | undefined): AgendaView | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => (meetingId ? getAgendaView(db, meetingId) : null), [db, meetingId]);
}
