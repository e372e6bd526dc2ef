import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import type { WriteResult } from '../../../db';
import { refusalKey } from './refusal-key';
import type { TextKey } from '../../../i18n';

export type AutosaveStatus = 'idle' | 'saving' | 'saved';

/**
 * A text field that saves itself: after a short pause in typing, at once when it loses focus, and whatever
 * is still pending when the component goes away (navigating to another page loses nothing). A change that
 * arrives from elsewhere (another device) replaces the text only while nothing typed here is pending.
 */
export function useAutosave(
  stored: string,
  save: (text: string) => Promise<WriteResult<unknown>>,
  delayMs = 600,
) {
  const [text, setText] = useState(stored);
  const [isDirty, setIsDirty] = useState(false);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [errorKey, setErrorKey] = useState<TextKey | null>(null);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!isDirty) setText(stored);
  }
  const latest = useRef({ text, isDirty, save });
  useEffect(() => {
    latest.current = { text, isDirty, save };
  });

  const commit = useCallback(async () => {
    const { text: value, isDirty: hasChanges, save: write } = latest.current;
    if (!hasChanges) return;
    latest.current = { ...latest.current, isDirty: false };
    setIsDirty(false);
    setStatus('saving');
    const key = refusalKey(await write(value));
    setErrorKey(key);
    setStatus(key === null ? 'saved' : 'idle');
  }, []);

  useEffect(() => {
    if (!isDirty) return undefined;
    const timer = setTimeout(() => void commit(), delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [text, isDirty, delayMs, commit]);
  // Leaving the page (or the item leaving the agenda) saves what is pending.
  useEffect(
    () => () => {
      void commit();
    },
    [commit],
  );
  useUnsavedChanges(isDirty);

  const onChange = (value: string) => {
    setText(value);
    setIsDirty(true);
    setStatus('idle');
  };
  return { text, onChange, onBlur: () => void commit(), status, errorKey };
}
