import { useEffect, useEffectEvent, useRef } from 'react';
import { flushSync } from 'react-dom';
import { logAccess, type AccessFact } from '../db';
import { useDatabase } from '../providers/DatabaseProvider';

/**
 * Printing with its NEN 7513 log entries ('E'): the returned function logs and opens the browser's print
 * dialog. Pass one fact for a page about one patient (or none), several for a page with several patients
 * on it: each gets its entry. A print started from the browser itself (Ctrl+P, the menu) is logged too,
 * through `beforeprint`, so no printout of patient data goes unrecorded. `onBeforePrint` runs (and
 * renders) before either prints, e.g. to stamp the print time on the page.
 */
export function usePrintWithLog(
  facts: AccessFact | readonly AccessFact[],
  onBeforePrint: () => void = () => undefined,
): () => void {
  const db = useDatabase();
  const isPrintingFromButton = useRef(false);

  const stampAndLog = () => {
    flushSync(onBeforePrint);
    const now = new Date();
    for (const fact of 'event' in facts ? [facts] : facts) void logAccess(db, fact, now);
  };

  const onBrowserPrint = useEffectEvent(() => {
    // Started from the button: already stamped and logged there.
    if (!isPrintingFromButton.current) stampAndLog();
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
    stampAndLog();
    // The browser fires `beforeprint` inside print(); this flag keeps that from logging a second time.
    isPrintingFromButton.current = true;
    try {
      window.print();
    } finally {
      isPrintingFromButton.current = false;
    }
  };
}
