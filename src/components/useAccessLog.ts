import { useEffect } from 'react';
import { useDatabase } from '../providers/DatabaseProvider';
import { logAccess, type AccessFact } from '../db';

/**
 * Logs an access to patient data (NEN 7513) once per distinct `key`, after `delayMs` of staying on it
 * (so typing a search logs the search, not every keystroke). Works offline: the event waits on the
 * device until the next sync. Pass null while there is nothing to log.
 */
export function useAccessLog(fact: AccessFact | null, key: string, delayMs = 0): void {
  const db = useDatabase();
  const { event, action, patientId, recordPart } = fact ?? {};
  useEffect(() => {
    if (event === undefined || action === undefined || recordPart === undefined) return;
    const timer = setTimeout(() => {
      void logAccess(db, { event, action, patientId: patientId ?? null, recordPart }, new Date());
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
    // The key decides when a new access starts; the fact's fields are read with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- logging again on every render would flood the log
  }, [db, key, delayMs]);
}
