import { afterEach, describe, expect, it } from 'vitest';
import { patientFields } from '../test/factories';
import { TijdigDb } from './database';
import { clearDataKey, setDataKey } from './data-key';
import { createPatient, discardRowsOfLostKey, getCheckpoint, listPatients } from './index';

describe('rows sealed with a key that is gone for good', () => {
  let db: TijdigDb | undefined;
  afterEach(async () => {
    db?.close();
    if (db) await db.delete();
  });

  it('are dropped with the sync position, the unsent ones counted, and the device works again', async () => {
    db = new TijdigDb(`lost-key-${crypto.randomUUID()}`);
    await createPatient(db, patientFields({ familyName: 'Oudesleutel' }), new Date());
    await createPatient(db, patientFields({ familyName: 'Nogeen' }), new Date());
    await db.meta.put({ key: 'pullCheckpoint', value: 42 });
    await db.recordRevs.put({ key: 'patient:x', rev: 3 });

    // The vault made a new key: the old rows no longer open.
    clearDataKey();
    setDataKey(crypto.getRandomValues(new Uint8Array(32)));
    await expect(listPatients(db)).rejects.toThrow();

    expect(await discardRowsOfLostKey(db)).toBe(2);
    expect(await db.patients.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.recordRevs.count()).toBe(0);
    expect(await getCheckpoint(db)).toBe(0);
    const created = await createPatient(db, patientFields({ familyName: 'Nieuw' }), new Date());
    expect(created.ok).toBe(true);
    expect((await listPatients(db)).map((patient) => patient.familyName)).toEqual(['Nieuw']);
  });
});
