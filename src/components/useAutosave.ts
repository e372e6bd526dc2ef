import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnsavedChanges } from './useUnsavedChanges';

/** The answer of one save: stored, or refused with an error code (or key) to show next to the field. */
export type FieldSaveOutcome = { ok: true } | { ok: false; issueCode: string | undefined };

/** Whether a save is under way, or the last one stored what was typed ('idle' again on the next keystroke). */
export type AutosaveStatus = 'idle' | 'saving' | 'saved';

interface AutosaveOptions {
  /** Pause after the last keystroke before saving. */
  delayMs?: number;
  /** Whether to save while typing; a date, for one, only once it is complete (it is always saved on blur). */
  isReadyWhileTyping?: (text: string) => boolean;
}

export interface Autosave {
  text: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  status: AutosaveStatus;
  /** The error code of the last refused save, if the text has not been saved since. */
  issueCode: string | undefined;
}

const always = () => true;

/**
 * A text field that saves itself as it is typed: after a short pause, on leaving the field, and when the
 * field goes away (navigating to another page loses nothing). What others save shows up in the field unless
 * this person has unsaved typing in it (their typing is never overwritten). A refused text stays in the field
 * and counts as unsaved; the next pause or blur tries again. Stored text is trimmed, so a trailing space
 * being typed is kept.
 */
export function useAutosave(
  stored: string,
  save: (text: string) => Promise<FieldSaveOutcome>,
  { delayMs = 600, isReadyWhileTyping = always }: AutosaveOptions = {},
): Autosave {
  const [text, setText] = useState(stored);
  const [isDirty, setIsDirty] = useState(false);
  const [seen, setSeen] = useState(stored);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [issueCode, setIssueCode] = useState<string | undefined>(undefined);
  if (seen !== stored) {
    setSeen(stored);
    if (!isDirty && stored !== text.trim()) setText(stored);
  }
  useUnsavedChanges(isDirty);

  const latest = useRef({ text: stored, version: 0 });
  const savedVersion = useRef(0);
  const failedVersion = useRef(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const commit = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { text: value, version } = latest.current;
    if (version === savedVersion.current) return;
    const previous = savedVersion.current;
    savedVersion.current = version;
    setStatus('saving');
    const outcome = await saveRef.current(value);
    const isLatest = latest.current.version === version;
    if (outcome.ok) {
      setIssueCode(undefined);
      if (isLatest) {
        setIsDirty(false);
        setStatus('saved');
      }
    } else {
      // Not stored: the next pause or blur tries again; the text stays in the field meanwhile.
      if (savedVersion.current === version) savedVersion.current = previous;
      failedVersion.current = version;
      setIssueCode(outcome.issueCode);
      if (isLatest) setStatus('idle');
    }
  }, []);

  // Leaving the page or the item while typing still saves what was typed (a refused text is not retried).
  useEffect(
    () => () => {
      const { version } = latest.current;
      if (version !== savedVersion.current && version !== failedVersion.current) void commit();
    },
    [commit],
  );

  const onChange = (next: string) => {
    latest.current = { text: next, version: latest.current.version + 1 };
    setText(next);
    setIsDirty(true);
    setStatus('idle');
    clearTimeout(timer.current);
    timer.current = isReadyWhileTyping(next)
      ? setTimeout(() => {
          void commit();
        }, delayMs)
      : undefined;
  };

  return {
    text,
    onChange,
    onBlur: () => {
      void commit();
    },
    status,
    issueCode,
  };
}
