import { useCallback, useRef } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { updateMeeting, type WriteResult, getMeeting } from '../../../db';
import type { Meeting, MeetingFields } from '../../../domain';
import { useTrackSave } from './useTrackSave';

type MeetingChange = (meeting: Meeting) => Partial<MeetingFields>;

/**
 * Changes the meeting's lists (attendance, members, knelpunten) one after another, each worked out from
 * the meeting as stored at that moment: ticking five people quickly on a tablet records all five.
 */
export function useMeetingUpdate(
  meetingId: string,
): (change: MeetingChange) => Promise<WriteResult<Meeting>> {
  const db = useDatabase();
  const track = useTrackSave();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (change) => {
      const run = async (): Promise<WriteResult<Meeting>> =>
        track(async () => {
          const meeting = await getMeeting(db, meetingId);
          if (!meeting) return { ok: false, error: { kind: 'notFound' } };
          return updateMeeting(db, meetingId, change(meeting), new Date());
        });
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [db, meetingId, track],
  );
}
