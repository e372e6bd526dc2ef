/**
 * The device's data key: the one secret that encrypts patient records at rest in IndexedDB.
 *
 * It lives only here, in memory, while the app is unlocked. The key vault (src/security) puts it here after
 * an unlock and clears it on lock or sign-out; the database's encryption layer reads it for every row, so
 * dropping it here is what "locked" means. The only other holders let go when it changes: WebCrypto's
 * imported copy (record-cipher.ts), and the pull reader's worker, which gets a copy with each page it seals,
 * overwrites it once the page is sealed, and is ended on every change (pulled-reader/reader.ts).
 */
export type DataKeyListener = (unlocked: boolean) => void;

let dataKey: Uint8Array | null = null;
const listeners = new Set<DataKeyListener>();

/** Raw 32-byte AES-256 key, or null while the device is locked. */
export function currentDataKey(): Uint8Array | null {
  return dataKey;
}

export function setDataKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes (AES-256).');
  dataKey = key;
  for (const listener of listeners) listener(true);
}

/** Drops the key (lock, sign-out, wipe). Overwrites the bytes first so no copy lingers in this buffer. */
export function clearDataKey(): void {
  dataKey?.fill(0);
  dataKey = null;
  for (const listener of listeners) listener(false);
}

export function onDataKeyChange(listener: DataKeyListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
