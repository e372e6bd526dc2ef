/**
 * The two ways reading an encrypted row can fail. Both are typed so the UI can say "vergrendeld" or
 * "beschadigd" instead of showing garbage or crashing.
 */

/** The device is locked: no data key in memory, so patient rows can be neither read nor written. */
export class DataLockedError extends Error {
  override readonly name = 'DataLockedError';
  constructor(readonly table: string) {
    super(`The device is locked; "${table}" cannot be read or written until it is unlocked.`);
  }
}

/**
 * A stored ciphertext did not decrypt with the current key for this table and row: tampered with, moved
 * from another row or table, or written with another key (another user or device).
 */
export class RecordDecryptError extends Error {
  override readonly name = 'RecordDecryptError';
  constructor(
    readonly table: string,
    readonly recordKey: unknown,
  ) {
    super(`A stored row of "${table}" failed to decrypt (tampered, moved or written with another key).`);
  }
}

/** True when `error`, or an error Dexie wrapped around it, says the device is locked. */
export function isDataLockedError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof DataLockedError || current.name === 'DataLockedError') return true;
    current = 'inner' in current ? current.inner : current.cause;
  }
  return false;
}
