import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../domain';
import { TijdigDb } from './database';
import { enqueueMutation, enqueueMutations, outboxTables, prepareQueue, type QueuedChange } from './outbox';

const at = '2026-11-23T10:00:00.000Z' as IsoDateTime;
const change = (entity: QueuedChange['entity'], recordId: string): QueuedChange => ({
  entity,
  recordId,
  op: 'put',
  changed: { note: recordId },
  at,
});
let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`outbox-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('enqueueMutations', () => {
  it('queues a save’s changes in order with consecutive counters, each on its record’s pulled revision', async () => {
    await db.meta.put({ key: 'nextOutboxCounter', value: 7 });
    await db.recordRevs.put({ key: 'patient:p1', rev: 42 });
    const queued = await db.transaction('rw', outboxTables(db), async () => [
      ...(await enqueueMutations(db, [
        change('checklistResult', 'c1'),
        change('markingEvent', 'm1'),
        change('patient', 'p1'),
      ])),
      // A later enqueue in the same transaction carries on where the batch stopped.
      await enqueueMutation(db, change('patient', 'p2')),
    ]);

    const stored = await db.outbox.orderBy('counter').toArray();
    expect(stored.map((m) => [m.counter, m.entity, m.recordId, m.baseRev, m.changed])).toEqual([
      [7, 'checklistResult', 'c1', null, { note: 'c1' }],
      [8, 'markingEvent', 'm1', null, { note: 'm1' }],
      [9, 'patient', 'p1', 42, { note: 'p1' }],
      [10, 'patient', 'p2', null, { note: 'p2' }],
    ]);
    expect(queued.map((m) => m.mutationId)).toEqual(stored.map((m) => m.mutationId));
    expect(await db.meta.get('nextOutboxCounter')).toEqual({ key: 'nextOutboxCounter', value: 11 });
  });

  it('queues nothing and keeps the counter for an empty save', async () => {
    await db.transaction('rw', outboxTables(db), () => enqueueMutations(db, []));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get('nextOutboxCounter')).toBeUndefined();
  });

  it('queues nothing when the transaction fails after the enqueue', async () => {
    await expect(
      db.transaction('rw', outboxTables(db), async () => {
        await enqueueMutations(db, [change('patient', 'p1')]);
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get('nextOutboxCounter')).toBeUndefined();
  });

  it('uses the counter and revisions read ahead by prepareQueue, and reads those it was not told of', async () => {
    await db.meta.put({ key: 'nextOutboxCounter', value: 3 });
    await db.recordRevs.bulkPut([
      { key: 'patient:p1', rev: 42 },
      { key: 'patient:p2', rev: 7 },
    ]);
    await db.transaction('rw', outboxTables(db), async () => {
      await prepareQueue(db, [
        { entity: 'markingEvent', recordId: 'm1' },
        { entity: 'patient', recordId: 'p1' },
      ]);
      await enqueueMutations(db, [
        change('markingEvent', 'm1'),
        change('patient', 'p1'),
        change('patient', 'p2'),
      ]);
    });

    const stored = await db.outbox.orderBy('counter').toArray();
    expect(stored.map((m) => [m.counter, m.recordId, m.baseRev])).toEqual([
      [3, 'm1', null],
      [4, 'p1', 42],
      [5, 'p2', 7],
    ]);
    expect(await db.meta.get('nextOutboxCounter')).toEqual({ key: 'nextOutboxCounter', value: 6 });
  });
});
