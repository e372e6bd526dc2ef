/** Queues local changes for the sync server. Always called inside the transaction that writes the row. */
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { SCHEMA_VERSION, type IsoDateTime, type Mutation, type MutationId, type SyncEntity } from '../domain';
import type { TijdigDb } from './database';
import { revKey } from './record-key';

const COUNTER_KEY = 'nextOutboxCounter';

export interface QueuedChange {
  entity: SyncEntity;
  recordId: string;
  op: Mutation['op'];
  changed: Record<string, unknown>;
  at: IsoDateTime;
}

/**
 * The next counter per open transaction: one save often queues several mutations (patient, result,
 * marking), and reading the stored counter once per transaction saves a database round trip for each.
 */
const nextCounterIn = new WeakMap<object, number>();

/** Reserves `count` consecutive counters in the current transaction; resolves to the first. */
async function takeCounters(db: TijdigDb, count: number): Promise<number> {
  // Outside a transaction this is null and the WeakMap throws: enqueueing must be part of the row's write.
  const transaction = Dexie.currentTransaction;
  let counter = nextCounterIn.get(transaction);
  if (counter === undefined) {
    const counterRow = await db.meta.get(COUNTER_KEY);
    counter = typeof counterRow?.value === 'number' ? counterRow.value : 1;
  }
  nextCounterIn.set(transaction, counter + count);
  return counter;
}

/** The tables a write must include in its transaction to queue its mutation. */
export const outboxTables = (db: TijdigDb) => [db.outbox, db.meta, db.recordRevs];

/** Server revisions read ahead in a transaction by prepareQueue, by revKey; null where none is known. */
const knownRevsIn = new WeakMap<object, Map<string, number | null>>();

/**
 * Reads ahead, beside a save's own reads, what queueing its changes needs: the counter and the server
 * revisions of `records`. The enqueue that follows in the same transaction then waits on no read of its
 * own, which spares the save one database round trip. Must run inside that transaction, not beside
 * another enqueue.
 */
export async function prepareQueue(
  db: TijdigDb,
  records: readonly { entity: SyncEntity; recordId: string }[],
): Promise<void> {
  const transaction = Dexie.currentTransaction;
  const keys = records.map((record) => revKey(record.entity, record.recordId));
  const [, rows] = await Promise.all([takeCounters(db, 0), db.recordRevs.bulkGet(keys)]);
  knownRevsIn.set(transaction, new Map(keys.map((key, index) => [key, rows[index]?.rev ?? null])));
}

/** The server revision of each key: read ahead by prepareQueue, or read now for keys it did not read. */
async function knownRevs(db: TijdigDb, keys: readonly string[]): Promise<(number | null)[]> {
  const known = knownRevsIn.get(Dexie.currentTransaction) ?? new Map<string, number | null>();
  const missing = keys.filter((key) => !known.has(key));
  if (missing.length > 0) {
    const rows = await db.recordRevs.bulkGet(missing);
    missing.forEach((key, index) => known.set(key, rows[index]?.rev ?? null));
  }
  return keys.map((key) => known.get(key) ?? null);
}

/**
 * Adds one mutation with the next gapless counter, made on the server revision this device last pulled
 * (so the server can tell which field groups someone else changed since). Must run inside a transaction
 * over `outboxTables(db)`.
 */
export async function enqueueMutation(db: TijdigDb, change: QueuedChange): Promise<Mutation> {
  const [mutation] = await enqueueMutations(db, [change]);
  if (!mutation) throw new Error('enqueueMutations returned no mutation for one change');
  return mutation;
}

/**
 * Adds mutations with consecutive gapless counters, in the order given, each made on the server revision
 * this device last pulled of its record. One save queues all its changes here at once: the counter and
 * the revisions are read together and the rows written together, a few database round trips whatever the
 * number of changes (a quick mark queues four). Must run inside a transaction over `outboxTables(db)`,
 * and not beside another enqueue of the same transaction that has not finished.
 */
export async function enqueueMutations(db: TijdigDb, changes: readonly QueuedChange[]): Promise<Mutation[]> {
  if (changes.length === 0) return [];
  const [first, known] = await Promise.all([
    takeCounters(db, changes.length),
    knownRevs(
      db,
      changes.map((change) => revKey(change.entity, change.recordId)),
    ),
  ]);
  const mutations = changes.map((change, index): Mutation => ({
    mutationId: uuidv7() as MutationId,
    counter: first + index,
    entity: change.entity,
    recordId: change.recordId,
    op: change.op,
    baseRev: known[index] ?? null,
    changed: change.changed,
    createdAt: change.at,
  }));
  // The counter first: the outbox's `creating` hook (onChangeQueued) makes Dexie hold every later request
  // of the transaction until an add is answered, so the rows go in one bulkAdd, after the counter's put.
  const rows = mutations.map((mutation) => ({ ...mutation, schemaVersion: SCHEMA_VERSION }));
  await Promise.all([
    db.meta.put({ key: COUNTER_KEY, value: first + changes.length }),
    db.outbox.bulkAdd(rows),
  ]);
  return mutations;
}

/** Number of changes waiting for the server (refused ones are counted apart). */
export function countPendingMutations(db: TijdigDb): Promise<number> {
  return db.outbox.filter((row) => row.rejection === undefined).count();
}

/**
 * Every change the server has not acknowledged, refused ones included. A plain count reads no row, so it
 * also works while the device is locked (the rows themselves are encrypted).
 */
export function countWaitingChanges(db: TijdigDb): Promise<number> {
  return db.outbox.count();
}

/** Calls `listener` whenever a change is queued (inside the writing transaction: only schedule work). */
export function onChangeQueued(db: TijdigDb, listener: () => void): () => void {
  const hook = () => {
    listener();
  };
  db.outbox.hook('creating', hook);
  return () => {
    db.outbox.hook('creating').unsubscribe(hook);
  };
}
