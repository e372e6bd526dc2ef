/**
 * UI state for app updates and unsaved input. A new version waits until the user chooses it, and the
 * app refuses to reload while any form holds unsaved input.
 */
import { create } from 'zustand';

interface AppUpdateState {
  /** A new service worker is installed and waiting. */
  isUpdateWaiting: boolean;
  /** The user chose "Later" for the waiting version. */
  isDismissed: boolean;
  /** Activates the waiting service worker and reloads; set by the registration. */
  activateUpdate: (() => Promise<void>) | null;
  /** Ids of forms with unsaved input. */
  dirtyForms: ReadonlySet<string>;
  offerUpdate: (activate: () => Promise<void>) => void;
  dismissUpdate: () => void;
  setFormDirty: (formId: string, isDirty: boolean) => void;
}

export const useAppUpdateStore = create<AppUpdateState>()((set) => ({
  isUpdateWaiting: false,
  isDismissed: false,
  activateUpdate: null,
  dirtyForms: new Set(),
  offerUpdate: (activate) => {
    set({ isUpdateWaiting: true, isDismissed: false, activateUpdate: activate });
  },
  dismissUpdate: () => {
    set({ isDismissed: true });
  },
  setFormDirty: (formId, isDirty) => {
    set((state) => {
      if (state.dirtyForms.has(formId) === isDirty) return state;
      const dirtyForms = new Set(state.dirtyForms);
      if (isDirty) dirtyForms.add(formId);
      else dirtyForms.delete(formId);
      return { dirtyForms };
    });
  },
}));
