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

/** This device's unsent edits per record (`entity:id`), as read at one moment; see preparePulledChanges. */
export type PendingEdits = ReadonlyMap<string, readonly OutboxRow[]>;

/** A pulled page made ready to store: every row rebased on the pending edits known then, and sealed. */
export interface PreparedPull {
  response: PullResponse;
  /** The pending edits the rows were rebased on; a record whose edits differ at the write is rebased again. */
  editsAhead: PendingEdits;
  rows: { change: SyncChange; key: string; table: Table; row: Row }[];
}

/** This device's unsent edits now, for preparePulledChanges. */
export function readPendingEdits(db: TijdigDb): Promise<PendingEdits> {
  return pendingEditsByRecord(db);
}

/**
 * Builds and seals the rows of a pulled page before the transaction that stores them: with WebCrypto, off
 * the main thread (encryption/presealed.ts). Rebased on `editsAhead` (read now when not given): the sync
 * engine passes the edits it last read, so a page prepared while an earlier one is being stored need not
 * wait for that transaction to read the outbox. Whatever changed since is corrected at the write.
 */
export async function preparePulledChanges(
  db: TijdigDb,
  response: PullResponse,
  editsAhead?: PendingEdits,
): Promise<PreparedPull> {
  const serverVersion = response.schemaVersion ?? BASELINE_RECORD_VERSION;
  const edits = editsAhead ?? (await pendingEditsByRecord(db));
  const rows = response.changes.map((change) => {
    const key = revKey(change.entity, change.recordId);
    const row = rebase(change, edits.get(key), serverVersion);
    return { change, key, table: tableOf(db, change.entity), row };
  });
  await sealAhead(
    rows.map(({ table, row }) => ({
      table: table.name,
      keyPath: table.schema.primKey.keyPath ?? null,
      row,
    })),
  );
  return { response, editsAhead: edits, rows };
}

/**
 * Stores prepared pages of pulled changes, in order, rebases pending edits on them and saves the checkpoint
 * of the last, all in one transaction. A first page that is a snapshot (a specialist's limited view) first
 * empties the synced tables, so records the account may no longer see leave the device. Inside the
 * transaction, a record whose pending edits changed since it was prepared (an edit saved meanwhile) is
 * rebased again and sealed as it is written. Gives the pending edits it read, for preparing the next pages.
 */
export async function storePulledChanges(
  db: TijdigDb,
  pages: readonly PreparedPull[],
): Promise<PendingEdits> {
  const [first] = pages;
  const final = pages.at(-1);
  if (!first || !final) return readPendingEdits(db);
  return db.transaction('rw', [...entityTables(db), db.outbox, db.recordRevs, db.meta], async () => {
    if (first.response.isSnapshot) {
      await Promise.all([...entityTables(db), db.recordRevs].map((table) => table.clear()));
    }
    const pendingByRecord = await pendingEditsByRecord(db);
    const rowsByTable = new Map<Table, Row[]>();
    const revs: { key: string; rev: number }[] = [];
    for (const { response, editsAhead, rows } of pages) {
      const serverVersion = response.schemaVersion ?? BASELINE_RECORD_VERSION;
      for (const { change, key, table, row } of rows) {
        const pending = pendingByRecord.get(key);
        const tableRows = rowsByTable.get(table) ?? [];
        tableRows.push(
          isSameEdits(pending, editsAhead.get(key)) ? row : rebase(change, pending, serverVersion),
        );
        rowsByTable.set(table, tableRows);
        revs.push({ key, rev: change.rev });
      }
    }
    for (const [table, rows] of rowsByTable) await putInChunks(table, rows);
    await putInChunks(db.recordRevs, revs);
    await db.meta.put({ key: CHECKPOINT_KEY, value: final.response.next });
    return pendingByRecord;
  });
}

/** Stores one page of pulled changes: prepared (rebased and sealed), then stored in one transaction. */
export async function applyPulledChanges(db: TijdigDb, response: PullResponse): Promise<void> {
  await storePulledChanges(db, [await preparePulledChanges(db, response)]);
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
