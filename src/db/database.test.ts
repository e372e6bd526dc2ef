import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { patientSchema, type PatientId } from '../domain';
import { patientRow } from '../test/factories';
import { readRawTables, rawText } from '../test/raw-database';
import { TEST_DATA_KEY } from '../test/setup';
import { clearDataKey, setDataKey } from './data-key';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  TijdigDb,
} from './database';
import { ENCRYPTED_TABLES, encryptPlainRows } from './encryption';
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
    expect(db.verno).toBe(11);

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

  it('keeps every record of a plain version-7 device through version 8 and the first unlock, then stores it sealed', async () => {
    const name = uniqueName();
    const secret = 'Geheimhouding-Smit';
    const patients = [
      patientRow({ familyName: secret, bsn: '111222333' }),
      patientRow({ familyName: 'Bakker' }),
    ];
    const [first, second] = patients.map((row) => row.id) as [PatientId, PatientId];
    const v7Rows: Record<string, Record<string, unknown>[]> = {
      patients,
      outbox: [3, 1, 2].map((counter) => ({
        mutationId: `0190f0e2-7c4a-7000-8000-0000000000c${String(counter)}`,
        counter,
        entity: 'patient',
        recordId: first,
        op: 'put',
        baseRev: null,
        changed: { familyName: secret, note: `wijziging ${String(counter)}` },
        createdAt: '2026-01-05T09:00:00.000Z',
      })),
      checklistResults: [
        { id: 'c1', patientId: first, definitionId: 'spict', observedOn: '2026-01-02', note: secret },
      ],
      markingEvents: [{ id: 'm1', patientId: first, date: '2026-01-02', reason: secret }],
      meetings: [{ id: 'mt1', date: '2026-02-01', bottlenecks: secret }],
      agendaItems: [{ id: 'a1', meetingId: 'mt1', patientId: first, outcome: secret }],
      specialistInvitations: [{ id: 's1', meetingId: 'mt1', agendaItemId: 'a1', question: secret }],
      conflicts: [{ id: 'k1', recordId: first, status: 'open', local: { familyName: secret } }],
      carePlans: [{ id: first, patientId: first, wishes: secret }],
      carePlanVersions: [
        { id: 'v1', carePlanId: first, savedAt: '2026-01-03T10:00:00.000Z', wishes: secret },
      ],
      mdoActions: [
        { id: 'x1', meetingId: 'mt1', patientId: first, status: 'open', dueDate: '2026-02-10', text: secret },
      ],
      auditQueue: [{ id: 'q1', event: 'patient.read', patientId: second, recordPart: secret }],
    };

    // A device on today's schema (version 7), everything plain.
    const v7 = new Dexie(name);
    for (const [version, schema] of [
      SCHEMA_V1,
      SCHEMA_V2,
      SCHEMA_V3,
      SCHEMA_V4,
      SCHEMA_V5,
      SCHEMA_V6,
      SCHEMA_V7,
    ].entries()) {
      v7.version(version + 1).stores(schema);
    }
    await v7.transaction('rw', v7.tables, async () => {
      for (const [table, rows] of Object.entries(v7Rows)) await v7.table(table).bulkAdd(rows);
    });
    v7.close();

    // The new version opens while the device is still locked: plain rows stay readable until the unlock.
    clearDataKey();
    const db = new TijdigDb(name);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await getPatient(db, first)).toEqual(patients[0]);
    expect(rawText(await readRawTables(name))).toContain(secret);

    setDataKey(TEST_DATA_KEY.slice());
    await encryptPlainRows(db);

    const raw = await readRawTables(name);
    expect(rawText(raw)).not.toContain(secret);
    expect(rawText(raw)).not.toContain('111222333');
    for (const [table, rows] of Object.entries(v7Rows)) {
      expect(Object.keys(ENCRYPTED_TABLES), table).toContain(table);
      expect(
        raw[table]?.every((row) => row._format === 1),
        table,
      ).toBe(true);
      expect(await db.table(table).count(), table).toBe(rows.length);
      const key = table === 'outbox' ? 'mutationId' : 'id';
      const read = await db.table(table).bulkGet(rows.map((row) => row[key] as string));
      // Version 9 gave care plans the date the mantelzorgbelasting was discussed (record-shapes.test.ts).
      const upgraded =
        table === 'carePlans' ? rows.map((row) => ({ ...row, mantelzorgDiscussedOn: null })) : rows;
      expect(read, table).toEqual(upgraded);
    }
    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox.map((row) => [row.counter, row.changed])).toEqual([
      [1, { familyName: secret, note: 'wijziging 1' }],
      [2, { familyName: secret, note: 'wijziging 2' }],
      [3, { familyName: secret, note: 'wijziging 3' }],
    ]);
    // A second unlock finds nothing left to rewrite.
    expect(await encryptPlainRows(db)).toBe(0);
    db.close();
  });

  it('opens a fresh database at the latest version with empty tables', async () => {
    const db = new TijdigDb(uniqueName());
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.patients.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.markingEvents.count()).toBe(0);
    expect(await db.checklistResults.count()).toBe(0);
    expect(await db.carePlans.count()).toBe(0);
    expect(await db.carePlanVersions.count()).toBe(0);
    expect(await db.mdoActions.count()).toBe(0);
    expect(await db.specialists.count()).toBe(0);
    expect(await db.quarantinedRecords.count()).toBe(0);
    db.close();
  });
});
