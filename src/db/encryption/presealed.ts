/**
 * Records sealed before the transaction that writes them. Sealing inside a transaction must be synchronous
 * (the pure-JS AES of record-cipher.ts): awaiting WebCrypto there would let IndexedDB commit half-way. For
 * a first sync that is most of the work: thousands of care plans of some KB each, sealed on the main thread
 * in tasks of hundreds of milliseconds. So the pull seals its rows ahead with WebCrypto (native, off the main
 * thread) and then writes them; the middleware takes the ciphertext made ahead instead of sealing again.
 *
 * Only for the row object that was sealed (a WeakMap on its identity, and the row is frozen so it cannot
 * change after sealing), for the same table and primary key and under the data key that is current at the
 * write. Anything else, a key changed by a lock and unlock in between included, is sealed as usual.
 */
import { startTimeSlice } from '../../lib/time-slice';
import { currentDataKey } from '../data-key';
import { isEncryptedTable } from './encrypted-tables';
import { sealRecordAsync } from './record-cipher';

interface Presealed {
  key: Uint8Array;
  table: string;
  primaryKey: unknown;
  sealed: Uint8Array;
  /**
   * Whether the row is exactly what opening `sealed` gives (JSON data in the current shape), so the write
   * may keep it as opened for the live queries (opened-rows.ts keepWrittenRow).
   */
  isAsOpened?: boolean;
}

/** What a write takes: the ciphertext, and whether its row may be kept as opened. */
export type TakenSeal = Pick<Presealed, 'sealed' | 'isAsOpened'>;

const presealed = new WeakMap<object, Presealed>();

/** One row to seal ahead: its table, the field holding its primary key, the row itself. */
export interface RowToSeal {
  table: string;
  keyPath: string | string[] | null;
  row: Record<string, unknown>;
}

/**
 * Seals `rows` of encrypted tables ahead of their write and freezes them; rows of plain tables, rows with a
 * compound or outbound key and any row while the device is locked are left to the write.
 */
export async function sealAhead(rows: readonly RowToSeal[]): Promise<void> {
  const key = currentDataKey();
  if (!key) return;
  // In time slices, each in a task of its own: turning a whole batch of care plans into JSON at once would
  // be one long task, and what a row costs differs too much between devices for a fixed count per task.
  const slice = startTimeSlice();
  const sealing: Promise<void>[] = [];
  for (const { table, keyPath, row } of rows) {
    if (slice.isSpent()) await slice.next();
    if (!isEncryptedTable(table) || typeof keyPath !== 'string') continue;
    const primaryKey = row[keyPath];
    Object.freeze(row);
    const sealed = sealRecordAsync(key, table, primaryKey, row).then((bytes) => {
      keepSealed(row, { key, table, primaryKey, sealed: bytes });
    });
    // A failure is awaited below, after the loop: not an unhandled rejection while later rows are sealed.
    sealed.catch(() => undefined);
    sealing.push(sealed);
  }
  await Promise.all(sealing);
}

/**
 * Keeps `sealed`, made elsewhere (the pull reader, in its worker) for `row` under `key`, for the write of
 * this very row object; freezes the row, so what is written is what was sealed.
 */
export function keepSealed(row: Record<string, unknown>, entry: Presealed): void {
  Object.freeze(row);
  presealed.set(row, entry);
}

/**
 * The ciphertext sealed ahead for exactly this row, table, primary key and data key, or null. Taken once:
 * a second write of the same row seals anew, with a nonce of its own.
 */
export function takePresealed(
  row: object,
  table: string,
  primaryKey: unknown,
  key: Uint8Array,
): TakenSeal | null {
  const entry = presealed.get(row);
  if (!entry) return null;
  presealed.delete(row);
  const isSame =
    entry.key === key && key === currentDataKey() && entry.table === table && entry.primaryKey === primaryKey;
  return isSame ? { sealed: entry.sealed, isAsOpened: entry.isAsOpened ?? false } : null;
}
