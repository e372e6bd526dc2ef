import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../app/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { listAllChecklistResults, listImportedDefinitions } from '../../db';
import { addDays, createCatalog, NO_REGISTER_FACTS, signalFactsOf, type RegisterFacts } from '../../domain';

/** Default review interval: without a recorded MDO, "since the last MDO" means the last 8 weeks. */
const REVIEW_INTERVAL_DAYS = 56;

/**
 * The facts behind the signal and suggestion views: read from every checklist result on the device.
 * Until MDOs are recorded, every signal counts as new.
 */
export function useRegisterFacts(): RegisterFacts {
  const db = useDatabase();
  const today = useToday();
  const results = useLiveQuery(() => listAllChecklistResults(db), [db]);
  const imported = useLiveQuery(() => listImportedDefinitions(db), [db]);
  return useMemo(() => {
    if (!results || !imported) return NO_REGISTER_FACTS;
    const lastMdoDate = null;
    return {
      ...signalFactsOf(results, createCatalog(imported), lastMdoDate),
      deathsAfter: addDays(today, -REVIEW_INTERVAL_DAYS),
    };
  }, [results, imported, today]);
}
