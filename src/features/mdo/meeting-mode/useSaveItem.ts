import { useCallback } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { updateAgendaItem, type AgendaItemChanges } from '../../../db';
import { fieldOutcomeOf } from './field-outcome';
import type { FieldSaveOutcome } from '../../../components/useAutosave';
import { useTrackSave } from './useTrackSave';

/**
 * Saves changed fields of one agenda item. Each control sends only its own field, so two people typing
 * different dimensions at once never touch each other's text.
 */
export function useSaveItem(itemId: string): (changes: AgendaItemChanges) => Promise<FieldSaveOutcome> {
  const db = useDatabase();
  const track = useTrackSave();
  return useCallback(
    async (changes) => fieldOutcomeOf(await track(() => updateAgendaItem(db, itemId, changes, new Date()))),
    [db, itemId, track],
  );
}
