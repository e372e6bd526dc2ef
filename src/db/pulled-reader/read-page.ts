/**
 * A pulled page read, rebased and sealed: each change checked with its kind's schema
 * (src/domain/pulled-record.ts), the valid ones put under this device's unsent edits and sealed for their
 * table with WebCrypto, the others listed with what broke. Without Dexie or the data key's store, so the
 * same code runs in the pull reader's worker (pull-reader.worker.ts) and, where no worker can run, on the
 * main thread in time slices (reader.ts).
 */
import { readPulledRecord, type RecordIssue } from '../../domain/pulled-record';
import type { SyncEntity } from '../../domain/sync';
import { startTimeSlice, type TimeSlice } from '../../lib/time-slice';
import { isEncryptedTable } from '../encryption/encrypted-tables';
import { forgetImportedKey, sealRecordAsync } from '../encryption/record-cipher';
import { rebase, type PendingChange } from '../rebase';
import { revKey } from '../record-key';

type Row = Record<string, unknown>;

/** Where a record kind lives on the device: its table, and the field holding its primary key (null: compound). */
export interface TableOfEntity {
  name: string;
  keyPath: string | null;
}

export interface PageToRead {
  /** The page's changes as the server sent them. */
  changes: readonly unknown[];
  /** The protocol version of the server that sent them: the shape their data is in. */
  dataVersion: number;
  /** This device's unsent edits per record (revKey), oldest first. */
  edits: ReadonlyMap<string, readonly PendingChange[]>;
  /** The data key to seal with; null leaves sealing to the write, which then fails on a locked device. */
  dataKey: Uint8Array | null;
  tables: Readonly<Record<SyncEntity, TableOfEntity>>;
}

/** A valid change, ready to store. */
export interface ReadRow {
  rev: number;
  entity: SyncEntity;
  recordId: string;
  /** The record as pulled when unsent edits changed `row`; null when `row` is the record as pulled. */
  data: Row | null;
  /** What the device stores: the record with this device's unsent edits on top. */
  row: Row;
  /** `row` sealed for its table and primary key; null for a plain table, a compound key or no data key. */
  sealed: Uint8Array | null;
}

export interface ReadPage {
  rows: ReadRow[];
  /** The changes that failed their schema, by their place in the page, with where and how. */
  invalid: { index: number; issues: RecordIssue[] }[];
}

/** For a thread that has no one to yield to (the worker): never spent. */
export const WHOLE_TASK: TimeSlice = { isSpent: () => false, next: () => Promise.resolve() };

/**
 * Reads `page`. On the main thread pass a time slice: a record costs some 30-65 us at full speed without
 * zod's compiled fast path (the app's CSP forbids it), a care plan more, and many times that on a slow
 * phone, so the work yields by the time it took, not by a count.
 */
export async function readPulledPage(
  page: PageToRead,
  slice: TimeSlice = startTimeSlice(),
): Promise<ReadPage> {
  const rows: ReadRow[] = [];
  const invalid: ReadPage['invalid'] = [];
  const sealing: Promise<void>[] = [];
  for (const [index, sent] of page.changes.entries()) {
    if (slice.isSpent()) await slice.next();
    const read = readPulledRecord(sent, page.dataVersion);
    if (!read.isValid) {
      invalid.push({ index, issues: read.issues });
      continue;
    }
    const { entity, recordId, rev } = read.change;
    const pending = page.edits.get(revKey(entity, recordId));
    const row = rebase(read.data, pending);
    const readRow: ReadRow = { rev, entity, recordId, data: pending ? read.data : null, row, sealed: null };
    rows.push(readRow);
    const { name, keyPath } = page.tables[entity];
    if (!page.dataKey || keyPath === null || !isEncryptedTable(name)) continue;
    // The record as JSON and the bytes handed to WebCrypto are made in this call, counted in this slice.
    const sealed = sealRecordAsync(page.dataKey, name, row[keyPath], row).then((bytes) => {
      readRow.sealed = bytes;
    });
    // A failure is awaited below, after the loop: not an unhandled rejection while later rows are read.
    sealed.catch(() => undefined);
    sealing.push(sealed);
  }
  await Promise.all(sealing);
  return { rows, invalid };
}

/**
 * Reads `page` as the worker does: in one task, then overwrites the worker's copy of the data key and drops
 * the key WebCrypto imported from it, so no page leaves key material behind in the worker (the main thread
 * also ends the worker when the key changes). The sealed rows do not need the key any more. For the worker
 * only: it overwrites the key it is given, which on the main thread would be the device's own.
 */
export async function readPulledPageAndForgetKey(page: PageToRead): Promise<ReadPage> {
  try {
    return await readPulledPage(page, WHOLE_TASK);
  } finally {
    page.dataKey?.fill(0);
    forgetImportedKey();
  }
}
