import { Dexie, liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PatientId } from '../../domain';
import { patientFields } from '../../test/factories';
import { readRawTables, rawText } from '../../test/raw-database';
import { TEST_DATA_KEY } from '../../test/setup';
import { clearDataKey, setDataKey } from '../data-key';
import { TijdigDb } from '../database';
import { createPatient, getPatient } from '../patients-repository';
import { ENCRYPTED_TABLES, FORMAT_FIELD, SEALED_FIELD } from './encrypted-tables';
import { DataLockedError, RecordDecryptError, isDataLockedError } from './errors';

const NAME = 'Zwaantje Oudewater';
const BSN = '987654329';
const DIAGNOSIS = 'Pancreascarcinoom met levermetastasen';
const PLAN_TEXT = 'Wil thuis sterven, geen ziekenhuisopname';
const SECRETS = [NAME, 'Oudewater', BSN, DIAGNOSIS, PLAN_TEXT];

const now = new Date('2026-11-23T10:00:00Z');
let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`encryption-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function addPatient(familyName = 'Oudewater', bsn: string | null = BSN): Promise<PatientId> {
  const result = await createPatient(
    db,
    patientFields({ givenName: 'Zwaantje', namePrefix: '', familyName, bsn, diagnosisText: DIAGNOSIS }),
    now,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.id;
}

/** One record of every encrypted kind that names the patient, her diagnosis or her plan. */
async function writeEveryKind(patientId: PatientId): Promise<void> {
  const text = `${NAME} (${BSN}): ${DIAGNOSIS}. ${PLAN_TEXT}`;
  const at = now.toISOString();
  await db.transaction('rw', db.tables, async () => {
    await db.checklistResults.put({
      id: 'c1',
      patientId,
      definitionId: 'spict',
      observedOn: '2026-11-01',
      note: text,
    } as never);
    await db.markingEvents.put({ id: 'm1', patientId, date: '2026-11-01', reason: text } as never);
    await db.meetings.put({ id: 'mt1', date: '2026-11-30', bottlenecks: text, cancelReason: text } as never);
    await db.agendaItems.put({ id: 'a1', meetingId: 'mt1', patientId, outcome: text } as never);
    await db.specialistInvitations.put({
      id: 's1',
      meetingId: 'mt1',
      agendaItemId: 'a1',
      question: text,
    } as never);
    await db.conflicts.put({
      id: 'k1',
      recordId: patientId,
      status: 'open',
      local: { familyName: NAME },
    } as never);
    await db.carePlans.put({ id: patientId, patientId, wishes: PLAN_TEXT, updatedAt: at } as never);
    await db.carePlanVersions.put({
      id: 'v1',
      carePlanId: patientId,
      savedAt: at,
      plan: { wishes: PLAN_TEXT },
    } as never);
    await db.mdoActions.put({
      id: 'x1',
      meetingId: 'mt1',
      patientId,
      status: 'open',
      dueDate: '2026-12-01',
      description: text,
    } as never);
    await db.auditQueue.put({ id: 'q1', event: 'patient.read', at, patientId, recordPart: text } as never);
    await db.quarantinedRecords.put({
      key: `patient:${patientId}`,
      entity: 'patient',
      recordId: patientId,
      rev: 2,
      seq: 9,
      dataVersion: 8,
      change: { entity: 'patient', recordId: patientId, data: { familyName: NAME, bsn: BSN, note: text } },
      issues: [{ path: 'data.registerColour', code: 'invalid_value' }],
    });
  });
}

describe('patient data at rest', () => {
  it('stores no name, BSN, diagnosis or care-plan text in any table, and the app reads them back intact', async () => {
    const patientId = await addPatient();
    await writeEveryKind(patientId);

    const raw = await readRawTables(db.name);
    expect(Object.keys(raw)).toEqual(expect.arrayContaining(Object.keys(ENCRYPTED_TABLES)));
    const text = rawText(raw);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    for (const name of Object.keys(ENCRYPTED_TABLES)) {
      expect(raw[name]?.length, name).toBeGreaterThan(0);
      for (const row of raw[name] ?? []) expect(row[FORMAT_FIELD], name).toBe(1);
    }

    const patient = await getPatient(db, patientId);
    expect(patient).toMatchObject({ familyName: 'Oudewater', bsn: BSN, diagnosisText: DIAGNOSIS });
    expect(await db.carePlans.get(patientId)).toMatchObject({ wishes: PLAN_TEXT });
    expect((await db.outbox.toArray())[0]?.changed).toMatchObject({ bsn: BSN, familyName: 'Oudewater' });
    // Indexed lookups still work on the opaque fields kept in the clear.
    const open = await db.mdoActions.where('status').equals('open').toArray();
    expect(JSON.stringify(open)).toContain(DIAGNOSIS);
    expect(await db.agendaItems.where('patientId').equals(patientId).count()).toBe(1);
    // Cursors (each, modify) see decrypted rows, and a modify writes them back sealed.
    const viaCursor: string[] = [];
    await db.patients.each((row) => viaCursor.push(row.familyName));
    expect(viaCursor).toEqual(['Oudewater']);
    await db.patients.toCollection().modify({ treatingGp: 'Dr. Cursor' });
    expect(await getPatient(db, patientId)).toMatchObject({ treatingGp: 'Dr. Cursor', bsn: BSN });
    expect(rawText(await readRawTables(db.name))).not.toContain('Dr. Cursor');
  });

  it('refuses a ciphertext moved into another row or another table with RecordDecryptError', async () => {
    const first = await addPatient('Eerste');
    const second = await addPatient('Tweede', null);
    await db.carePlans.put({ id: first, patientId: first, wishes: PLAN_TEXT } as never);
    const raw = new Dexie(db.name);
    await raw.open();
    const firstRow = (await raw.table('patients').get(first)) as Record<string, unknown>;
    // Row A's ciphertext in row B, and in the care plan that has the same id in another table.
    await raw.table('patients').update(second, { [SEALED_FIELD]: firstRow[SEALED_FIELD] });
    await raw.table('carePlans').update(first, { [SEALED_FIELD]: firstRow[SEALED_FIELD] });
    raw.close();

    await expect(db.patients.get(second)).rejects.toBeInstanceOf(RecordDecryptError);
    // Also through the WebCrypto path a lone read takes.
    await expect(db.patients.toArray()).rejects.toBeInstanceOf(RecordDecryptError);
    await expect(db.carePlans.get(first)).rejects.toBeInstanceOf(RecordDecryptError);
    expect(await getPatient(db, first)).toMatchObject({ familyName: 'Eerste' });
  });

  it('opens a lone read through WebCrypto and reads inside a transaction synchronously, with the same result', async () => {
    const id = await addPatient();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const lone = await db.patients.toArray();
    expect(decrypt).toHaveBeenCalledTimes(1);
    const inTransaction = await db.transaction('r', db.patients, () => db.patients.toArray());
    expect(decrypt).toHaveBeenCalledTimes(1);
    expect(lone).toEqual(inTransaction);
    expect(lone[0]).toMatchObject({ id, bsn: BSN, diagnosisText: DIAGNOSIS });
    // A live query (what the register's hook runs) takes the WebCrypto path too.
    const live = await new Promise<unknown[]>((resolve, reject) => {
      const subscription = liveQuery(() => db.patients.toArray()).subscribe({
        next: (rows) => {
          subscription.unsubscribe();
          resolve(rows);
        },
        error: reject,
      });
    });
    expect(live).toEqual(lone);
    expect(decrypt).toHaveBeenCalledTimes(2);
  });

  it('refuses a row written with another device key with RecordDecryptError', async () => {
    const id = await addPatient();
    setDataKey(new Uint8Array(32).fill(7));
    await expect(db.patients.get(id)).rejects.toBeInstanceOf(RecordDecryptError);
  });

  it('throws DataLockedError on reads and writes while locked, counts without the key, and reads again after unlock', async () => {
    const id = await addPatient();
    clearDataKey();

    await expect(db.patients.get(id)).rejects.toBeInstanceOf(DataLockedError);
    await expect(db.patients.toArray()).rejects.toBeInstanceOf(DataLockedError);
    await expect(db.outbox.orderBy('counter').first()).rejects.toBeInstanceOf(DataLockedError);
    // Through a transaction Dexie may wrap it; the UI asks isDataLockedError.
    const write = await createPatient(db, patientFields(), now).catch((error: unknown) => error);
    expect(write).toMatchObject({ ok: false, error: { kind: 'storage' } });
    const locked = await db
      .transaction('r', db.patients, () => db.patients.toArray())
      .catch((error: unknown) => error);
    expect(isDataLockedError(locked)).toBe(true);
    expect(await db.patients.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);

    setDataKey(TEST_DATA_KEY.slice());
    expect(await getPatient(db, id)).toMatchObject({ familyName: 'Oudewater' });
  });

  it('indexes in encrypted tables only the fields ENCRYPTED_TABLES lists as opaque', () => {
    for (const [table, clear] of Object.entries(ENCRYPTED_TABLES)) {
      // The schema the database opens with, every version applied: what IndexedDB keeps readable on disk.
      const { indexes } = db.table(table).schema;
      expect(indexes.length, table).toBeGreaterThan(0);
      // Every field an index (compound ones part by part) reads must be opaque or the format version.
      for (const index of indexes) {
        for (const field of [index.keyPath ?? []].flat()) {
          expect([...clear, FORMAT_FIELD], `${table}.${index.name}`).toContain(field);
        }
      }
    }
  });
});
