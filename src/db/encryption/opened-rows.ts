/**
 * The rows live queries have opened, kept per stored revision so that a live query run again after a write
 * decrypts only the rows that write changed. Without it, marking one patient made the register decrypt and
 * parse every patient again (and every checklist result), and each returned row was a new object, so every
 * memoised register row rendered again too.
 *
 * A stored row's revision is its sealed bytes' length, header and tag: every write seals with a fresh random
 * nonce (record-cipher.ts), so the same nonce and tag mean the very bytes this row was opened from. Bytes
 * changed on disk in between without the key (the tag cannot be made anew) are then not opened again: the
 * row read before, which passed its tag check, is given instead of a RecordDecryptError. Entries are per
 * database, table and primary key (the key is also bound into the ciphertext), one per row.
 *
 * Plaintext in memory is what a lock must not leave behind: every entry is dropped when the data key
 * changes (lock, sign-out, user switch, unlock with another key) and when the database closes (the wipe
 * at sign-out closes it first). The middleware asks for the key before it looks here, so a locked device
 * refuses reads whatever this holds.
 */
import { onDataKeyChange } from '../data-key';

/** Bytes before the ciphertext: format version (1) and nonce (12); the GCM tag is the last 16. */
const HEADER_BYTES = 13;
const TAG_BYTES = 16;

interface OpenedRow {
  /** Length, header and tag of the sealed bytes the row was opened from. */
  length: number;
  revision: Uint8Array;
  row: unknown;
}

/** Per database name, per table, per primary key. */
const opened = new Map<string, Map<string, Map<string | number, OpenedRow>>>();
/** Per database name, the tables a live query has read since the key last changed (see keepWrittenRow). */
const liveTables = new Map<string, Set<string>>();
/**
 * Counts the times rows were dropped: a read that began before (its decryptions still running when the
 * device locked) must not keep what it opens afterwards.
 */
let dropped = 0;

onDataKeyChange(() => {
  opened.clear();
  liveTables.clear();
  dropped += 1;
});

function revisionOf(sealed: Uint8Array): Uint8Array {
  const revision = new Uint8Array(HEADER_BYTES + TAG_BYTES);
  revision.set(sealed.subarray(0, HEADER_BYTES));
  revision.set(sealed.subarray(sealed.length - TAG_BYTES), HEADER_BYTES);
  return revision;
}

function isRevisionOf({ length, revision }: OpenedRow, sealed: Uint8Array): boolean {
  if (sealed.length !== length) return false;
  const tagStart = sealed.length - TAG_BYTES;
  for (let index = 0; index < HEADER_BYTES; index += 1) {
    if (revision[index] !== sealed[index]) return false;
  }
  for (let index = 0; index < TAG_BYTES; index += 1) {
    if (revision[HEADER_BYTES + index] !== sealed[tagStart + index]) return false;
  }
  return true;
}

/** Only string and number keys (every encrypted table's): others are simply never kept. */
function isKeptKey(primaryKey: unknown): primaryKey is string | number {
  return typeof primaryKey === 'string' || typeof primaryKey === 'number';
}

/** The opened rows of one table of one database. */
export interface OpenedRows {
  /** The row opened from exactly these sealed bytes before, or undefined. */
  find(primaryKey: unknown, sealed: Uint8Array): unknown;
  /** Keeps `row` as what `sealed` opens to (replacing the row's earlier revision). */
  keep(primaryKey: unknown, sealed: Uint8Array, row: unknown): void;
}

/**
 * The opened rows of `table`, for one live query's read: once rows are dropped, it neither finds nor keeps
 * any. From now on the table counts as one that live queries read (keepWrittenRow).
 */
export function openedRowsOf(dbName: string, table: string): OpenedRows {
  const droppedAtStart = dropped;
  let tables = liveTables.get(dbName);
  if (!tables) liveTables.set(dbName, (tables = new Set()));
  tables.add(table);
  return {
    find(primaryKey, sealed) {
      if (dropped !== droppedAtStart || !isKeptKey(primaryKey)) return undefined;
      const entry = opened.get(dbName)?.get(table)?.get(primaryKey);
      return entry && isRevisionOf(entry, sealed) ? entry.row : undefined;
    },
    keep(primaryKey, sealed, row) {
      if (dropped === droppedAtStart) keepRow(dbName, table, primaryKey, sealed, row);
    },
  };
}

/** Keeps `row` as what `sealed` opens to (replacing the row's earlier revision); only string and number keys. */
function keepRow(dbName: string, table: string, primaryKey: unknown, sealed: Uint8Array, row: unknown): void {
  if (!isKeptKey(primaryKey)) return;
  let tables = opened.get(dbName);
  if (!tables) opened.set(dbName, (tables = new Map<string, Map<string | number, OpenedRow>>()));
  let rows = tables.get(table);
  if (!rows) tables.set(table, (rows = new Map<string | number, OpenedRow>()));
  rows.set(primaryKey, { length: sealed.length, revision: revisionOf(sealed), row });
}

/**
 * Keeps `row`, just sealed into `sealed` by a write, as what those bytes open to, so the live queries that
 * read its table again after the commit need not decrypt it: a first sync's commits made the register
 * decrypt and parse every row the sync had just sealed (about 0.3 s at 4x CPU for 3,000 records). Only for
 * a table a live query has read (no plaintext is kept of tables nothing shows), and only for a row that is
 * what opening gives: JSON data in the current shape, frozen (the pull's rows, see presealed.ts).
 */
export function keepWrittenRow(
  dbName: string,
  table: string,
  primaryKey: unknown,
  sealed: Uint8Array,
  row: unknown,
): void {
  // The write runs with the current key (the middleware asks for it first), so nothing dropped can come back.
  if (liveTables.get(dbName)?.has(table)) keepRow(dbName, table, primaryKey, sealed, row);
}

/** Drops what was kept for database `dbName` (it closes, or is deleted). */
export function forgetOpenedRows(dbName: string): void {
  opened.delete(dbName);
  liveTables.delete(dbName);
  dropped += 1;
}

/** How many opened rows are kept for database `dbName`: for tests of what a lock leaves behind. */
export function countOpenedRows(dbName: string): number {
  let count = 0;
  for (const rows of opened.get(dbName)?.values() ?? []) count += rows.size;
  return count;
}
