import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { listAllChecklistResults, listImportedDefinitions } from '../../db';
import { addDays, createCatalog, NO_REGISTER_FACTS, signalFactsOf, type RegisterFacts } from '../../domain';

/** Default review interval: without a recorded MDO, "since the last MDO" means the last 8 weeks. */
const REVIEW_INTERVAL_DAYS = 56;

/**
 * The facts behind the signal and suggestion views: read from every checklist result on the device.
 * Until MDOs are recorded, every signal counts as new. With `isDeferred`, nothing is read yet: the
 * register asks only after its first rows are on screen, so these reads never delay them.
 */
export function useRegisterFacts(isDeferred = false): RegisterFacts {
  const db = useDatabase();
  const today = useToday();
  const results = useLiveQuery(
    () => (isDeferred ? undefined : listAllChecklistResults(db)),
    [db, isDeferred],
  );
  const imported = useLiveQuery(
    () => (isDeferred ? undefined : listImportedDefinitions(db)),
    [db, isDeferred],
  );
  return useMemo(() => {
    if (!results || !imported) return NO_REGISTER_FACTS;
    const lastMdoDate = null;
    return {
      ...signalFactsOf(results, createCatalog(imported), lastMdoDate),
      deathsAfter: addDays(today, -REVIEW_INTERVAL_DAYS),
    };
  }, [results, imported, today]);
}
