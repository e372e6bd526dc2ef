import { useEffect, useEffectEvent, useRef } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { logAccess, type AccessFact } from '../../../db';

/**
 * Printing a page with several patients on it: one NEN 7513 entry ('E') per patient, then the browser's
 * print dialog. A print started from the browser itself (Ctrl+P, the menu) is logged too, via `beforeprint`.
 * (The handover sheet's usePrintWithLog does the same for a page about one patient.)
 */
export function usePrintWithLogs(facts: readonly AccessFact[]): () => void {
  const db = useDatabase();
  const isPrintingFromButton = useRef(false);

  const logAll = () => {
    const now = new Date();
    for (const fact of facts) void logAccess(db, fact, now);
  };

  const onBrowserPrint = useEffectEvent(() => {
    // Started from the button: already logged there.
    if (!isPrintingFromButton.current) logAll();
  });

  useEffect(() => {
    const listener = () => {
      onBrowserPrint();
    };
    window.addEventListener('beforeprint', listener);
    return () => {
      window.removeEventListener('beforeprint', listener);
    };
  }, []);

  return () => {
    logAll();
    isPrintingFromButton.current = true;
    try {
      window.print();
    } finally {
      isPrintingFromButton.current = false;
    }
  };
}
