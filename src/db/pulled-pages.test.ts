import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Patient, type PullResponse, type SyncChange } from '../domain';
import { patientRow } from '../test/factories';
import { readRawTables, rawText } from '../test/raw-database';
import { TijdigDb, type OutboxRow } from './database';
import { updatePatient } from './patients-repository';
import { applyPulledChanges, editsOfPage, retryQuarantinedRecords } from './pulled-pages';
import { countQuarantinedRecords } from './quarantined-records';
import { getCheckpoint, pendingMutations, restoreServerCopies } from './sync-repository';

const databases: TijdigDb[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function openDb(): Promise<TijdigDb> {
  const db = new TijdigDb(`pulled-${crypto.randomUUID()}`);
  databases.push(db);
  await db.open();
  return db;
}

const NOW = new Date('2026-11-23T10:00:00.000Z');

type Row = Record<string, unknown>;

/** A patient as the server sends it, at revision `rev`. */
const changeOf = (data: Row, rev: number, seq: number, isDeleted = false): SyncChange => ({
  entity: 'patient',
  recordId: String(data.id),
  rev,
  seq,
  isDeleted,
  data,
});

/** A page of changes ending at checkpoint `next`, from a server of this app's version. */
const page = (changes: SyncChange[], next: number, isSnapshot = false): PullResponse => ({
  changes,
  next,
  hasMore: false,
  isSnapshot,
  schemaVersion: SCHEMA_VERSION,
});

/** A register colour no app version knows: the kind of wrong code a server bug could send. */
const withWrongCode = (patient: Patient): Row => ({ ...patient, registerColour: 'paars' });
const withoutStatus = ({ status: _status, ...rest }: Patient): Row => rest;

describe('pulled records that fail their schema', () => {
  it('are kept aside with their frame and issue paths, while the valid ones of the page apply and the checkpoint moves on', async () => {
    const db = await openDb();
    const [valid, wrongCode, missing] = [
      patientRow(),
      patientRow({ familyName: 'Geheimhouder' }),
      patientRow(),
    ];

    await applyPulledChanges(
      db,
      page(
        [
          changeOf(valid, 1, 1),
          changeOf(withWrongCode(wrongCode), 1, 2),
          changeOf(withoutStatus(missing), 1, 3),
        ],
        3,
      ),
    );

    expect(await db.patients.get(valid.id)).toEqual(valid);
    expect(await db.patients.get(wrongCode.id)).toBeUndefined();
    expect(await db.patients.get(missing.id)).toBeUndefined();
    expect(await getCheckpoint(db)).toBe(3);
    expect(await countQuarantinedRecords(db)).toBe(2);
    expect(await db.quarantinedRecords.get(`patient:${wrongCode.id}`)).toMatchObject({
      entity: 'patient',
      recordId: wrongCode.id,
      rev: 1,
      seq: 2,
      dataVersion: SCHEMA_VERSION,
      issues: [{ path: 'data.registerColour', code: 'invalid_value' }],
    });
    expect((await db.quarantinedRecords.get(`patient:${missing.id}`))?.issues).toEqual([
      { path: 'data.status', code: 'invalid_value' },
    ]);
    // Sealed at rest like every row with patient data.
    expect(rawText(await readRawTables(db.name))).not.toContain('Geheimhouder');
  });

  it('never replace a valid copy on the device: the record and the revision the next edit builds on stay', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, page([changeOf(patient, 4, 1)], 1));

    await applyPulledChanges(db, page([changeOf(withWrongCode(patient), 5, 2)], 2));

    expect(await db.patients.get(patient.id)).toEqual(patient);
    expect(await getCheckpoint(db)).toBe(2);
    await updatePatient(db, patient.id, { ...patient, diagnosisText: 'Longkanker' }, NOW);
    expect((await pendingMutations(db, 10))[0]?.baseRev).toBe(4);
  });

  it('give way to a later valid revision of the same record', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, page([changeOf(withWrongCode(patient), 1, 1)], 1));
    expect(await countQuarantinedRecords(db)).toBe(1);

    const fixed = { ...patient, treatingGp: 'Dr. Smit' };
    await applyPulledChanges(db, page([changeOf(fixed, 2, 2)], 2));

    expect(await db.patients.get(patient.id)).toEqual(fixed);
    expect(await countQuarantinedRecords(db)).toBe(0);
    expect(await db.recordRevs.get(`patient:${patient.id}`)).toEqual({
      key: `patient:${patient.id}`,
      rev: 2,
    });
  });

  it('keep only the latest broken revision of a record', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, page([changeOf(withWrongCode(patient), 1, 1)], 1));
    await applyPulledChanges(db, page([changeOf(withoutStatus(patient), 2, 2)], 2));

    expect(await db.quarantinedRecords.toArray()).toMatchObject([
      { rev: 2, seq: 2, issues: [{ path: 'data.status', code: 'invalid_value' }] },
    ]);
  });

  it('leave a valid tombstone to apply: the record is deleted on the device', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, page([changeOf(patient, 1, 1)], 1));
    const deleted = { ...patient, deletedAt: '2026-11-24T08:00:00.000Z' };

    await applyPulledChanges(db, page([changeOf(deleted, 2, 2, true)], 2));

    expect(await db.patients.get(patient.id)).toMatchObject({ deletedAt: '2026-11-24T08:00:00.000Z' });
    expect(await countQuarantinedRecords(db)).toBe(0);
  });

  it('leave the device with a snapshot that no longer holds them', async () => {
    const db = await openDb();
    await applyPulledChanges(db, page([changeOf(withWrongCode(patientRow()), 1, 1)], 1));
    const kept = patientRow();

    await applyPulledChanges(db, page([changeOf(kept, 1, 2)], 2, true));

    expect(await countQuarantinedRecords(db)).toBe(0);
    expect(await db.patients.count()).toBe(1);
  });

  it('are kept aside when the server copy fetched after a refused change is broken too', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, page([changeOf(patient, 1, 1)], 1));

    await restoreServerCopies(db, [
      { entity: 'patient', recordId: patient.id, change: changeOf(withWrongCode(patient), 2, 2) },
    ]);

    expect(await db.patients.get(patient.id)).toEqual(patient);
    expect(await countQuarantinedRecords(db)).toBe(1);
  });
});

describe('a pulled page whose frame is broken', () => {
  it('is refused whole: nothing stored, the checkpoint where it was', async () => {
    const db = await openDb();
    await applyPulledChanges(db, page([changeOf(patientRow(), 1, 1)], 1));

    const broken = { ...page([changeOf(patientRow(), 1, 2)], 2), next: -1 };
    await expect(applyPulledChanges(db, broken)).rejects.toThrow();

    expect(await getCheckpoint(db)).toBe(1);
    expect(await db.patients.count()).toBe(1);
  });
});

describe('retryQuarantinedRecords', () => {
  it('brings in what this app version reads, pending edits on top, and leaves the rest', async () => {
    const db = await openDb();
    const readable = patientRow();
    const broken = patientRow();
    await applyPulledChanges(db, page([changeOf(readable, 1, 1), changeOf(withWrongCode(broken), 1, 2)], 2));
    await updatePatient(db, readable.id, { ...readable, diagnosisText: 'Longkanker' }, NOW);
    // As an older app version left it: a revision of a record that app could not read, which this one can.
    const newer = { ...readable, treatingGp: 'Dr. Smit' };
    await db.quarantinedRecords.put({
      key: `patient:${readable.id}`,
      entity: 'patient',
      recordId: readable.id,
      rev: 2,
      seq: 3,
      dataVersion: SCHEMA_VERSION,
      change: changeOf(newer, 2, 3),
      issues: [{ path: 'data.treatingGp', code: 'invalid_type' }],
    });

    expect(await retryQuarantinedRecords(db)).toBe(1);

    expect(await db.patients.get(readable.id)).toMatchObject({
      treatingGp: 'Dr. Smit',
      diagnosisText: 'Longkanker',
    });
    expect((await db.recordRevs.get(`patient:${readable.id}`))?.rev).toBe(2);
    expect((await db.quarantinedRecords.toArray()).map((entry) => entry.recordId)).toEqual([broken.id]);
    expect(await db.patients.get(broken.id)).toBeUndefined();
  });

  it('drops an entry older than the copy the device holds, leaving that copy', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, page([changeOf(patient, 5, 5)], 5));
    await db.quarantinedRecords.put({
      key: `patient:${patient.id}`,
      entity: 'patient',
      recordId: patient.id,
      rev: 3,
      seq: 3,
      dataVersion: SCHEMA_VERSION,
      change: changeOf({ ...patient, treatingGp: 'Dr. Oud' }, 3, 3),
      issues: [],
    });

    expect(await retryQuarantinedRecords(db)).toBe(0);

    expect(await db.patients.get(patient.id)).toEqual(patient);
    expect(await countQuarantinedRecords(db)).toBe(0);
  });
});

describe('the unsent edits that go with a pulled page to its reader', () => {
  const editOf = (entity: string, recordId: string, changed: Row) =>
    ({ mutationId: crypto.randomUUID(), entity, recordId, op: 'put', changed }) as unknown as OutboxRow;

  it("are only those of the page's own records, each only with the fields it changed", () => {
    const anna = patientRow();
    const bert = patientRow();
    const edits = new Map([
      [`patient:${anna.id}`, [editOf('patient', anna.id, { familyName: 'Jansen' })]],
      [`carePlan:${anna.id}`, [editOf('carePlan', anna.id, { wishes: 'thuis' })]],
      [`patient:${bert.id}`, [editOf('patient', bert.id, { givenName: 'Bert' })]],
    ]);

    const ofPage = editsOfPage([changeOf(anna, 2, 2), 'geen record', { entity: 7 }], edits);

    expect([...ofPage]).toEqual([[`patient:${anna.id}`, [{ changed: { familyName: 'Jansen' } }]]]);
  });
});
