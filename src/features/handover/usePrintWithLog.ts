import { useEffect, useEffectEvent, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useDatabase } from '../../providers/DatabaseProvider';
import { logAccess, type AccessFact } from '../../db';

/**
 * Printing with its NEN 7513 log entry ('E'): the returned function logs and opens the browser's print
 * dialog. A print started from the browser itself (Ctrl+P, the menu) is logged too, through `beforeprint`,
 * so no printout of patient data goes unrecorded. `onBeforePrint` runs (and renders) before either prints,
 * e.g. to stamp the print time on the page.
 */
export function usePrintWithLog(fact: AccessFact, onBeforePrint: () => void): () => void {
  const db = useDatabase();
  const isPrintingFromButton = useRef(false);

  const onBrowserPrint = useEffectEvent(() => {
    // Started from the button: already stamped and logged there.
    if (isPrintingFromButton.current) return;
    flushSync(onBeforePrint);
    void logAccess(db, fact, new Date());
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
    flushSync(onBeforePrint);
    void logAccess(db, fact, new Date());
    // The browser fires `beforeprint` inside print(); this flag keeps that from logging a second time.
    isPrintingFromButton.current = true;
    try {
      window.print();
    } finally {
      isPrintingFromButton.current = false;
    }
  };
}
