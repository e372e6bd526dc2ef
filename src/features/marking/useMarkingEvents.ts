import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { listMarkingEvents } from '../../db';
import type { MarkingEvent } from '../../domain';

/** One patient's marking history in the order it happened; undefined while loading. */
export function useMarkingEvents(patientId: string): MarkingEvent[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listMarkingEvents(db, patientId), [db, patientId]);
}
