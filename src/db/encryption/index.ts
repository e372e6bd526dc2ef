/**
 * At-rest encryption of patient data in the device database: install it on a TijdigDb and it seals every
 * row of the patient tables with the device's data key, and encrypts rows left from before on unlock.
 */
import { currentDataKey, onDataKeyChange } from '../data-key';
import type { TijdigDb } from '../database';
import { isDataLockedError } from './errors';
import { encryptionMiddleware } from './middleware';
import { forgetCachedQueries } from './cached-queries';
import { encryptPlainRows } from './migrate-plain-rows';
import { forgetOpenedRows } from './opened-rows';

export { DataLockedError, RecordDecryptError, isDataLockedError } from './errors';
export {
  ENCRYPTED_TABLES,
  FORMAT_FIELD,
  RECORD_VERSION_FIELD,
  SEALED_FIELD,
  isEncryptedTable,
} from './encrypted-tables';
export { countCachedTables } from './cached-queries';
export { encryptPlainRows } from './migrate-plain-rows';
export { countOpenedRows } from './opened-rows';
export { keepSealed, sealAhead, type RowToSeal } from './presealed';

/** A database closed or deleted (sign-out wipe) while the migration ran: nothing left to migrate. */
function isClosedError(error: unknown): boolean {
  return error instanceof Error && ['DatabaseClosedError', 'AbortError'].includes(error.name);
}

/** Adds the middleware, and runs the plain-row migration whenever the database opens or the device unlocks. */
export function installEncryption(db: TijdigDb): void {
  db.use(encryptionMiddleware);
  let running: Promise<void> | null = null;
  const migrate = () => {
    if (!currentDataKey() || running) return;
    running = encryptPlainRows(db)
      .then(
        () => undefined,
        (error: unknown) => {
          // Locked again mid-way: the next unlock continues where this one stopped.
          if (!isDataLockedError(error) && !isClosedError(error)) {
            console.error('Encrypting the rows stored before encryption failed', error);
          }
        },
      )
      .finally(() => {
        running = null;
      });
  };
  let unsubscribe: (() => void) | null = null;
  db.on(
    'ready',
    () => {
      unsubscribe ??= onDataKeyChange((unlocked) => {
        // What Dexie cached was decrypted with the key that just changed: none of it outlives a lock.
        forgetCachedQueries(db.name);
        if (unlocked) migrate();
      });
      // Not returned: opening the database never waits for the migration; reads handle plain rows.
      migrate();
    },
    true,
  );
  db.on('close', () => {
    unsubscribe?.();
    unsubscribe = null;
    // A closed database (the sign-out wipe closes it first) keeps no opened rows in memory.
    forgetOpenedRows(db.name);
    forgetCachedQueries(db.name);
  });
}
