import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Author, PullResponse } from '../domain';
import { palliativeMarking, patientFields, patientRow } from '../test/factories';
import { TEST_DATA_KEY } from '../test/setup';
import { clearDataKey, setDataKey } from './data-key';
import { TijdigDb } from './database';
import { recordMarking } from './marking-repository';
import { createPatient, deletePatient, updatePatient } from './patients-repository';
import { readPatientsGeneration } from './patients-generation';
import { readRegisterSnapshot, saveRegisterSnapshot, type RegisterSnapshot } from './register-snapshot';
import { applyPulledChanges } from './pulled-pages';

const now = new Date('2026-11-23T10:00:00Z');
const gp: Author = { name: 'H. Bakker', role: 'huisarts' };
let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`snapshot-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function aPatient(familyName = 'Vries') {
  const result = await createPatient(db, patientFields({ familyName }), now);
  if (!result.ok) throw new Error('setup failed');
  return result.value;
}

/** A snapshot of `familyNames` at the current generation, stored. */
async function storeSnapshot(...familyNames: string[]): Promise<RegisterSnapshot> {
  const generation = readPatientsGeneration(db.name);
  if (generation === null) throw new Error('no generation');
  const rows = familyNames.map((familyName) => {
    const { id, givenName, namePrefix, birthDate, deathDate, status, palliativeSince, dyingPhaseSince } =
      patientRow({ familyName });
    return {
      id,
      givenName,
      namePrefix,
      familyName,
      birthDate,
      deathDate,
      status,
      palliativeSince,
      dyingPhaseSince,
      registerColour: null,
      markingOnBehalfOf: null,
      treatingGp: 'Dr. Jansen',
      diagnosisText: '',
    };
  });
  const snapshot = { generation, total: rows.length, rows, distinctions: [] };
  await saveRegisterSnapshot(db, snapshot);
  return snapshot;
}

function pulledPatient(data: Record<string, unknown>): PullResponse {
  const change = {
    entity: 'patient' as const,
    recordId: String(data.id),
    rev: 5,
    seq: 1,
    isDeleted: false,
    data,
  };
  return { changes: [change], next: 1, hasMore: false, isSnapshot: false };
}

describe('register snapshot', () => {
  it('is read back as stored while no patient was written since', async () => {
    await aPatient();
    const stored = await storeSnapshot('Akkerman', 'Vries');
    expect(await readRegisterSnapshot(db)).toEqual(stored);
  });

  it('is stored sealed: no name in the stored bytes', async () => {
    await storeSnapshot('Akkerman');
    const stored = (await db.meta.get('registerSnapshot'))?.value;
    expect(ArrayBuffer.isView(stored)).toBe(true);
    expect(new TextDecoder().decode(stored as Uint8Array)).not.toContain('Akkerman');
  });

  it.each([
    ['a new patient', () => createPatient(db, patientFields({ familyName: 'Nieuw' }), now)],
    [
      'an edit',
      async (id: string) => updatePatient(db, id as never, patientFields({ familyName: 'Anders' }), now),
    ],
    ['a deletion', async (id: string) => deletePatient(db, id as never, now)],
    [
      'a marking',
      async (id: string) =>
        recordMarking(
          db,
          {
            patientId: id,
            date: '2026-11-20',
            change: palliativeMarking(),
            author: gp,
          },
          now,
        ),
    ],
    [
      'a sync pull',
      async () => applyPulledChanges(db, pulledPatient({ ...patientRow({ familyName: 'Gepuld' }) })),
    ],
  ])('is not answered after %s, until built again', async (_, write) => {
    const patient = await aPatient();
    await storeSnapshot('Vries');
    const result = await write(patient.id);
    expect(result === undefined || (result as { ok: boolean }).ok).toBe(true);
    expect(await readRegisterSnapshot(db)).toBeNull();
    const rebuilt = await storeSnapshot('Vries');
    expect(await readRegisterSnapshot(db)).toEqual(rebuilt);
  });

  it('is not answered when a write started before the snapshot was built commits after it', async () => {
    const patient = await aPatient();
    // The write is under way (its transaction open) when the snapshot reads the generation.
    let stored: RegisterSnapshot | undefined;
    await db.transaction('rw', db.patients, async () => {
      await db.patients.put({ ...patient, familyName: 'Later' });
      stored = await Dexie.waitFor(Dexie.ignoreTransaction(() => storeSnapshot('Vries')));
    });
    expect(stored).toBeDefined();
    expect(await readRegisterSnapshot(db)).toBeNull();
  });

  it('cannot be read while the device is locked, nor with another data key', async () => {
    await storeSnapshot('Vries');
    clearDataKey();
    expect(await readRegisterSnapshot(db)).toBeNull();
    setDataKey(new Uint8Array(32).fill(7));
    expect(await readRegisterSnapshot(db)).toBeNull();
    setDataKey(TEST_DATA_KEY.slice());
    expect(await readRegisterSnapshot(db)).not.toBeNull();
  });

  it('is not stored while locked', async () => {
    clearDataKey();
    await saveRegisterSnapshot(db, { generation: 'g', total: 0, rows: [], distinctions: [] });
    expect(await db.meta.get('registerSnapshot')).toBeUndefined();
  });
});
