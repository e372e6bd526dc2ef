/**
 * Brings stored record data up to its kind's current shape when the server starts, with the same pure
 * migrations the devices run (src/domain/record-evolution.ts), after the SQL migrations.
 *
 * Eager, not on read: a pull copies the stored JSON into its answer as text without parsing it (pull.ts),
 * so every stored row must already have the current shape. The rows keep their rev and seq: this is no new
 * change to send, every device migrates its own copy of the same data the same way. The saved versions of
 * each record (record_versions) are migrated too, as the history shows them. Per kind, under an advisory
 * lock and in one transaction with its new version, so several starting processes migrate each kind once.
 */
import {
  BASELINE_RECORD_VERSION,
  isOlderRecord,
  migrateRecord,
  SYNC_ENTITIES,
  SYNC_ENTITY_DEFINITIONS,
  type SyncEntity,
} from '../../../src/domain';
import type { Db, Queryable } from './db';

type Row = Record<string, unknown>;

/** The advisory lock key record migrations hold (SQL migrations hold 7311). */
const RECORD_MIGRATION_LOCK = 7312;
const BATCH = 500;

interface StoredData {
  record_id: string;
  rev: number;
  data: Row;
}

/**
 * Migrates every row of `entity` in `table` from `fromVersion`: practice by practice, a batch at a time
 * in primary-key order, so each read and each update is a range or a lookup on the primary key
 * (practice_id, entity, record_id[, rev]) however many practices one PostgreSQL holds.
 */
async function migrateTable(
  tx: Queryable,
  table: 'records' | 'record_versions',
  entity: SyncEntity,
  fromVersion: number,
): Promise<number> {
  const evolution = SYNC_ENTITY_DEFINITIONS[entity].evolution;
  // records holds one row per record, record_versions one per rev (a records row reads as rev -1).
  const isVersions = table === 'record_versions';
  const page = isVersions
    ? { rev: 'rev', after: '(record_id, rev) > ($3, $4)', order: 'record_id, rev' }
    : { rev: '-1', after: 'record_id > $3', order: 'record_id' };
  const practices = await tx.query<{ id: string }>('SELECT id FROM practices ORDER BY id');
  let migrated = 0;
  for (const { id: practiceId } of practices) {
    let after = { recordId: '', rev: -1 };
    for (;;) {
      const rows = await tx.query<StoredData>(
        `SELECT record_id, ${page.rev} AS rev, data FROM ${table}
          WHERE practice_id = $1 AND entity = $2 AND ${page.after}
          ORDER BY ${page.order} LIMIT ${BATCH}`,
        isVersions ? [practiceId, entity, after.recordId, after.rev] : [practiceId, entity, after.recordId],
      );
      const last = rows.at(-1);
      if (!last) break;
      after = { recordId: last.record_id, rev: last.rev };
      const updates = rows
        .map((row) => ({ ...row, migrated: migrateRecord(evolution, row.data, fromVersion) }))
        .filter((row) => row.migrated !== row.data)
        .map((row) => ({ record_id: row.record_id, rev: row.rev, data: row.migrated }));
      if (updates.length === 0) continue;
      await tx.query(
        `UPDATE ${table} t SET data = u.data
           FROM jsonb_to_recordset($3::jsonb) AS u(record_id text, rev integer, data jsonb)
          WHERE t.practice_id = $1 AND t.entity = $2 AND t.record_id = u.record_id
            ${isVersions ? 'AND t.rev = u.rev' : ''}`,
        [practiceId, entity, JSON.stringify(updates)],
      );
      migrated += updates.length;
    }
  }
  return migrated;
}

/**
 * Migrates the stored data of every kind whose version rose since the last start; answers how many rows
 * (records and saved versions) it rewrote.
 */
export async function migrateStoredRecords(db: Db): Promise<number> {
  let rewritten = 0;
  for (const entity of SYNC_ENTITIES) {
    const evolution = SYNC_ENTITY_DEFINITIONS[entity].evolution;
    rewritten += await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${RECORD_MIGRATION_LOCK})`);
      const [row] = await tx.query<{ version: number }>(
        'SELECT version FROM record_data_versions WHERE entity = $1',
        [entity],
      );
      const stored = row?.version ?? BASELINE_RECORD_VERSION;
      if (!isOlderRecord(evolution, stored)) return 0;
      const count =
        (await migrateTable(tx, 'records', entity, stored)) +
        (await migrateTable(tx, 'record_versions', entity, stored));
      await tx.query(
        `INSERT INTO record_data_versions (entity, version) VALUES ($1, $2)
         ON CONFLICT (entity) DO UPDATE SET version = EXCLUDED.version`,
        [entity, evolution.version],
      );
      return count;
    });
  }
  return rewritten;
}
