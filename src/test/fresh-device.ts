/**
 * Every test file starts on a device that has seen nothing. The `app` project's files share one module
 * graph per worker (vitest.config.ts), so the app's stores, and the browser storage their persisted parts
 * live in, would otherwise reach a file in the state the file before it left them (a device locked by a
 * lock test showed the next file only the lock screen). setup.ts runs this before each file.
 */
import type { StoreApi } from 'zustand';
import { useAppUpdateStore } from '../state/app-update-store';
import { useLockStore } from '../state/lock-store';
import { useMdoSettingsStore } from '../state/mdo-settings-store';
import { useNamensStore } from '../state/namens-store';
import { useRegisterViewStore } from '../state/register-view-store';
import { useSessionStore } from '../state/session-store';
import { syncStatusStore } from '../sync/sync-status';

/** Replaced whole: the state the store was created with, before anything was set or read back. */
function resetToInitial<State>(store: StoreApi<State>): void {
  store.setState(store.getInitialState(), true);
}

export function startOnFreshDevice(): void {
  localStorage.clear();
  sessionStorage.clear();
  resetToInitial(useAppUpdateStore);
  resetToInitial(useLockStore);
  resetToInitial(useMdoSettingsStore);
  resetToInitial(useNamensStore);
  resetToInitial(useRegisterViewStore);
  resetToInitial(useSessionStore);
  resetToInitial(syncStatusStore);
}
