/**
 * The shape of the synced records this device stores (src/domain/record-evolution.ts). Rows written by this
 * app have their kind's current version; a sealed row says which version it was sealed with (rows sealed
 * before records carried their evolution are of the baseline) and is migrated as it is read; plain rows are
 * migrated by the database upgrade that raised their kind's version (see database.ts), as an upgrade can read
 * them without the data key.
 */
import type { Transaction } from 'dexie';
import {
  BASELINE_RECORD_VERSION,
  isOlderRecord,
  migrateRecord,
  SYNC_ENTITY_EVOLUTIONS,
  type RecordEvolution,
  type SyncEntity,
} from '../domain';
import { FORMAT_FIELD, isEncryptedTable } from './encryption/encrypted-tables';

type Row = Record<string, unknown>;

/** The table each synced kind lives in (tableOf in sync-tables.ts gives the table itself). */
const TABLE_OF_ENTITY = {
  patient: 'patients',
  checklistResult: 'checklistResults',
  markingEvent: 'markingEvents',
  checklistDefinition: 'checklistDefinitions',
  meeting: 'meetings',
  agendaItem: 'agendaItems',
  specialistInvitation: 'specialistInvitations',
  conflict: 'conflicts',
  carePlan: 'carePlans',
  carePlanVersion: 'carePlanVersions',
  mdoAction: 'mdoActions',
  specialist: 'specialists',
} as const satisfies Record<SyncEntity, string>;

const EVOLUTION_OF_TABLE: ReadonlyMap<string, RecordEvolution> = new Map(
  (Object.entries(TABLE_OF_ENTITY) as [SyncEntity, string][]).map(([entity, table]) => [
    table,
    SYNC_ENTITY_EVOLUTIONS[entity],
  ]),
);

/** The version rows of `table` are written with now; null for a table that holds no synced record. */
export function recordVersionOfTable(table: string): number | null {
  return EVOLUTION_OF_TABLE.get(table)?.version ?? null;
}

/** A row of `table` read from storage, brought up from `version` (undefined: the baseline) when older. */
export function upToDateRow(table: string, row: Row, version: number | undefined): Row {
  const evolution = EVOLUTION_OF_TABLE.get(table);
  if (evolution === undefined) return row;
  const from = version ?? BASELINE_RECORD_VERSION;
  // The common case costs one comparison: every row this app version wrote is current.
  if (from >= evolution.version) return row;
  return migrateRecord(evolution, row, from);
}

/** Primary keys of the rows of an encrypted table that are still plain (readable without the data key). */
async function plainKeys(tx: Transaction, table: string): Promise<unknown[]> {
  const sealed = new Set<unknown>(await tx.table(table).where(FORMAT_FIELD).aboveOrEqual(0).primaryKeys());
  const keys: unknown[] = await tx.table(table).toCollection().primaryKeys();
  return keys.filter((key) => !sealed.has(key));
}

/**
 * The database upgrade's part: migrates every row it can read (plain tables, and rows of encrypted tables
 * written before encryption) of each kind whose version rose after `fromVersion`. Sealed rows cannot be read
 * before the device is unlocked; they are migrated as they are read (see encryption/middleware.ts).
 */
export async function migrateReadableRows(tx: Transaction, fromVersion: number): Promise<void> {
  for (const [table, evolution] of EVOLUTION_OF_TABLE) {
    if (!isOlderRecord(evolution, fromVersion)) continue;
    const rows = isEncryptedTable(table)
      ? ((await tx.table(table).bulkGet(await plainKeys(tx, table))) as (Row | undefined)[])
      : ((await tx.table(table).toArray()) as Row[]);
    const migrated = rows
      .filter((row) => row !== undefined)
      .map((row) => migrateRecord(evolution, row, fromVersion));
    await tx.table(table).bulkPut(migrated);
  }
}
