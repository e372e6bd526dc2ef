import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Author, PatientId } from '../domain';
import { palliativeMarking, patientFields } from '../test/factories';
import { TijdigDb } from './database';
import { recordMarking } from './marking-repository';
import { listPalliativeRegister, listPatients } from './patient-queries';
import { createPatient, deletePatient, getPatient, updatePatient } from './patients-repository';

const now = new Date('2026-11-23T10:00:00Z');
let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`repository-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function create(overrides = {}) {
  const result = await createPatient(db, patientFields(overrides), now);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('createPatient', () => {
  it('refuses a second patient with the same BSN, also by a later edit, and writes nothing', async () => {
    const first = await create({ bsn: '111222333' });
    const twin = await createPatient(db, patientFields({ bsn: '111222333', givenName: 'Piet' }), now);
    expect(twin).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'bsn', code: 'bsn.duplicate' }] },
    });
    const other = await create({ bsn: null, givenName: 'Klaas' });
    const edit = await updatePatient(db, other.id, patientFields({ bsn: '111222333' }), now);
    expect(edit.ok).toBe(false);
    expect(await db.patients.count()).toBe(2);
    expect(await db.outbox.count()).toBe(2);
    // Saving the first patient again with its own BSN is fine.
    expect((await updatePatient(db, first.id, patientFields({ bsn: '111222333' }), now)).ok).toBe(true);
  });

  it('stores the patient and queues one outbox mutation in the same transaction', async () => {
    const patient = await create();
    expect(await getPatient(db, patient.id)).toEqual(patient);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entity: 'patient',
      recordId: patient.id,
      op: 'put',
      counter: 1,
      baseRev: null,
    });
    expect(outbox[0]?.changed).toMatchObject({ familyName: 'Vries', birthDate: '1948-03-07' });
  });

  it('refuses invalid input with field codes and writes nothing', async () => {
    const result = await createPatient(
      db,
      patientFields({ birthDate: '2030-01-01' as never, bsn: '123' }),
      now,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        issues: [{ field: 'bsn', code: 'bsn.invalid' }],
      },
    });
    expect(await db.patients.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a birth date in the future', async () => {
    const result = await createPatient(db, patientFields({ birthDate: '2026-11-24' as never }), now);
    expect(!result.ok && result.error).toEqual({
      kind: 'invalid',
      issues: [{ field: 'birthDate', code: 'birthDate.future' }],
    });
  });

  it('reports a full disk as quota and leaves neither row nor mutation behind', async () => {
    // Make the outbox write fail the way a full disk does, after the patient row was already put.
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await createPatient(db, patientFields(), now);
    expect(result).toEqual({ ok: false, error: { kind: 'quota' } });
    expect(await db.patients.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('reports other storage failures as storage', async () => {
    db.outbox.hook('creating', () => {
      throw new DOMException('Disk I/O failed', 'UnknownError');
    });
    const result = await createPatient(db, patientFields(), now);
    expect(result).toEqual({ ok: false, error: { kind: 'storage' } });
    expect(await db.patients.count()).toBe(0);
  });
});

describe('updatePatient', () => {
  it('queues only the changed fields with the next counter', async () => {
    const patient = await create();
    const later = new Date('2026-11-23T11:00:00Z');
    const result = await updatePatient(
      db,
      patient.id,
      { ...patientFields(), treatingGp: 'A. de Wit' },
      later,
    );
    expect(result.ok && result.value.treatingGp).toBe('A. de Wit');
    const mutations = await db.outbox.orderBy('counter').toArray();
    expect(mutations.map((m) => m.counter)).toEqual([1, 2]);
    expect(mutations[1]?.changed).toEqual({ treatingGp: 'A. de Wit', updatedAt: later.toISOString() });
  });

  it('keeps the marking date, which only the marking feature changes', async () => {
    const patient = await create({ palliativeSince: '2026-10-01' });
    const result = await updatePatient(db, patient.id, { ...patientFields(), palliativeSince: null }, now);
    expect(result.ok && result.value.palliativeSince).toBe('2026-10-01');
  });

  it('answers notFound for an unknown id', async () => {
    const result = await updatePatient(db, crypto.randomUUID() as PatientId, patientFields(), now);
    expect(result).toEqual({ ok: false, error: { kind: 'notFound' } });
  });
});

describe('updatePatient while a marking is saved', () => {
  it('keeps the marking: the edit reads the patient inside its own write', async () => {
    const patient = await create();
    const gp: Author = { name: 'H. Bakker', role: 'huisarts' };
    const change = palliativeMarking();
    // Started together: an edit that read the patient before the marking landed would unmark them.
    const [edit, marking] = await Promise.all([
      updatePatient(db, patient.id, patientFields({ givenName: 'Johanna' }), now),
      recordMarking(db, { patientId: patient.id, date: '2026-11-20', change, author: gp }, now),
    ]);
    expect([edit.ok, marking.ok]).toEqual([true, true]);
    expect(await getPatient(db, patient.id)).toMatchObject({
      givenName: 'Johanna',
      palliativeSince: '2026-11-20',
      registerColour: 'yellow',
    });
  });
});

describe('deletePatient', () => {
  it('keeps a tombstone and hides the patient', async () => {
    const patient = await create();
    const result = await deletePatient(db, patient.id, now);
    expect(result.ok).toBe(true);
    expect(await getPatient(db, patient.id)).toBeUndefined();
    const row = await db.patients.get(patient.id);
    expect(row?.deletedAt).toBe(now.toISOString());
    const last = await db.outbox.orderBy('counter').last();
    expect(last).toMatchObject({ op: 'delete', recordId: patient.id });
  });
});

describe('listPalliativeRegister', () => {
  it('returns only living, not deleted, marked patients, earliest marking first', async () => {
    const marked = await create({ familyName: 'Gemarkeerd', palliativeSince: '2026-10-01' });
    const markedEarlier = await create({ familyName: 'Eerder', palliativeSince: '2026-03-01' });
    await create({ familyName: 'Niet' });
    const deceased = await create({
      familyName: 'Overleden',
      palliativeSince: '2026-01-01',
      status: 'deceased',
      deathDate: '2026-05-01',
      placeOfDeath: 'home',
    });
    const deleted = await create({ familyName: 'Weg', palliativeSince: '2026-02-01' });
    await deletePatient(db, deleted.id, now);

    const register = await listPalliativeRegister(db);
    expect(register.map((p) => p.id)).toEqual([markedEarlier.id, marked.id]);
    expect((await listPatients(db)).map((p) => p.id)).toContain(deceased.id);
  });
});
