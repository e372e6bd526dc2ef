/**
 * Dexie's own live-query cache (`Dexie.cache`, one per page, keyed by database and table) sits above the
 * encryption, so it holds decrypted rows: for as long as a live query is subscribed, and three seconds
 * after its last reader left. A locked device holds no plaintext, so when the data key changes (lock,
 * sign-out, user switch) this database's entries go at once, together with the rows the encryption kept
 * (opened-rows.ts). Readers still mounted keep what they were given until the lock screen replaces them;
 * their next read asks for the key again.
 */
import { Dexie } from 'dexie';

/** The keys of Dexie's cache that hold this database's tables. */
function cachedTablesOf(dbName: string): string[] {
  return Object.keys(Dexie.cache).filter((part) => part.startsWith(`idb://${dbName}/`));
}

export function forgetCachedQueries(dbName: string): void {
  for (const part of cachedTablesOf(dbName)) Reflect.deleteProperty(Dexie.cache, part);
}

/** How many of this database's tables Dexie's cache holds results of (for tests). */
export function countCachedTables(dbName: string): number {
  return cachedTablesOf(dbName).length;
}
