/**
 * The DBCore middleware that keeps patient rows encrypted at rest.
 *
 * It sits at the bottom of Dexie's stack (below its caches, hooks and live-query observation), so
 * everything above it, the app included, sees whole decrypted records, and only IndexedDB sees sealed rows.
 * Writes are sealed and reads opened synchronously with the data key in memory (data-key.ts); without a
 * key, reading a sealed row or writing any row of an encrypted table throws DataLockedError. Counting,
 * key-only queries and deletes need no key. Rows written before encryption existed (no FORMAT_FIELD) are
 * read as they are until migrate-plain-rows.ts rewrites them after the first unlock.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreCursor,
  type DBCoreMutateRequest,
  type DBCoreQueryRequest,
  type DBCoreTable,
  type DBCoreTableSchema,
  type Middleware,
  type Transaction,
} from 'dexie';
import { yieldToMain } from '../../lib/yield-to-main';
import { currentDataKey, onDataKeyChange } from '../data-key';
import { recordVersionOfTable, upToDateRow } from '../record-shapes';
import {
  ENCRYPTED_TABLES,
  FORMAT_FIELD,
  RECORD_VERSION_FIELD,
  SEALED_FIELD,
  isEncryptedTable,
  type EncryptedTableName,
} from './encrypted-tables';
import { DataLockedError } from './errors';
import { keepWrittenRow, openedRowsOf, type OpenedRows } from './opened-rows';
import { takePresealed } from './presealed';
import {
  SEALED_FORMAT_VERSION,
  forgetImportedKey,
  decryptRecordAsync,
  importKeyAhead,
  openRecord,
  parseOpened,
  sealRecord,
} from './record-cipher';

// The WebCrypto copy of the key goes when the key does (lock, sign-out).
onDataKeyChange(() => {
  forgetImportedKey();
});

type Row = Record<string, unknown>;

/** Below Dexie's own middlewares (the lowest, cacheExistingValues, is -1) so their caches hold decrypted rows. */
const LEVEL = -10;

function keyOrThrow(table: string): Uint8Array {
  const key = currentDataKey();
  if (!key) throw new DataLockedError(table);
  return key;
}

function sealRow(
  dbName: string,
  name: EncryptedTableName,
  schema: DBCoreTableSchema,
  key: Uint8Array,
  record: Row,
): Row {
  const primaryKey: unknown = schema.primaryKey.extractKey?.(record);
  const keyPath = schema.primaryKey.keyPath as string;
  const stored: Row = { [keyPath]: primaryKey };
  for (const field of ENCRYPTED_TABLES[name]) {
    if (record[field] !== undefined) stored[field] = record[field];
  }
  stored[FORMAT_FIELD] = SEALED_FORMAT_VERSION;
  const version = recordVersionOfTable(name);
  if (version !== null) stored[RECORD_VERSION_FIELD] = version;
  const ahead = takePresealed(record, name, primaryKey, key);
  const sealed = ahead?.sealed ?? sealRecord(key, name, primaryKey, record);
  stored[SEALED_FIELD] = sealed;
  if (ahead?.isAsOpened) keepWrittenRow(dbName, name, primaryKey, sealed, record);
  return stored;
}

/** The sealed bytes of a stored row, or null for a row from before encryption (no FORMAT_FIELD). */
function sealedBytes(row: Row): Uint8Array | null {
  const sealed = row[SEALED_FIELD];
  // isView, not instanceof: a structured clone may come from another realm (workers, test environments).
  if (!ArrayBuffer.isView(sealed)) return null;
  return new Uint8Array(sealed.buffer, sealed.byteOffset, sealed.byteLength);
}

/** An opened record in the current shape of its kind: sealed with an older one, it is migrated now. */
function upToDate(name: EncryptedTableName, stored: Row, opened: unknown): unknown {
  const version = stored[RECORD_VERSION_FIELD];
  return upToDateRow(name, opened as Row, typeof version === 'number' ? version : undefined);
}

function openRow(name: EncryptedTableName, schema: DBCoreTableSchema, row: unknown): unknown {
  if (row === undefined || row === null) return row;
  const bytes = sealedBytes(row as Row);
  // A row from before encryption: readable (it is plain on disk anyway) until the migration seals it.
  if (!bytes) return row;
  return upToDate(
    name,
    row as Row,
    openRecord(keyOrThrow(name), name, schema.primaryKey.extractKey?.(row), bytes),
  );
}

/** Plaintext parsed per turn of the event loop when many rows are opened at once (about 100 patients). */
const PARSE_BUDGET_BYTES = 64 * 1024;

/**
 * Rows whose decryption is started in one turn. Each crypto.subtle.decrypt call costs the main thread its
 * set-up (copying the bytes, the associated data, a promise): starting 10,000 at once was one task of
 * several hundred milliseconds at 4x CPU, so a table is decrypted in batches with a yield between them.
 */
export const DECRYPT_BATCH_ROWS = 100;

function decryptBatch(
  name: EncryptedTableName,
  schema: DBCoreTableSchema,
  key: Uint8Array,
  rows: unknown[],
): Promise<(ArrayBuffer | null)[]> {
  return Promise.all(
    rows.map((row) => {
      const bytes = row === undefined || row === null ? null : sealedBytes(row as Row);
      return bytes
        ? decryptRecordAsync(key, name, schema.primaryKey.extractKey?.(row), bytes)
        : Promise.resolve(null);
    }),
  );
}

/**
 * Every row decrypted through WebCrypto (native, in parallel) in batches, then parsed in chunks, with a
 * yield between them: opening a whole table (1,000 care plans, 10,000 patients) in one go would be one
 * long task. The next batch is decrypted while the current one is parsed. With `known` (a live query's
 * read), rows opened before from the same sealed bytes are taken from it and only the others decrypted.
 */
async function openRowsAsync(
  name: EncryptedTableName,
  schema: DBCoreTableSchema,
  rows: unknown[],
  known?: OpenedRows,
): Promise<unknown[]> {
  const key = keyOrThrow(name);
  const opened: unknown[] = new Array(rows.length);
  /** Positions in `rows` of the rows that still need opening. */
  const toOpen: number[] = [];
  /** Each row's sealed bytes, read once for the lookup and kept for `known.keep`. */
  const sealed = rows.map((row) => (row === undefined || row === null ? null : sealedBytes(row as Row)));
  for (const [index, row] of rows.entries()) {
    const bytes = sealed[index];
    const found = bytes && known?.find(schema.primaryKey.extractKey?.(row), bytes);
    if (found === undefined || found === null) toOpen.push(index);
    else opened[index] = found;
  }
  const batchAt = (start: number) => {
    const batch = decryptBatch(
      name,
      schema,
      key,
      toOpen.slice(start, start + DECRYPT_BATCH_ROWS).map((index) => rows[index]),
    );
    // Awaited in its turn below; failing before then (a row sealed with another key) is not unhandled.
    batch.catch(() => undefined);
    return batch;
  };
  if (toOpen.length > 0) await importKeyAhead(key);
  let parsedBytes = 0;
  let decrypting = batchAt(0);
  for (let start = 0; start < toOpen.length; start += DECRYPT_BATCH_ROWS) {
    const current = decrypting;
    // The next batch starts (in a task of its own) before this one is awaited: WebCrypto decrypts it while
    // the main thread parses this one, instead of both taking turns to wait for the other.
    const next = start + DECRYPT_BATCH_ROWS;
    if (next < toOpen.length) {
      await yieldToMain();
      decrypting = batchAt(next);
    }
    const plaintexts = await current;
    for (const [offset, plaintext] of plaintexts.entries()) {
      const index = toOpen[start + offset] ?? 0;
      const row = rows[index];
      if (!plaintext) {
        opened[index] = row;
        continue;
      }
      if (parsedBytes >= PARSE_BUDGET_BYTES) {
        parsedBytes = 0;
        await yieldToMain();
      }
      parsedBytes += plaintext.byteLength;
      const record = upToDate(name, row as Row, parseOpened(plaintext));
      opened[index] = record;
      const bytes = sealed[index];
      if (known && bytes) known.keep(schema.primaryKey.extractKey?.(row), bytes, record);
    }
  }
  // The device locked (or the key changed) while this read ran: what it opened goes nowhere, not even into
  // Dexie's live-query cache, which would otherwise keep it after the lock dropped its own entries.
  if (currentDataKey() !== key) throw new DataLockedError(name);
  return opened;
}

/**
 * Whether this read is the only work of its transaction: a read-only transaction Dexie opened just for it
 * (a live query or a lone toArray), not one the app opened. Only then may decryption wait on WebCrypto:
 * the transaction may commit meanwhile, as nothing else will use it.
 */
function isLoneRead(req: DBCoreQueryRequest): boolean {
  // Typed as always present; outside any transaction it is null.
  const trans = Dexie.currentTransaction as Transaction | null;
  return (
    trans !== null && trans.explicit !== true && trans.mode === 'readonly' && trans.idbtrans === req.trans
  );
}

/**
 * Whether this read is a live query's read that Dexie's cache keeps (it marks those with `obsSet`). Only
 * such reads share opened rows (opened-rows.ts): Dexie hands their rows out frozen (or deep-cloned, with
 * its 'cloned' cache), so no caller can change a shared row. Other reads may change what they get.
 */
function isLiveQueryRead(req: DBCoreQueryRequest): boolean {
  return req.obsSet !== undefined;
}

/**
 * Schema upgrades run when the database opens, usually before any unlock. Their writes (the version-2 and
 * version-3 upgrades rewrite old plain rows) stay plain then, and the migration after unlock seals them.
 */
function isUpgrade(req: DBCoreMutateRequest): boolean {
  return (req.trans as Partial<IDBTransaction>).mode === 'versionchange';
}

/**
 * The cursor with `value` decrypted, once per row however often Dexie reads it. IDBCursor's getters need
 * the real cursor as `this`, so `key` and `primaryKey` are forwarded too.
 */
function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => unknown): DBCoreCursor {
  let lastStored: unknown = undefined;
  let lastOpened: unknown = undefined;
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get: () => {
        const stored: unknown = cursor.value;
        if (stored !== lastStored) {
          lastOpened = open(stored);
          lastStored = stored;
        }
        return lastOpened;
      },
    },
  }) as DBCoreCursor;
}

function encryptingTable(dbName: string, name: EncryptedTableName, table: DBCoreTable): DBCoreTable {
  const schema = table.schema;
  const open = (row: unknown) => openRow(name, schema, row);
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const key = currentDataKey();
      if (!key && isUpgrade(req)) return table.mutate(req);
      if (!key) throw new DataLockedError(name);
      const values = req.values.map((value) => sealRow(dbName, name, schema, key, value as Row));
      return table.mutate({ ...req, values });
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req) => {
      if (!req.values) return table.query(req);
      if (isLoneRead(req)) {
        const known = isLiveQueryRead(req) ? openedRowsOf(dbName, name) : undefined;
        return table
          .query(req)
          .then(async (res) => ({ ...res, result: await openRowsAsync(name, schema, res.result, known) }));
      }
      return table.query(req).then((res) => ({ ...res, result: res.result.map(open) }));
    },
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values ? openingCursor(cursor, open) : cursor)),
  };
}

export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EncryptionAtRest',
  level: LEVEL,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return isEncryptedTable(name) ? encryptingTable(down.schema.name, name, table) : table;
    },
  }),
};
