import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { patientSchema } from '../domain';
import { patientRow } from '../test/factories';
import { SCHEMA_V1, TijdigDb } from './database';
import { getPatient } from './patients-repository';

const names: string[] = [];
function uniqueName(): string {
  const name = `upgrade-${String(names.length)}-${String(Date.now())}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('database upgrades', () => {
  it('keeps patients written with schema version 1 through every upgrade and queues them for sync', async () => {
    const name = uniqueName();
    const stored = [patientRow({ familyName: 'Jansen' }), patientRow({ familyName: 'Bakker' })];
    // Version-1 rows had no marking fields beyond palliativeSince.
    const v1Rows = stored.map(({ registerColour, dyingPhaseSince, ...row }) => row);

    // Write real version-1 data with the version-1 schema, as a device that never upgraded would have it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('patients').bulkAdd(v1Rows);
    v1.close();

    const db = new TijdigDb(name);
    await db.open();
    expect(db.verno).toBe(7);

    for (const row of stored) {
      const read = await getPatient(db, row.id);
      // Version 3 added the register colour and the dying phase, empty for existing patients.
      expect(read).toEqual({ ...row, registerColour: null, dyingPhaseSince: null });
      expect(patientSchema.safeParse(read).success).toBe(true);
    }
    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox.map((m) => [m.recordId, m.counter, m.op])).toEqual([
      [stored[0]?.id, 1, 'put'],
      [stored[1]?.id, 2, 'put'],
    ]);
    expect(outbox[0]?.changed).toMatchObject({ familyName: 'Jansen', createdAt: stored[0]?.createdAt });
    expect(await db.meta.get('nextOutboxCounter')).toEqual({ key: 'nextOutboxCounter', value: 3 });
    db.close();
  });

  it('opens a fresh database at the latest version with empty tables', async () => {
    const db = new TijdigDb(uniqueName());
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.patients.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.markingEvents.count()).toBe(0);
    expect(await db.checklistResults.count()).toBe(0);
    expect(await db.carePlans.count()).toBe(0);
    expect(await db.carePlanVersions.count()).toBe(0);
    expect(await db.mdoActions.count()).toBe(0);
    expect(await db.specialists.count()).toBe(0);
    db.close();
  });
});
