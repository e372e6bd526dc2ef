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
  key: string;
  data: Row;
}

/** Migrates every row of `entity` in `table` from `fromVersion`, a batch at a time, in key order. */
async function migrateTable(
  tx: Queryable,
  table: 'records' | 'record_versions',
  entity: SyncEntity,
  fromVersion: number,
): Promise<number> {
  const evolution = SYNC_ENTITY_DEFINITIONS[entity].evolution;
  // The row's whole primary key as one text, so paging and updating need no per-table column lists.
  const key =
    table === 'records'
      ? `practice_id::text || '/' || record_id`
      : `practice_id::text || '/' || record_id || '/' || rev::text`;
  let after = '';
  let migrated = 0;
  for (;;) {
    const rows = await tx.query<StoredData>(
      `SELECT ${key} AS key, data FROM ${table} WHERE entity = $1 AND ${key} > $2 ORDER BY ${key} LIMIT ${BATCH}`,
      [entity, after],
    );
    if (rows.length === 0) return migrated;
    const updates = rows
      .map((row) => ({ key: row.key, data: migrateRecord(evolution, row.data, fromVersion), was: row.data }))
      .filter((row) => row.data !== row.was)
      .map(({ key: rowKey, data }) => ({ key: rowKey, data }));
    after = rows.at(-1)?.key ?? after;
    if (updates.length === 0) continue;
    await tx.query(
      `UPDATE ${table} t SET data = u.data
         FROM jsonb_to_recordset($2::jsonb) AS u(key text, data jsonb)
        WHERE t.entity = $1 AND ${key.replaceAll(/\b(practice_id|record_id|rev)\b/g, 't.$1')} = u.key`,
      [entity, JSON.stringify(updates)],
    );
    migrated += updates.length;
  }
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
