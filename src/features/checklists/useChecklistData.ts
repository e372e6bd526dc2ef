import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../providers/DatabaseProvider';
import { listChecklistResults, listImportedDefinitions } from '../../db';
import { createCatalog, summariseResults, type DefinitionCatalog, type SummarisedResult } from '../../domain';

/** The definition catalogue (built-in and imported) and one patient's results, summarised, newest first. */
export function useChecklistData(patientId: string): {
  catalog: DefinitionCatalog;
  summarised: SummarisedResult[] | undefined;
} {
  const db = useDatabase();
  const imported = useLiveQuery(() => listImportedDefinitions(db), [db]);
  const results = useLiveQuery(() => listChecklistResults(db, patientId), [db, patientId]);
  const catalog = useMemo(() => createCatalog(imported ?? []), [imported]);
  const summarised = useMemo(
    () => (results && imported ? summariseResults(results, catalog) : undefined),
    [results, imported, catalog],
  );
  return { catalog, summarised };
}
