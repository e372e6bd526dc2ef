import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoDateTime, MutationResult, PullResponse } from '../domain';
import { patientRow } from '../test/factories';
import { TijdigDb } from './database';
import { updatePatient } from './patients-repository';
import {
  applyPulledChanges,
  preparePulledChanges,
  readPendingEdits,
  storePulledChanges,
} from './pulled-pages';
import { acknowledgeMutations, getCheckpoint, pendingMutations, rejectedMutations } from './sync-repository';
import { syncCounts } from './sync-meta';

const databases: TijdigDb[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function openDb(): Promise<TijdigDb> {
  const db = new TijdigDb(`sync-${crypto.randomUUID()}`);
  databases.push(db);
  await db.open();
  return db;
}

const NOW = new Date('2026-11-23T10:00:00.000Z');

function pulled(rows: Record<string, unknown>[], next: number, isSnapshot = false): PullResponse {
  return {
    changes: rows.map((data, index) => ({
      entity: 'patient',
      recordId: String(data.id),
      rev: 5,
      seq: next - rows.length + index + 1,
      isDeleted: false,
      data,
    })),
    next,
    hasMore: false,
    isSnapshot,
  };
}

describe('sync repository', () => {
  it('stores pulled records with their revision and the checkpoint, and bases the next edit on that revision', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, pulled([patient], 40));
    expect(await db.patients.get(patient.id)).toEqual(patient);
    expect(await getCheckpoint(db)).toBe(40);
    await updatePatient(db, patient.id, { ...patient, diagnosisText: 'Longkanker' }, NOW);
    const [mutation] = await pendingMutations(db, 10);
    expect(mutation).toMatchObject({ baseRev: 5, changed: { diagnosisText: 'Longkanker' } });
  });

  it('keeps an unsent edit on top of a newer server copy (rebase)', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, pulled([patient], 1));
    await updatePatient(db, patient.id, { ...patient, diagnosisText: 'Longkanker' }, NOW);
    await applyPulledChanges(db, pulled([{ ...patient, treatingGp: 'Dr. Smit' }], 2));
    expect(await db.patients.get(patient.id)).toMatchObject({
      treatingGp: 'Dr. Smit',
      diagnosisText: 'Longkanker',
    });
  });

  it('keeps an edit saved while a pulled page was being sealed on top of the pulled copy', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, pulled([patient], 1));
    // The page is sealed ahead of its transaction (WebCrypto); the edit lands exactly then.
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let isFirst = true;
    const spy = vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args) => {
      if (isFirst) {
        isFirst = false;
        await updatePatient(db, patient.id, { ...patient, diagnosisText: 'Longkanker' }, NOW);
      }
      return encrypt(...args);
    });
    try {
      await applyPulledChanges(db, pulled([{ ...patient, treatingGp: 'Dr. Smit' }], 2));
    } finally {
      spy.mockRestore();
    }
    expect(isFirst).toBe(false);
    expect(await db.patients.get(patient.id)).toMatchObject({
      treatingGp: 'Dr. Smit',
      diagnosisText: 'Longkanker',
    });
    expect(await pendingMutations(db, 10)).toHaveLength(1);
  });

  it('stores prepared pages in order in one transaction, with an edit saved after they were prepared on top', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, pulled([patient], 1));
    // The sync engine prepares pages as they come in, rebased on the edits it read last.
    const edits = await readPendingEdits(db);
    const first = await preparePulledChanges(db, pulled([{ ...patient, treatingGp: 'Dr. Smit' }], 2), edits);
    const second = await preparePulledChanges(
      db,
      pulled([{ ...patient, treatingGp: 'Dr. Jansen' }], 3),
      edits,
    );
    await updatePatient(db, patient.id, { ...patient, diagnosisText: 'Longkanker' }, NOW);

    const pendingAfter = await storePulledChanges(db, [first, second]);

    expect(await db.patients.get(patient.id)).toMatchObject({
      treatingGp: 'Dr. Jansen',
      diagnosisText: 'Longkanker',
    });
    expect(await getCheckpoint(db)).toBe(3);
    expect(pendingAfter.get(`patient:${patient.id}`)).toHaveLength(1);
  });

  it('stores a page larger than one write chunk whole, with every revision and the checkpoint', async () => {
    const db = await openDb();
    const patients = Array.from({ length: 250 }, () => patientRow());
    await applyPulledChanges(db, pulled(patients, 250));
    expect(await db.patients.count()).toBe(250);
    expect(await db.recordRevs.count()).toBe(250);
    const last = patients.at(-1);
    expect(last && (await db.patients.get(last.id))).toEqual(last);
    expect(await getCheckpoint(db)).toBe(250);
  });

  it('removes acknowledged changes and keeps refused ones with the reason, no longer resent', async () => {
    const db = await openDb();
    const patient = patientRow();
    await applyPulledChanges(db, pulled([patient], 1));
    await updatePatient(db, patient.id, { ...patient, diagnosisText: 'A' }, NOW);
    await updatePatient(db, patient.id, { ...patient, diagnosisText: 'B' }, NOW);
    const [first, second] = await pendingMutations(db, 10);
    if (!first || !second) throw new Error('expected two mutations');
    const results: MutationResult[] = [
      { mutationId: first.mutationId, status: 'applied', rev: 6 },
      { mutationId: second.mutationId, status: 'rejected', reason: 'recordDeleted' },
    ];
    await acknowledgeMutations(db, results, NOW);
    expect(await pendingMutations(db, 10)).toEqual([]);
    const rejected = await rejectedMutations(db);
    expect(rejected.map((row) => [row.mutationId, row.rejection])).toEqual([
      [second.mutationId, { reason: 'recordDeleted', at: NOW.toISOString() as IsoDateTime }],
    ]);
    expect(await syncCounts(db)).toEqual({ pending: 0, conflicts: 0, rejected: 1 });
  });

  it('replaces everything with a snapshot, so records whose invitation ended leave the device', async () => {
    const db = await openDb();
    const kept = patientRow();
    const gone = patientRow();
    await applyPulledChanges(db, pulled([kept, gone], 2));
    await applyPulledChanges(db, pulled([kept], 3, true));
    expect((await db.patients.toArray()).map((p) => p.id)).toEqual([kept.id]);
  });
});
