import { useStore, type StoreApi, type UseBoundStore } from 'zustand';

/**
 * A React hook over a store made without React (zustand/vanilla), carrying the store's own methods
 * (getState, setState, subscribe) as zustand's `create` does. The store then lives in a module of its own
 * that code outside React can import without React: the early start script (app/start-early.ts) reads the
 * session and lock stores before the app's bundle, with React in it, has arrived.
 */
export function bindStore<S>(store: StoreApi<S>): UseBoundStore<StoreApi<S>> {
  const useBoundStore = <T>(selector: (state: S) => T): T => useStore(store, selector);
  return Object.assign(useBoundStore, store) as UseBoundStore<StoreApi<S>>;
}
