/** Queues local changes for the sync server. Always called inside the transaction that writes the row. */
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { IsoDateTime, Mutation, MutationId, SyncEntity } from '../domain';
import type { TijdigDb } from './database';

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

async function takeCounter(db: TijdigDb): Promise<number> {
  // Outside a transaction this is null and the WeakMap throws: enqueueing must be part of the row's write.
  const transaction = Dexie.currentTransaction;
  let counter = nextCounterIn.get(transaction);
  if (counter === undefined) {
    const counterRow = await db.meta.get(COUNTER_KEY);
    counter = typeof counterRow?.value === 'number' ? counterRow.value : 1;
  }
  nextCounterIn.set(transaction, counter + 1);
  return counter;
}

/** Adds one mutation with the next gapless counter. Must run inside a transaction over outbox and meta. */
export async function enqueueMutation(db: TijdigDb, change: QueuedChange): Promise<Mutation> {
  const counter = await takeCounter(db);
  const mutation: Mutation = {
    mutationId: uuidv7() as MutationId,
    counter,
    entity: change.entity,
    recordId: change.recordId,
    op: change.op,
    baseRev: null,
    changed: change.changed,
    createdAt: change.at,
  };
  await db.outbox.add(mutation);
  await db.meta.put({ key: COUNTER_KEY, value: counter + 1 });
  return mutation;
}

/** Number of changes waiting for the server. */
export function countPendingMutations(db: TijdigDb): Promise<number> {
  return db.outbox.count();
}
