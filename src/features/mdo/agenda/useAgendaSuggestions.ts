import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { getAgendaSuggestionInput } from '../../../db';
import { suggestAgenda, type AgendaSuggestion, type IsoDate, type Patient } from '../../../domain';
import { useMdoSettingsStore } from '../../../state/mdo-settings-store';

export interface AgendaSuggestions {
  suggestions: AgendaSuggestion[];
  /** The suggested patients by id. */
  patients: ReadonlyMap<string, Patient>;
  previousMeetingDate: IsoDate | null;
  reviewIntervalWeeks: number;
}

/** The suggested agenda for a meeting, with this device's review interval; undefined while loading. */
export function useAgendaSuggestions(meetingId: string): AgendaSuggestions | undefined {
  const db = useDatabase();
  const weeks = useMdoSettingsStore((state) => state.reviewIntervalWeeks);
  const input = useLiveQuery(() => getAgendaSuggestionInput(db, meetingId, weeks), [db, meetingId, weeks]);
  return useMemo(() => {
    if (!input) return undefined;
    const suggestions = suggestAgenda(input);
    const byId = new Map<string, Patient>(input.patients.map((patient) => [patient.id, patient]));
    return {
      suggestions,
      patients: byId,
      previousMeetingDate: input.previousMeetingDate,
      reviewIntervalWeeks: weeks,
    };
  }, [input, weeks]);
}
