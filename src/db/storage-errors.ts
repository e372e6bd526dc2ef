/**
 * Turns IndexedDB failures into states the UI can explain. A failed transaction is rolled back as a
 * whole, so callers can promise the user that nothing was half-saved.
 */

/** Why a write did not happen. `quota`: the device is full; `storage`: any other storage failure. */
export type StorageFailure = 'quota' | 'storage';

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

/**
 * Dexie wraps the browser's error; the original sits in `inner`, or for a bulk write (the outbox's rows
 * of one save) in the first of its `failures`.
 */
function innerOf(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('inner' in error) return error.inner;
  if ('failures' in error && Array.isArray(error.failures)) return error.failures[0] as unknown;
  return undefined;
}

export function classifyStorageError(error: unknown): StorageFailure {
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth += 1) {
    if (nameOf(current) === 'QuotaExceededError') return 'quota';
    current = innerOf(current);
  }
  return 'storage';
}
