/**
 * Persistent storage: without it the browser may evict IndexedDB under disk pressure, taking unsynced
 * care data with it. Asked once on first use; the state is shown in Instellingen.
 */

const ASKED_KEY = 'tijdig.persistAsked';

export interface StorageState {
  isPersisted: boolean | null;
  usedBytes: number | null;
  availableBytes: number | null;
}

/** The Storage API is missing in old browsers and on pages not served over https. */
function storageManager(): StorageManager | undefined {
  return 'storage' in navigator ? navigator.storage : undefined;
}

/** Asks the browser once per device to keep this app's data, and remembers that it asked. */
export async function requestPersistentStorageOnce(): Promise<void> {
  const storage = storageManager();
  if (!storage || localStorage.getItem(ASKED_KEY) === 'yes') return;
  localStorage.setItem(ASKED_KEY, 'yes');
  await storage.persist().catch(() => false);
}

/** Reads whether storage is persisted and how much is used and still available; null where unknown. */
export async function readStorageState(): Promise<StorageState> {
  const storage = storageManager();
  if (!storage) return { isPersisted: null, usedBytes: null, availableBytes: null };
  const isPersisted = await storage.persisted().catch(() => null);
  const estimate = await storage.estimate().catch(() => null);
  const used = estimate?.usage ?? null;
  const quota = estimate?.quota ?? null;
  return {
    isPersisted,
    usedBytes: used,
    availableBytes: quota !== null && used !== null ? Math.max(0, quota - used) : null,
  };
}
