import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { listMeetingsBetween } from '../../../db';
import type { IsoDate, Meeting } from '../../../domain';

/** The meetings of a period (not cancelled), kept current; undefined while loading. */
export function useMeetingsBetween(from: IsoDate, to: IsoDate): Meeting[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listMeetingsBetween(db, from, to), [db, from, to]);
}
