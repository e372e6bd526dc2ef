import { useMemo } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import {
  addAgendaItems,
  moveAgendaItem,
  removeAgendaItem,
  shiftAgendaItem,
  updateAgendaItem,
  type AgendaItemChanges,
  type NewAgendaItem,
} from '../../../db';

/** The agenda's named write operations for one meeting, stamped with the moment of the click. */
export function useAgendaWrites(meetingId: string) {
  const db = useDatabase();
  return useMemo(
    () => ({
      add: (entries: readonly NewAgendaItem[]) => addAgendaItems(db, meetingId, entries, new Date()),
      update: (itemId: string, changes: AgendaItemChanges) =>
        updateAgendaItem(db, itemId, changes, new Date()),
      move: (itemId: string, toIndex: number) => moveAgendaItem(db, itemId, toIndex, new Date()),
      shift: (itemId: string, by: -1 | 1) => shiftAgendaItem(db, itemId, by, new Date()),
      remove: (itemId: string) => removeAgendaItem(db, itemId, new Date()),
    }),
    [db, meetingId],
  );
}

export type AgendaWrites = ReturnType<typeof useAgendaWrites>;
