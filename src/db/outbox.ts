/** Queues local changes for the sync server. Always called inside the transaction that writes the row. */
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

/** Adds one mutation with the next gapless counter. Must run inside a transaction over outbox and meta. */
export async function enqueueMutation(db: TijdigDb, change: QueuedChange): Promise<Mutation> {
  const counterRow = await db.meta.get(COUNTER_KEY);
  const counter = typeof counterRow?.value === 'number' ? counterRow.value : 1;
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
