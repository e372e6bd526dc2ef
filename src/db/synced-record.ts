/**
 * Stores one synced record and queues exactly the fields that changed, inside the caller's transaction.
 * Every repository writes its synced records through this, in a transaction opened by runWrite.
 */
import type { Table } from 'dexie';
import type { IsoDateTime, SyncEntity } from '../domain';
import { isSameData, SYNC_ENTITY_DEFINITIONS } from '../domain';
import type { TijdigDb } from './database';
import { enqueueMutations } from './outbox';
import { liveRow, notFound, runWrite } from './run-write';
import { tableOf } from './sync-tables';
import type { WriteResult } from './write-result';

type Row = Record<string, unknown>;

/** What every synced record stored this way has: an id and, unless it is never deleted (a care-plan version), a tombstone. */
interface LiveRecord {
  id: string;
  deletedAt?: string | null;
}

/** The fields whose value differs from the stored row: all a mutation carries. */
export function changedFields(before: object | undefined, after: object): Row {
  const previous = (before ?? {}) as Row;
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => key !== 'id' && !isSameData(previous[key], value)),
  );
}

/** One record to store with storeSyncedRecords: its kind, the new row and the row it replaces, if any. */
export interface SyncedWrite {
  entity: SyncEntity;
  next: LiveRecord;
  previous: LiveRecord | undefined;
  at: IsoDateTime;
  /** Protocol fields sent with the change, never stored (such as `$onBehalfOf`, medical-change.ts). */
  protocol?: Row;
}

/**
 * Checks `next` against its entity's schema, stores it and queues its changed fields (a `delete` when it
 * carries a tombstone). Writes nothing when no field changed. Must run inside a transaction over the
 * entity's table and `outboxTables(db)`; throws (rolling the transaction back) on a record that does not
 * pass its schema, which callers prevent by validating first.
 */
export async function storeSyncedRecord<T extends LiveRecord>(
  db: TijdigDb,
  entity: SyncEntity,
  next: T,
  previous: T | undefined,
  at: IsoDateTime,
  protocol?: Row,
): Promise<T> {
  const [stored] = await storeSyncedRecords(db, [{ entity, next, previous, at, protocol }]);
  return stored as T;
}

/**
 * storeSyncedRecord for several records of one save, in the order given (their mutations get consecutive
 * counters in that order; a record may appear twice, the later row wins). Every row is checked before
 * anything is written, and all rows and mutations are then written together: a few database round trips
 * for the whole save instead of several per record. Resolves to what is stored of each write, in order.
 */
export async function storeSyncedRecords(
  db: TijdigDb,
  writes: readonly SyncedWrite[],
): Promise<LiveRecord[]> {
  // Belt and braces: each row is checked against the full schema right before it is stored.
  const checked = writes.map((write) => {
    const row = SYNC_ENTITY_DEFINITIONS[write.entity].schema.parse(write.next) as LiveRecord;
    return { ...write, row, changed: changedFields(write.previous, row) };
  });
  const toStore = checked.filter((write) => !write.previous || Object.keys(write.changed).length > 0);
  await Promise.all([
    ...toStore.map((write) => tableOf(db, write.entity).put(write.row)),
    enqueueMutations(
      db,
      toStore.map((write) => ({
        entity: write.entity,
        recordId: write.row.id,
        op: write.row.deletedAt === null || write.row.deletedAt === undefined ? 'put' : 'delete',
        changed: { ...write.changed, ...write.protocol },
        at: write.at,
      })),
    ),
  ]);
  return checked.map((write) => (toStore.includes(write) ? write.row : (write.previous ?? write.row)));
}

/**
 * Changes one live (not deleted) record of `entity` with `change` and queues what changed, in one
 * transaction; answers `notFound` for a missing or deleted record. For tombstones, `change` sets
 * `deletedAt` to the given moment.
 */
export async function changeSyncedRecord<T extends LiveRecord & { deletedAt: string | null }>(
  db: TijdigDb,
  entity: SyncEntity,
  recordId: string,
  now: Date,
  change: (row: T, at: IsoDateTime) => T,
): Promise<WriteResult<T>> {
  const at = now.toISOString() as IsoDateTime;
  const table = tableOf(db, entity) as Table<T, string>;
  return runWrite(db, [table], async () => {
    const previous = liveRow(await table.get(recordId));
    if (!previous) return notFound();
    return { ok: true, value: await storeSyncedRecord(db, entity, change(previous, at), previous, at) };
  });
}

/** Deletes a live record as a tombstone, so every device removes it too. */
export function deleteSyncedRecord<T extends LiveRecord & { deletedAt: string | null }>(
  db: TijdigDb,
  entity: SyncEntity,
  recordId: string,
  now: Date,
): Promise<WriteResult<T>> {
  return changeSyncedRecord<T>(db, entity, recordId, now, (row, at) => ({ ...row, deletedAt: at }));
}
