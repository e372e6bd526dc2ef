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
import { yieldToMain } from '../../lib/yield-to-main';
import { currentDataKey } from '../data-key';
import { isEncryptedTable } from './encrypted-tables';
import { sealRecordAsync } from './record-cipher';

interface Presealed {
  key: Uint8Array;
  table: string;
  primaryKey: unknown;
  sealed: Uint8Array;
}

const presealed = new WeakMap<object, Presealed>();

/**
 * Rows sealed per task: each is turned into JSON and handed to WebCrypto on the main thread (a care plan
 * some 0.3 ms at 4x CPU), so a chunk stays well under 50 ms.
 */
const SEAL_CHUNK = 25;

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
  // In chunks, each in a task of its own: turning a whole batch of care plans into JSON at once would be
  // one long task, and so would chunks that start in the microtasks of the task that finished the last.
  for (let start = 0; start < rows.length; start += SEAL_CHUNK) {
    if (start > 0) await yieldToMain();
    await Promise.all(
      rows.slice(start, start + SEAL_CHUNK).map(async ({ table, keyPath, row }) => {
        if (!isEncryptedTable(table) || typeof keyPath !== 'string') return;
        const primaryKey = row[keyPath];
        Object.freeze(row);
        const sealed = await sealRecordAsync(key, table, primaryKey, row);
        presealed.set(row, { key, table, primaryKey, sealed });
      }),
    );
  }
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
): Uint8Array | null {
  const entry = presealed.get(row);
  if (!entry) return null;
  presealed.delete(row);
  const isSame =
    entry.key === key && key === currentDataKey() && entry.table === table && entry.primaryKey === primaryKey;
  return isSame ? entry.sealed : null;
}
