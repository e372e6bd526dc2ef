import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDataKey, createPatient, TijdigDb } from '../db';
import { patientFields } from '../test/factories';
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
