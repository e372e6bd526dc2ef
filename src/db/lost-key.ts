/**
 * When the key that sealed this device's rows is gone for good: the password changed on another device and
 * the server's device key was reset, so neither wrap opens the old vault and the key vault made a new key.
 * The sealed rows can never be read again, and keeping them would only make every page fail to decrypt. They
 * are dropped together with the pull checkpoint and the known revisions, so the next sync downloads the
 * practice again from the server: the server's copy is the way back.
 */
import type { TijdigDb } from './database';
import { ENCRYPTED_TABLES } from './encryption/encrypted-tables';
import { forgetPullCheckpoint } from './sync-meta';

/**
 * Drops every encrypted row and the sync position. Returns how many changes had not reached the server:
 * they were sealed with the lost key and are gone with it, so the caller must say so to the user.
 */
export async function discardRowsOfLostKey(db: TijdigDb): Promise<number> {
  const encrypted = Object.keys(ENCRYPTED_TABLES).map((name) => db.table(name));
  return db.transaction('rw', [...encrypted, db.recordRevs, db.meta], async () => {
    // A count reads no row, so it works on rows nobody can decrypt any more.
    const lostChanges = await db.outbox.count();
    for (const table of encrypted) await table.clear();
    await db.recordRevs.clear();
    await forgetPullCheckpoint(db);
    return lostChanges;
  });
}
