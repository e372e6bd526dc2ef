import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientRow } from '../../test/factories';
import { TEST_DATA_KEY } from '../../test/setup';
import { clearDataKey, setDataKey } from '../data-key';
import { TijdigDb } from '../database';
import { SEALED_FIELD } from './encrypted-tables';
import { RecordDecryptError } from './errors';
import { sealAhead, takePresealed } from './presealed';
import { openRecord, sealRecordAsync } from './record-cipher';

const databases: TijdigDb[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The stored (sealed) row, read straight from IndexedDB below the encryption layer. */
function rawRow(db: TijdigDb, table: string, key: string): Promise<Record<string, unknown>> {
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    const request = idb.transaction(table).objectStore(table).get(key);
    request.onsuccess = () => {
      resolve(request.result as Record<string, unknown>);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('read failed'));
    };
  });
}

describe('sealing ahead', () => {
  it('seals through WebCrypto in the format the synchronous cipher opens, bound to table and key', async () => {
    const record = { id: 'p1', familyName: 'Oudewater' };
    const sealed = await sealRecordAsync(TEST_DATA_KEY, 'patients', 'p1', record);
    expect(openRecord(TEST_DATA_KEY, 'patients', 'p1', sealed)).toEqual(record);
    expect(() => openRecord(TEST_DATA_KEY, 'patients', 'p2', sealed)).toThrow(RecordDecryptError);
    expect(() => openRecord(TEST_DATA_KEY, 'carePlans', 'p1', sealed)).toThrow(RecordDecryptError);
  });

  it('does its main-thread work within the call once the key is imported, so a time slice counts it', async () => {
    await sealRecordAsync(TEST_DATA_KEY, 'patients', 'p0', { id: 'p0' });
    let serialised = 0;
    const record = {
      id: 'p1',
      toJSON: () => {
        serialised += 1;
        return { id: 'p1' };
      },
    };

    const sealing = sealRecordAsync(TEST_DATA_KEY, 'patients', 'p1', record);

    expect(serialised).toBe(1);
    expect(openRecord(TEST_DATA_KEY, 'patients', 'p1', await sealing)).toEqual({ id: 'p1' });
  });

  it('hands the ciphertext only to the same row, table, primary key and data key, once', async () => {
    const row = { id: 'p1', familyName: 'Oudewater' };
    await sealAhead([{ table: 'patients', keyPath: 'id', row }]);
    expect(Object.isFrozen(row)).toBe(true);
    const key = TEST_DATA_KEY.slice();
    setDataKey(key);
    expect(takePresealed(row, 'patients', 'p1', key)).toBeNull(); // another key object: sealed anew

    const again = { id: 'p1', familyName: 'Oudewater' };
    await sealAhead([{ table: 'patients', keyPath: 'id', row: again }]);
    expect(takePresealed(again, 'carePlans', 'p1', key)).toBeNull();

    const third = { id: 'p1', familyName: 'Oudewater' };
    await sealAhead([{ table: 'patients', keyPath: 'id', row: third }]);
    expect(takePresealed(third, 'patients', 'p1', key)).not.toBeNull();
    expect(takePresealed(third, 'patients', 'p1', key)).toBeNull();
  });

  it('leaves plain tables and a locked device to the write', async () => {
    const plain = { key: 'patient:p1', rev: 3 };
    await sealAhead([{ table: 'recordRevs', keyPath: 'key', row: plain }]);
    expect(Object.isFrozen(plain)).toBe(false);
    clearDataKey();
    const locked = { id: 'p1' };
    await sealAhead([{ table: 'patients', keyPath: 'id', row: locked }]);
    expect(Object.isFrozen(locked)).toBe(false);
  });

  it('writes the ciphertext made ahead, which reads back as the record', async () => {
    const db = new TijdigDb(`presealed-${crypto.randomUUID()}`);
    databases.push(db);
    await db.open();
    const patient = patientRow();
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    const made: ArrayBuffer[] = [];
    const spy = vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args) => {
      const ciphertext = await encrypt(...args);
      made.push(ciphertext);
      return ciphertext;
    });
    try {
      await sealAhead([{ table: 'patients', keyPath: 'id', row: patient }]);
    } finally {
      spy.mockRestore();
    }
    await db.patients.put(patient);
    const stored = await rawRow(db, 'patients', patient.id);
    const sealed = stored[SEALED_FIELD];
    const [ahead] = made;
    if (!ArrayBuffer.isView(sealed) || !ahead || made.length !== 1)
      throw new Error('expected one sealed row');
    // Format byte and nonce first, then exactly the ciphertext WebCrypto made ahead.
    const tail = new Uint8Array(sealed.buffer, sealed.byteOffset + 13, sealed.byteLength - 13);
    expect(Array.from(tail)).toEqual(Array.from(new Uint8Array(ahead)));
    expect(JSON.stringify(stored)).not.toContain(patient.familyName);
    expect(await db.patients.get(patient.id)).toEqual(patient);
  });
});
