/**
 * Pulled pages onto the device. Every change is first read with its kind's schema (src/domain/pulled-record.ts,
 * after migrating it to this app's shape): a valid one is rebased on this device's unsent edits and sealed
 * before the transaction that stores it; one that fails is kept aside, sealed, in quarantinedRecords and
 * neither enters the app's tables nor replaces a valid copy there, while the checkpoint moves on past it (one
 * broken record must not stop the device syncing). Pulled data, the rebase of pending edits on top of it,
 * the quarantine and the new checkpoint are written in ONE transaction, so a crash never leaves a checkpoint
 * ahead of the data it stands for.
 */
import type { Table } from 'dexie';
import {
  BASELINE_RECORD_VERSION,
  SCHEMA_VERSION,
  SYNC_ENTITIES,
  type PullResponse,
  type SyncEntity,
} from '../domain';
import { SLICE_BUDGET_MS } from '../lib/time-slice';
import { currentDataKey } from './data-key';
import type { OutboxRow, TijdigDb } from './database';
import { keepSealed, sealAhead } from './encryption';
import { readPulledPageOffThread } from './pulled-reader/reader';
import type { TableOfEntity } from './pulled-reader/read-page';
import { rebase, type PendingChange } from './rebase';
import { revKey } from './record-key';
import { keyOfSentChange, quarantinedRecordOf, type QuarantinedRecord } from './quarantined-records';
import { CHECKPOINT_KEY } from './sync-meta';
import { entityTables, tableOf } from './sync-tables';

type Row = Record<string, unknown>;

/**
 * Rows in the first bulkPut of a table in a transaction. Dexie tracks what a write changed, for its live
 * queries and other tabs, key by key and index value by index value for a bulkPut of fewer than 50 rows, and
 * as the table's whole range from 50 rows on. Thousands of rows tracked one by one made the commit of a
 * first sync's transaction a long task of its own (range trees of every index, cloned and broadcast); one
 * call of 50 first marks the whole range, and the keys of later smaller calls fall inside it.
 */
const FIRST_PUT_ROWS = 50;

/**
 * The most rows any later bulkPut takes. A bulkPut is one synchronous loop of IndexedDB puts (one task): 50
 * care plans already took 50-80 ms at 4x CPU on a busy machine, so after the first call the rows go in
 * calls sized by what the last one took (putInSlices).
 */
const MAX_PUT_ROWS = 200;

/**
 * The fewest rows a later bulkPut takes: each call waits for IndexedDB to answer before the next, so on a
 * busy device, where a call's time is mostly other work preempting it, single rows would make a first sync
 * thousands of round trips.
 */
const MIN_PUT_ROWS = 10;

/** This device's unsent edits per record (`entity:id`), as read at one moment; see preparePulledChanges. */
export type PendingEdits = ReadonlyMap<string, readonly OutboxRow[]>;

/** This device's unsent edits per record (`entity:id`), oldest first; refused ones are not pending. */
export async function readPendingEdits(db: TijdigDb): Promise<PendingEdits> {
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
 * How many rows the next bulkPut takes, so that its synchronous part lasts about one time slice: scaled by
 * what the last call of `rows` rows took, at most doubled (one quick call says little), within
 * MIN_PUT_ROWS and MAX_PUT_ROWS.
 */
export function nextPutRows(rows: number, tookMs: number, budgetMs: number = SLICE_BUDGET_MS): number {
  const fitting = tookMs > 0 ? Math.floor((rows * budgetMs) / tookMs) : rows * 2;
  return Math.max(MIN_PUT_ROWS, Math.min(fitting, rows * 2, MAX_PUT_ROWS));
}

/**
 * Puts `rows` in bulkPuts, each sized by how long the last one held the main thread. Inside a transaction
 * Dexie runs a bulkPut's loop of IndexedDB puts within the call, so the call's own time is that cost; the
 * await after it lets the browser paint and handle input before the next.
 */
async function putInSlices(table: Table, rows: readonly unknown[]): Promise<void> {
  let size = FIRST_PUT_ROWS;
  for (let start = 0; start < rows.length;) {
    const chunk = rows.slice(start, start + size);
    const began = performance.now();
    const put = table.bulkPut(chunk);
    const tookMs = performance.now() - began;
    await put;
    start += chunk.length;
    size = nextPutRows(chunk.length, tookMs);
  }
}

/** A valid pulled change made ready to store: its data in the current shape, and the row rebased and sealed. */
interface PreparedRow {
  /** The server's revision of the record. */
  rev: number;
  data: Row;
  key: string;
  table: Table;
  row: Row;
}

/** Changes made ready to store: the valid ones rebased and sealed, the others as sealed quarantine entries. */
interface PreparedChanges {
  /** The pending edits the rows were rebased on; a record whose edits differ at the write is rebased again. */
  editsAhead: PendingEdits;
  rows: PreparedRow[];
  quarantined: QuarantinedRecord[];
}

/** A pulled page made ready to store. */
export interface PreparedPull extends PreparedChanges {
  response: PullResponse;
}

/** Whether a page's frame can be trusted: its checkpoint above all, as the device saves it. */
function isPageFrame(page: PullResponse): boolean {
  return Array.isArray(page.changes) && Number.isSafeInteger(page.next) && page.next >= 0;
}

/** Where each record kind lives, as the pull reader needs it (it has no Dexie). */
function tablesOfEntities(db: TijdigDb): Record<SyncEntity, TableOfEntity> {
  const tables = {} as Record<SyncEntity, TableOfEntity>;
  for (const entity of SYNC_ENTITIES) {
    const table = tableOf(db, entity);
    const keyPath = table.schema.primKey.keyPath;
    tables[entity] = { name: table.name, keyPath: typeof keyPath === 'string' ? keyPath : null };
  }
  return tables;
}

/**
 * The unsent edits of the page's own records, each only as rebasing reads it (the fields it changed): what
 * goes to the pull reader with every page, copied into its worker. A device back from days offline holds
 * hundreds of edits, a page names at most a few hundred records, mostly without one. Keyed by the kind and id
 * each change was sent under (keyOfSentChange), as the reader looks them up once the change passed its schema.
 */
export function editsOfPage(
  changes: readonly unknown[],
  edits: PendingEdits,
): Map<string, readonly PendingChange[]> {
  const ofPage = new Map<string, readonly PendingChange[]>();
  if (edits.size === 0) return ofPage;
  for (const change of changes) {
    const key = keyOfSentChange(change);
    const changed = edits.get(key)?.map((edit) => ({ changed: edit.changed }));
    if (changed) ofPage.set(key, changed);
  }
  return ofPage;
}

async function prepareChanges(
  db: TijdigDb,
  changes: readonly unknown[],
  dataVersion: number,
  edits: PendingEdits,
): Promise<PreparedChanges> {
  const dataKey = currentDataKey();
  const tables = tablesOfEntities(db);
  // Read, rebased and sealed in the pull reader's worker where it can run (pulled-reader/reader.ts).
  const read = await readPulledPageOffThread({
    changes,
    dataVersion,
    edits: editsOfPage(changes, edits),
    dataKey,
    tables,
  });
  const rows = read.rows.map(({ rev, entity, recordId, data, row, sealed }): PreparedRow => {
    const table = tableOf(db, entity);
    const { keyPath } = tables[entity];
    if (sealed && dataKey && keyPath !== null) {
      // A row no migration changed and no edit went on top of is the pulled JSON as it is: exactly what
      // opening its bytes gives, so the live queries may take it instead of decrypting it again.
      const isAsOpened = data === null && dataVersion >= SCHEMA_VERSION;
      keepSealed(row, { key: dataKey, table: table.name, primaryKey: row[keyPath], sealed, isAsOpened });
    }
    return { rev, data: data ?? row, key: revKey(entity, recordId), table, row };
  });
  const quarantined = read.invalid.map(({ index, issues }) =>
    quarantinedRecordOf(changes[index], issues, dataVersion),
  );
  const quarantine = db.quarantinedRecords;
  const quarantineKeyPath = quarantine.schema.primKey.keyPath ?? null;
  // The entry itself, not a copy: the seal made ahead is found by the identity of the row written.
  await sealAhead(
    quarantined.map((entry) => ({
      table: quarantine.name,
      keyPath: quarantineKeyPath,
      row: entry as unknown as Row,
    })),
  );
  return { editsAhead: edits, rows, quarantined };
}

/**
 * Reads, builds and seals the rows of a pulled page before the transaction that stores them: the schema
 * check in small chunks, sealing with WebCrypto off the main thread (encryption/presealed.ts). Rebased on
 * `editsAhead` (read now when not given): the sync engine passes the edits it last read, so a page prepared
 * while an earlier one is being stored need not wait for that transaction to read the outbox. Whatever
 * changed since is corrected at the write. Rejects a page whose frame is broken (no list of changes, no
 * valid checkpoint): nothing of it is stored, and the next round asks for it again.
 */
export async function preparePulledChanges(
  db: TijdigDb,
  response: PullResponse,
  editsAhead?: PendingEdits,
): Promise<PreparedPull> {
  if (!isPageFrame(response)) throw new Error('The pull page has no valid list of changes or checkpoint');
  const dataVersion = response.schemaVersion ?? BASELINE_RECORD_VERSION;
  const edits = editsAhead ?? (await readPendingEdits(db));
  return { response, ...(await prepareChanges(db, response.changes, dataVersion, edits)) };
}

/**
 * Writes prepared changes in order inside the caller's transaction: valid rows (rebased again where the
 * pending edits changed since they were prepared) with their revisions, each taking the place of its
 * quarantine entry; broken ones into the quarantine, leaving the app's copy as it was.
 */
async function storePrepared(
  db: TijdigDb,
  pages: readonly PreparedChanges[],
  pendingByRecord: PendingEdits,
): Promise<void> {
  const held = new Set(await db.quarantinedRecords.toCollection().primaryKeys());
  const rowsByTable = new Map<Table, Row[]>();
  const revs: { key: string; rev: number }[] = [];
  const quarantine = new Map<string, QuarantinedRecord>();
  const released = new Set<string>();
  for (const { editsAhead, rows, quarantined } of pages) {
    for (const { rev, data, key, table, row } of rows) {
      const pending = pendingByRecord.get(key);
      const tableRows = rowsByTable.get(table) ?? [];
      tableRows.push(isSameEdits(pending, editsAhead.get(key)) ? row : rebase(data, pending));
      rowsByTable.set(table, tableRows);
      revs.push({ key, rev });
      quarantine.delete(key);
      if (held.has(key)) released.add(key);
    }
    for (const entry of quarantined) quarantine.set(entry.key, entry);
  }
  for (const [table, rows] of rowsByTable) await putInSlices(table, rows);
  await putInSlices(db.recordRevs, revs);
  if (released.size > 0) await db.quarantinedRecords.bulkDelete([...released]);
  if (quarantine.size > 0) await db.quarantinedRecords.bulkPut([...quarantine.values()]);
}

/** The tables a pull writes: the records, the edits rebased on them, revisions, quarantine, checkpoint. */
const pullTables = (db: TijdigDb) => [
  ...entityTables(db),
  db.outbox,
  db.recordRevs,
  db.quarantinedRecords,
  db.meta,
];

/**
 * Stores prepared pages of pulled changes, in order, rebases pending edits on them and saves the checkpoint
 * of the last, all in one transaction. A first page that is a snapshot (a specialist's limited view) first
 * empties the synced tables and the quarantine, so records the account may no longer see leave the device.
 * Inside the transaction, a record whose pending edits changed since it was prepared (an edit saved
 * meanwhile) is rebased again and sealed as it is written. Gives the pending edits it read, for preparing
 * the next pages.
 */
export async function storePulledChanges(
  db: TijdigDb,
  pages: readonly PreparedPull[],
): Promise<PendingEdits> {
  const [first] = pages;
  const final = pages.at(-1);
  if (!first || !final) return readPendingEdits(db);
  return db.transaction('rw', pullTables(db), async () => {
    if (first.response.isSnapshot) {
      const cleared = [...entityTables(db), db.recordRevs, db.quarantinedRecords];
      await Promise.all(cleared.map((table) => table.clear()));
    }
    const pendingByRecord = await readPendingEdits(db);
    await storePrepared(db, pages, pendingByRecord);
    await db.meta.put({ key: CHECKPOINT_KEY, value: final.response.next });
    return pendingByRecord;
  });
}

/** Stores one page of pulled changes: prepared (read, rebased and sealed), then stored in one transaction. */
export async function applyPulledChanges(db: TijdigDb, response: PullResponse): Promise<void> {
  await storePulledChanges(db, [await preparePulledChanges(db, response)]);
}

/**
 * Reads the quarantined records again, as an app update may have brought the migration or schema that
 * reads them: those that now pass take their place as if just pulled (pending edits on top); the others stay
 * as they are. An entry is always the newest revision this device received of its record, but one at or
 * below the revision the device already holds is only dropped. Answers how many came in.
 */
export async function retryQuarantinedRecords(db: TijdigDb): Promise<number> {
  if ((await db.quarantinedRecords.count()) === 0) return 0;
  const entries = await db.quarantinedRecords.toArray();
  const edits = await readPendingEdits(db);
  const pages: PreparedChanges[] = [];
  for (const dataVersion of new Set(entries.map((entry) => entry.dataVersion))) {
    const changes = entries.filter((entry) => entry.dataVersion === dataVersion).map((entry) => entry.change);
    // Entries that still fail stay as they are: nothing new to write for them.
    pages.push({ ...(await prepareChanges(db, changes, dataVersion, edits)), quarantined: [] });
  }
  return db.transaction('rw', pullTables(db), async () => {
    const rows = pages.flatMap((page) => page.rows);
    const known = await db.recordRevs.bulkGet(rows.map((row) => row.key));
    const stale = new Set(rows.filter((row, index) => row.rev <= (known[index]?.rev ?? 0)));
    await db.quarantinedRecords.bulkDelete([...stale].map((row) => row.key));
    const current = pages.map((page) => ({ ...page, rows: page.rows.filter((row) => !stale.has(row)) }));
    await storePrepared(db, current, await readPendingEdits(db));
    return rows.length - stale.size;
  });
}
