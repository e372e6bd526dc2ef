/**
 * Every test file starts on a device that has seen nothing. The `app` project's files share one module
 * graph per worker (vitest.config.ts), so the app's stores, and the browser storage their persisted parts
 * live in, would otherwise reach a file in the state the file before it left them (a device locked by a
 * lock test showed the next file only the lock screen). setup.ts runs this before each file.
 */
import type { StoreApi } from 'zustand';

/** Every module that holds app state in a store: a store added to one of them is reset too. */
const STORE_MODULES = import.meta.glob<Record<string, unknown>>(
  ['../state/*-store.ts', '../sync/sync-status.ts'],
  { eager: true },
);

function isStore(value: unknown): value is StoreApi<unknown> {
  // A zustand hook is a function carrying the store's methods; a vanilla store is an object.
  return (
    (typeof value === 'function' || (typeof value === 'object' && value !== null)) &&
    'getInitialState' in value &&
    'setState' in value
  );
}

const APP_STORES = Object.values(STORE_MODULES).flatMap((exports) => Object.values(exports).filter(isStore));

export function startOnFreshDevice(): void {
  localStorage.clear();
  sessionStorage.clear();
  // Replaced whole: the state the store was created with, before anything was set or read back.
  for (const store of APP_STORES) store.setState(store.getInitialState(), true);
}
