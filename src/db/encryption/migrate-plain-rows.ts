/**
 * Encrypts the rows a device wrote before encryption existed. A Dexie upgrade cannot do this (the data key
 * is not in memory while the schema upgrades), so it runs after the first unlock and reads keep returning
 * plain rows correctly until then.
 *
 * Each batch is read and written back in one read-write transaction: a row the app changed meanwhile is
 * re-read, never overwritten with an older copy; a row deleted meanwhile is skipped. Rows keep their
 * primary keys and every indexed field, so nothing is duplicated and the outbox keeps its counter order.
 */
import type { Table } from 'dexie';
import type { TijdigDb } from '../database';
import { ENCRYPTED_TABLES, FORMAT_FIELD, type EncryptedTableName } from './encrypted-tables';

const BATCH_SIZE = 200;

/** Primary keys of the rows of `table` that are still plain: every key minus the sealed rows' keys. */
async function plainKeys(table: Table): Promise<unknown[]> {
  const [all, sealed] = await Promise.all([table.count(), table.where(FORMAT_FIELD).aboveOrEqual(0).count()]);
  if (all === sealed) return [];
  const sealedKeys = new Set<unknown>(await table.where(FORMAT_FIELD).aboveOrEqual(0).primaryKeys());
  const keys: unknown[] = await table.toCollection().primaryKeys();
  return keys.filter((key) => !sealedKeys.has(key));
}

async function encryptTable(db: TijdigDb, table: Table): Promise<number> {
  const keys = await plainKeys(table);
  for (let start = 0; start < keys.length; start += BATCH_SIZE) {
    const batch = keys.slice(start, start + BATCH_SIZE);
    await db.transaction('rw', table, async () => {
      // Read through the middleware (plain rows come back as they are) and put back sealed.
      const rows = (await table.bulkGet(batch)).filter((row) => row !== undefined);
      await table.bulkPut(rows);
    });
  }
  return keys.length;
}

/** Seals every plain row of every encrypted table; answers how many rows it rewrote. Needs the data key. */
export async function encryptPlainRows(db: TijdigDb): Promise<number> {
  let rewritten = 0;
  for (const name of Object.keys(ENCRYPTED_TABLES) as EncryptedTableName[]) {
    rewritten += await encryptTable(db, db.table(name));
  }
  return rewritten;
}
