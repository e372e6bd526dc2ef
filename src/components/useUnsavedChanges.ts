import { useEffect, useId } from 'react';
import { useAppUpdateStore } from '../state/app-update-store';

/**
 * Tells the app that a form holds unsaved input: the update banner will not reload over it and the
 * browser asks before the tab is closed.
 */
export function useUnsavedChanges(isDirty: boolean): void {
  const formId = useId();
  const setFormDirty = useAppUpdateStore((state) => state.setFormDirty);

  useEffect(() => {
    setFormDirty(formId, isDirty);
    if (!isDirty) return undefined;
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeUnload);
      setFormDirty(formId, false);
    };
  }, [formId, isDirty, setFormDirty]);
}
