import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDataKey, createPatient, getCheckpoint, TijdigDb } from '../db';
import type { PullResponse } from '../domain';
import { patientFields, patientRow } from '../test/factories';
import type { ApiClient } from './api-client';
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

  it('stores the pages that came in while the first was stored together, in one transaction', async () => {
    const answers = pages();
    const api: ApiClient = {
      get: <T>(path: string) =>
        Promise.resolve(answers.get(Number(new URL(path, 'http://x').searchParams.get('since'))) as T),
      post: <T>() => Promise.resolve({ results: [] } as T),
    };
    const checkpoints: unknown[] = [];
    const remember = (_key: unknown, row: { key: string; value: unknown }) => {
      if (row.key === 'pullCheckpoint') checkpoints.push(row.value);
    };
    db.meta.hook('creating', remember);
    db.meta.hook('updating', (changes, key) => {
      if (key === 'pullCheckpoint') checkpoints.push((changes as { value?: unknown }).value);
    });

    expect(await syncOnce(db, api)).toBe('idle');
    // Page 1 alone (nothing else had come in yet), then pages 2 and 3 with the checkpoint of page 3.
    expect(checkpoints).toEqual([2, 6]);
    expect(await getCheckpoint(db)).toBe(6);
    expect(await db.patients.count()).toBe(6);
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
