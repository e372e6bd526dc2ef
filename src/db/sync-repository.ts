/**
 * What the sync engine (src/sync) needs from the device database: the outbox to push, acknowledging
 * the server's answers, and storing pulled changes. Pulled data, the rebase of pending edits on top of it
 * and the new checkpoint are written in ONE transaction, so a crash never leaves a checkpoint ahead of
 * the data it stands for.
 */
import type { Table } from 'dexie';
import {
  BASELINE_RECORD_VERSION,
  migrateRecord,
  SYNC_ENTITY_DEFINITIONS,
  type Conflict,
  type IsoDateTime,
  type MutationResult,
  type PullResponse,
  type SyncChange,
} from '../domain';
import type { OutboxRow, TijdigDb } from './database';
import { sealAhead } from './encryption';
import { revKey } from './outbox';
import { CHECKPOINT_KEY } from './sync-meta';
import { entityTables, tableOf } from './sync-tables';

type Row = Record<string, unknown>;

export async function getCheckpoint(db: TijdigDb): Promise<number> {
  const stored = await db.meta.get(CHECKPOINT_KEY);
  return typeof stored?.value === 'number' ? stored.value : 0;
}

/** The protocol version an outbox row was queued with (changes from before it was kept are of the baseline). */
export const versionOfChange = (row: OutboxRow): number => row.schemaVersion ?? BASELINE_RECORD_VERSION;

/**
 * The oldest changes still waiting for the server, in counter order; refused ones are not resent. All of
 * one protocol version, as a push names one: changes queued by an older app version go in pushes of their own.
 */
export async function pendingMutations(db: TijdigDb, limit: number): Promise<OutboxRow[]> {
  const rows: OutboxRow[] = [];
  let isOtherVersion = false;
  await db.outbox
    .orderBy('counter')
    .until(() => rows.length >= limit || isOtherVersion)
    .each((row) => {
      if (row.rejection !== undefined) return;
      const first = rows[0];
      if (first !== undefined && versionOfChange(first) !== versionOfChange(row)) isOtherVersion = true;
      else rows.push(row);
    });
  return rows;
}

/** Applies the server's per-mutation answers: acknowledged changes leave the outbox, refused ones stay. */
export async function acknowledgeMutations(
  db: TijdigDb,
  results: readonly MutationResult[],
  now: Date,
): Promise<void> {
  const at = now.toISOString() as IsoDateTime;
  await db.transaction('rw', db.outbox, async () => {
    for (const result of results) {
      if (result.status === 'rejected') {
        await db.outbox.update(result.mutationId, {
          rejection: { reason: result.reason, ...(result.issues ? { issues: result.issues } : {}), at },
        });
      } else {
        // Applied, or kept as a candidate in a conflict record that the pull brings to every device.
        await db.outbox.delete(result.mutationId);
      }
    }
  });
}

/**
 * The row as this device should show it: the server's copy in the current shape (the server may be older:
 * `serverVersion`), with this device's unsent edits on top.
 */
function rebase(change: SyncChange, pending: readonly OutboxRow[] | undefined, serverVersion: number): Row {
  // A copy: the row is frozen when sealed ahead, and the caller's pulled data must stay its own.
  let row = {
    ...migrateRecord(SYNC_ENTITY_DEFINITIONS[change.entity].evolution, change.data, serverVersion),
  };
  for (const mutation of pending ?? []) {
    const { $resolvesConflict: _resolves, ...changed } = mutation.changed;
    row = { ...row, ...changed };
  }
  return row;
}

/** This device's unsent edits per record (`entity:id`), oldest first; refused ones are not pending. */
async function pendingEditsByRecord(db: TijdigDb): Promise<Map<string, OutboxRow[]>> {
  // Keyed by entity and id: a care plan has its patient's id, and must not take the patient's edits.
  const pendingByRecord = new Map<string, OutboxRow[]>();
  await db.outbox.orderBy('counter').each((row) => {
    if (row.rejection !== undefined) return;
    const key = revKey(row.entity, row.recordId);
    const list = pendingByRecord.get(key) ?? [];
    list.push(row);
    pendingByRecord.set(key, list);
  });
  return pendingByRecord;
}

/** Whether two reads of a record's pending edits hold the same ones (outbox rows are only ever added or removed). */
function isSameEdits(a: readonly OutboxRow[] | undefined, b: readonly OutboxRow[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((row, index) => row.mutationId === b[index]?.mutationId);
}

/**
 * Rows per bulkPut: each bulkPut is one synchronous loop of IndexedDB puts (one task), so a page of 500
 * records in one call would be a task of hundreds of milliseconds on a slow phone.
 */
const PUT_CHUNK = 50;

async function putInChunks(table: Table, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += PUT_CHUNK) {
    await table.bulkPut(rows.slice(start, start + PUT_CHUNK));
  }
}

/**
 * Stores one page of pulled changes, rebases pending edits on them and saves the checkpoint, all in one
 * transaction. A snapshot (a specialist's limited view) first empties the synced tables, so records the
 * account may no longer see leave the device.
 *
 * The rows are built and sealed (encryption at rest) before the transaction, with WebCrypto off the main
 * thread (encryption/presealed.ts); inside it, a record whose pending edits changed meanwhile (an edit saved
 * while the page was being sealed) is rebased again and sealed as it is written.
 */
export async function applyPulledChanges(db: TijdigDb, response: PullResponse): Promise<void> {
  const serverVersion = response.schemaVersion ?? BASELINE_RECORD_VERSION;
  const editsAhead = await pendingEditsByRecord(db);
  const ahead = response.changes.map((change) => {
    const key = revKey(change.entity, change.recordId);
    const row = rebase(change, editsAhead.get(key), serverVersion);
    return { change, key, table: tableOf(db, change.entity), row };
  });
  await sealAhead(
    ahead.map(({ table, row }) => ({
      table: table.name,
      keyPath: table.schema.primKey.keyPath ?? null,
      row,
    })),
  );
  await db.transaction('rw', [...entityTables(db), db.outbox, db.recordRevs, db.meta], async () => {
    if (response.isSnapshot) {
      await Promise.all([...entityTables(db), db.recordRevs].map((table) => table.clear()));
    }
    const pendingByRecord = await pendingEditsByRecord(db);
    const rowsByTable = new Map<Table, Row[]>();
    for (const { change, key, table, row } of ahead) {
      const pending = pendingByRecord.get(key);
      const rows = rowsByTable.get(table) ?? [];
      rows.push(isSameEdits(pending, editsAhead.get(key)) ? row : rebase(change, pending, serverVersion));
      rowsByTable.set(table, rows);
    }
    for (const [table, rows] of rowsByTable) await putInChunks(table, rows);
    await putInChunks(
      db.recordRevs,
      ahead.map(({ change, key }) => ({ key, rev: change.rev })),
    );
    await db.meta.put({ key: CHECKPOINT_KEY, value: response.next });
  });
}

/** Conflicts not yet resolved, oldest first. */
export function openConflicts(db: TijdigDb): Promise<Conflict[]> {
  return db.conflicts.where('status').equals('open').sortBy('createdAt');
}

/** Changes the server refused, oldest first. */
export async function rejectedMutations(db: TijdigDb): Promise<OutboxRow[]> {
  const rows = await db.outbox.orderBy('counter').toArray();
  return rows.filter((row) => row.rejection !== undefined);
}

/**
 * A person has dealt with a refused change (edited the record again, or exported the change): only then
 * does it leave the outbox. Nothing is ever dropped without someone deciding so.
 */
export async function dismissRejected(db: TijdigDb, mutationId: string): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const row = await db.outbox.get(mutationId as OutboxRow['mutationId']);
    if (row?.rejection !== undefined) await db.outbox.delete(row.mutationId);
  });
}

/**
 * Puts the server's copy of records back after the server refused a change or kept another device's
 * value in a conflict, so this device shows what everyone else sees (pending edits stay on top). A
 * record the server does not have (a refused creation) leaves the device; its change stays in the outbox.
 */
export async function restoreServerCopies(
  db: TijdigDb,
  copies: readonly { entity: SyncChange['entity']; recordId: string; change: SyncChange | null }[],
): Promise<void> {
  if (copies.length === 0) return;
  await db.transaction('rw', [...entityTables(db), db.outbox, db.recordRevs], async () => {
    for (const { entity, recordId, change } of copies) {
      const pending = await db.outbox.where('recordId').equals(recordId).sortBy('counter');
      const stillPending = pending.filter((row) => row.entity === entity && row.rejection === undefined);
      const table = tableOf(db, entity);
      if (change === null) {
        if (entity !== 'checklistDefinition') await table.delete(recordId);
        continue;
      }
      // The single-record answer names no version; migrations leave data already in their shape alone.
      await table.put(rebase(change, stillPending, BASELINE_RECORD_VERSION));
      await db.recordRevs.put({ key: revKey(entity, recordId), rev: change.rev });
    }
  });
}
