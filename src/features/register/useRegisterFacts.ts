import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { importOnce } from '../../lib/import-once';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { listAllChecklistResults, listImportedDefinitions } from '../../db';
import { addDays, NO_REGISTER_FACTS, type RegisterFacts } from '../../domain';

/** Default review interval: without a recorded MDO, "since the last MDO" means the last 8 weeks. */
const REVIEW_INTERVAL_DAYS = 56;

type SignalFacts = typeof import('./signal-facts');

/** The checklist definitions' chunk, fetched once; after a failed fetch the next call tries again. */
const loadSignalFacts: () => Promise<SignalFacts> = importOnce(() => import('./signal-facts'));

/**
 * The facts behind the signal and suggestion views: read from every checklist result on the device.
 * With `isDeferred`, nothing is read or loaded yet: the register asks only after its first rows are on
 * screen, so neither these reads nor the checklist definitions (signal-facts.ts) delay them. If the
 * definitions cannot be fetched, those views stay empty and the next change of the results tries again.
 */
export function useRegisterFacts(isDeferred = false): RegisterFacts {
  const db = useDatabase();
  const today = useToday();
  // Deferred like the register's rows (useRegisterRows.ts): the facts re-render the register too.
  const results = useDeferredValue(
    useLiveQuery(() => (isDeferred ? undefined : listAllChecklistResults(db)), [db, isDeferred]),
  );
  const imported = useLiveQuery(
    () => (isDeferred ? undefined : listImportedDefinitions(db)),
    [db, isDeferred],
  );
  const [signalFacts, setSignalFacts] = useState<SignalFacts>();
  useEffect(() => {
    if (isDeferred || signalFacts) return;
    let isCurrent = true;
    loadSignalFacts().then(
      (loaded) => {
        if (isCurrent) setSignalFacts(loaded);
      },
      () => {
        // Offline before the service worker cached the chunk: no signal facts until it loads.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [isDeferred, signalFacts, results]);
  return useMemo(() => {
    if (!results || !imported || !signalFacts) return NO_REGISTER_FACTS;
    return {
      ...signalFacts.signalFactsFrom(results, imported),
      deathsAfter: addDays(today, -REVIEW_INTERVAL_DAYS),
    };
  }, [results, imported, signalFacts, today]);
}
