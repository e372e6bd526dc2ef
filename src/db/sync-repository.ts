/**
 * What the sync engine (src/sync) needs from the device database: the outbox to push, acknowledging
 * the server's answers, conflicts and refused changes, and the server's copies of refused records.
 * Storing pulled pages lives in pulled-pages.ts.
 */
import {
  BASELINE_RECORD_VERSION,
  readPulledRecord,
  type Conflict,
  type IsoDateTime,
  type MutationResult,
  type SyncChange,
} from '../domain';
import type { OutboxRow, TijdigDb } from './database';
import { rebase } from './rebase';
import { quarantinedRecordOf } from './quarantined-records';
import { revKey } from './record-key';
import { CHECKPOINT_KEY } from './sync-meta';
import { entityTables, tableOf } from './sync-tables';

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
  const tables = [...entityTables(db), db.outbox, db.recordRevs, db.quarantinedRecords];
  await db.transaction('rw', tables, async () => {
    for (const { entity, recordId, change } of copies) {
      const pending = await db.outbox.where('recordId').equals(recordId).sortBy('counter');
      const stillPending = pending.filter((row) => row.entity === entity && row.rejection === undefined);
      const table = tableOf(db, entity);
      if (change === null) {
        if (entity !== 'checklistDefinition') await table.delete(recordId);
        continue;
      }
      // Read like a pulled record. The single-record answer names no version; migrations leave data
      // already in their shape alone.
      const read = readPulledRecord(change, BASELINE_RECORD_VERSION);
      const isAsked = read.isValid && read.change.entity === entity && read.change.recordId === recordId;
      if (!read.isValid || !isAsked) {
        const issues = read.isValid ? [{ path: 'recordId', code: 'record_id_mismatch' }] : read.issues;
        await db.quarantinedRecords.put(quarantinedRecordOf(change, issues, BASELINE_RECORD_VERSION));
        continue;
      }
      await table.put(rebase(read.data, stillPending));
      await db.recordRevs.put({ key: revKey(entity, recordId), rev: read.change.rev });
      await db.quarantinedRecords.delete(revKey(entity, recordId));
    }
  });
}
