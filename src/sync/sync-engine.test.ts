import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDataKey, countQuarantinedRecords, createPatient, getCheckpoint, TijdigDb } from '../db';
import { SCHEMA_VERSION, type PullResponse } from '../domain';
import { patientFields, patientRow } from '../test/factories';
import { ApiFailure, type ApiClient } from './api-client';
import { syncOnce } from './sync-engine';
import { syncStatusStore } from './sync-status';

let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`sync-engine-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('syncOnce while the device is locked', () => {
  it('skips the round, keeps the outbox and the status, and calls no API', async () => {
    await createPatient(db, patientFields(), new Date('2026-11-23T10:00:00Z'));
    syncStatusStore.setState({ phase: 'idle', errorCode: null });
    const calls: string[] = [];
    const api: ApiClient = {
      get: (path) => {
        calls.push(path);
        return Promise.reject(new Error('no network in this test'));
      },
      post: (path) => {
        calls.push(path);
        return Promise.reject(new Error('no network in this test'));
      },
    };
    clearDataKey();

    expect(await syncOnce(db, api)).toBe('idle');
    expect(calls).toEqual([]);
    expect(syncStatusStore.getState()).toMatchObject({ phase: 'idle', errorCode: null });
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('syncOnce pulling several pages', () => {
  /** Three pages of two patients each, after checkpoints 0, 2 and 4. */
  function pages(): Map<number, PullResponse> {
    const result = new Map<number, PullResponse>();
    for (const since of [0, 2, 4]) {
      const rows = [patientRow(), patientRow()];
      result.set(since, {
        changes: rows.map((data, index) => ({
          entity: 'patient',
          recordId: data.id,
          rev: 1,
          seq: since + index + 1,
          isDeleted: false,
          data,
        })),
        next: since + 2,
        hasMore: since < 4,
        isSnapshot: false,
        remaining: 4 - since,
      });
    }
    return result;
  }

  it('asks for the next pages while storing, and stores every page once, in order, with the checkpoint', async () => {
    const answers = pages();
    const asked: { since: number; storedCheckpoint: number }[] = [];
    const api: ApiClient = {
      get: async <T>(path: string) => {
        const since = Number(new URL(path, 'http://x').searchParams.get('since'));
        asked.push({ since, storedCheckpoint: await getCheckpoint(db) });
        return answers.get(since) as T;
      },
      post: <T>() => Promise.resolve({ results: [] } as T),
    };

    expect(await syncOnce(db, api)).toBe('idle');
    // Each page once, in order; page 2 was asked for before page 1 was stored.
    expect(asked.map((call) => call.since)).toEqual([0, 2, 4]);
    expect(asked[1]).toEqual({ since: 2, storedCheckpoint: 0 });
    expect(await getCheckpoint(db)).toBe(6);
    expect(await db.patients.count()).toBe(6);
  });

  /** `count` pages of `size` patients each, page n after checkpoint n * size (its seqs). */
  function pagesOf(count: number, size: number): Map<number, PullResponse> {
    const result = new Map<number, PullResponse>();
    const total = count * size;
    for (let since = 0; since < total; since += size) {
      const rows = Array.from({ length: size }, () => patientRow());
      result.set(since, {
        changes: rows.map((data, index) => ({
          entity: 'patient',
          recordId: data.id,
          rev: 1,
          seq: since + index + 1,
          isDeleted: false,
          data,
        })),
        next: since + size,
        hasMore: since + size < total,
        isSnapshot: false,
        remaining: total - since - size,
      });
    }
    return result;
  }

  /** The pull checkpoints stored, in order: one per transaction. */
  function storedCheckpoints(): unknown[] {
    const checkpoints: unknown[] = [];
    db.meta.hook('creating', (_key, row) => {
      if (row.key === 'pullCheckpoint') checkpoints.push(row.value);
    });
    db.meta.hook('updating', (changes, key) => {
      if (key === 'pullCheckpoint') checkpoints.push((changes as { value?: unknown }).value);
    });
    return checkpoints;
  }

  it('stores the pages of a first sync together, a transaction per thousand records or what is left', async () => {
    const answers = pagesOf(5, 300);
    const api: ApiClient = {
      get: <T>(path: string) =>
        Promise.resolve(answers.get(Number(new URL(path, 'http://x').searchParams.get('since'))) as T),
      post: <T>() => Promise.resolve({ results: [] } as T),
    };
    const checkpoints = storedCheckpoints();

    expect(await syncOnce(db, api)).toBe('idle');
    // Every commit makes the open lists read their tables again: pages 1-4 (1,200 records), then page 5.
    expect(checkpoints).toEqual([1200, 1500]);
    expect(await db.patients.count()).toBe(1500);
  });

  it('counts the records received per page, and a round that broke off continues from its last stored page', async () => {
    const answers = pagesOf(7, 300);
    let isBroken = true;
    const api: ApiClient = {
      get: <T>(path: string) => {
        const since = Number(new URL(path, 'http://x').searchParams.get('since'));
        // The connection drops when page 6 is asked for the first time.
        if (since === 1500 && isBroken) return Promise.reject(new ApiFailure(0, 'offline'));
        return Promise.resolve(answers.get(since) as T);
      },
      post: <T>() => Promise.resolve({ results: [] } as T),
    };
    syncStatusStore.setState({ progress: null });
    const shown: string[] = [];
    const unsubscribe = syncStatusStore.subscribe(({ progress }) => {
      const text = progress ? `${progress.received}/${progress.total}` : 'none';
      if (shown.at(-1) !== text) shown.push(text);
    });

    expect(await syncOnce(db, api)).toBe('offline');
    // Pages 1-4 stored together, then page 5 alone: the pages before a failed one are kept.
    expect(await getCheckpoint(db)).toBe(1500);
    expect(shown).toEqual(['none', '300/2100', '600/2100', '900/2100', '1200/2100', '1500/2100']);

    isBroken = false;
    shown.length = 0;
    expect(await syncOnce(db, api)).toBe('idle');
    unsubscribe();
    // Kept while offline; resumed after page 5, the count goes on from the 1,500 stored.
    expect(shown).toEqual(['1500/2100', '1800/2100', 'none']);
    expect(await db.patients.count()).toBe(2100);
  });

  it('drops the pages asked for ahead when storing fails, and resumes after the last stored page', async () => {
    const answers = pages();
    const asked: number[] = [];
    const api: ApiClient = {
      get: <T>(path: string) => {
        const since = Number(new URL(path, 'http://x').searchParams.get('since'));
        asked.push(since);
        // The device locks while the first page comes in: storing it fails (no data key).
        if (since === 0) clearDataKey();
        return Promise.resolve(answers.get(since) as T);
      },
      post: <T>() => Promise.resolve({ results: [] } as T),
    };

    expect(await syncOnce(db, api)).toBe('error');
    expect(asked[0]).toBe(0);
    expect(await getCheckpoint(db)).toBe(0);
    expect(await db.patients.count()).toBe(0);
  });
});

describe('syncOnce pulling records that fail their schema', () => {
  /** A server answering every pull with `page`, and every push with nothing. */
  const serverWith = (page: PullResponse): ApiClient => ({
    get: <T>() => Promise.resolve(page as T),
    post: <T>() => Promise.resolve({ results: [] } as T),
  });
  const changeOf = (data: Record<string, unknown>, seq: number): PullResponse['changes'][number] => ({
    entity: 'patient',
    recordId: String(data.id),
    rev: 1,
    seq,
    isDeleted: false,
    data,
  });

  it('ends the round up to date, with the valid records stored, the broken one kept aside and the checkpoint past it', async () => {
    const [valid, broken] = [patientRow(), patientRow()];
    const page: PullResponse = {
      changes: [changeOf(valid, 1), changeOf({ ...broken, registerColour: 'paars' }, 2)],
      next: 2,
      hasMore: false,
      isSnapshot: false,
      schemaVersion: SCHEMA_VERSION,
    };

    expect(await syncOnce(db, serverWith(page))).toBe('idle');

    expect(await getCheckpoint(db)).toBe(2);
    expect((await db.patients.toArray()).map((patient) => patient.id)).toEqual([valid.id]);
    expect(await countQuarantinedRecords(db)).toBe(1);
  });

  it('reads the kept records again in its first round after the app starts', async () => {
    const patient = patientRow();
    // Kept by an app version that could not read it; this one can.
    await db.quarantinedRecords.put({
      key: `patient:${patient.id}`,
      entity: 'patient',
      recordId: patient.id,
      rev: 1,
      seq: 1,
      dataVersion: SCHEMA_VERSION,
      change: changeOf(patient, 1),
      issues: [],
    });
    const empty: PullResponse = { changes: [], next: 1, hasMore: false, isSnapshot: false };

    expect(await syncOnce(db, serverWith(empty))).toBe('idle');

    expect(await db.patients.get(patient.id)).toEqual(patient);
    expect(await countQuarantinedRecords(db)).toBe(0);
  });
});
