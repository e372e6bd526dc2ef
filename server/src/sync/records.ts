/** Reading and writing the server's copy of synced records and their versions. */
import type { SyncEntity } from '../../../src/domain';
import type { Queryable } from '../store/db';
import { jsonRows, rawSql, runSql, sql, withTables, type CommonTable, type Sql } from '../store/sql';

/** Which revision last changed a field group, and from which device (a device never conflicts with itself). */
export interface GroupRevision {
  rev: number;
  clientId: string;
}

export interface StoredRecord {
  entity: SyncEntity;
  recordId: string;
  rev: number;
  groupRevs: Record<string, GroupRevision>;
  data: Record<string, unknown>;
  isDeleted: boolean;
  seq: number;
}

export interface RecordRow {
  entity: SyncEntity;
  record_id: string;
  rev: number;
  group_revs: Record<string, GroupRevision>;
  data: Record<string, unknown>;
  is_deleted: boolean;
  /** bigint: a string from some drivers. */
  seq: number | string;
}

export const toStoredRecord = (row: RecordRow): StoredRecord => ({
  entity: row.entity,
  recordId: row.record_id,
  rev: row.rev,
  groupRevs: row.group_revs,
  data: row.data,
  isDeleted: row.is_deleted,
  seq: Number(row.seq),
});

export const RECORD_COLUMNS = 'entity, record_id, rev, group_revs, data, is_deleted, seq';

/** How a record is found within one practice: `entity:recordId` (entity names hold no colon). */
export const recordKey = (entity: string, recordId: string): string => `${entity}:${recordId}`;

export interface RecordRef {
  entity: SyncEntity;
  recordId: string;
}

/**
 * The SELECT that reads and locks the current copies of several records for the rest of the transaction,
 * so concurrent pushes queue behind them: one JSON array of their rows, for a larger statement to carry
 * (see RecordBatch.of). The lookup is by the primary key (entity = ANY, record_id = ANY: a join with a list
 * of pairs made the planner, which has no statistics on PGlite, scan the practice's every record). With
 * several entities it may also lock a row whose entity and id were each asked for but not together:
 * harmless under the practice's sequence lock every push holds, and RecordBatch.of leaves such a row out.
 */
export function lockRecordsQuery(practiceId: string, refs: readonly RecordRef[]): Sql {
  if (refs.length === 0) return jsonRows(null);
  const entities = [...new Set(refs.map((ref) => ref.entity))];
  const recordIds = [...new Set(refs.map((ref) => ref.recordId))];
  return jsonRows(sql`SELECT ${rawSql(RECORD_COLUMNS)} FROM records
       WHERE practice_id = ${practiceId} AND entity = ANY(${entities}::text[])
         AND record_id = ANY(${recordIds}::text[])
       FOR UPDATE`);
}

export async function readRecord(
  db: Queryable,
  practiceId: string,
  entity: SyncEntity,
  recordId: string,
): Promise<StoredRecord | undefined> {
  const [row] = await db.query<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE practice_id = $1 AND entity = $2 AND record_id = $3`,
    [practiceId, entity, recordId],
  );
  return row ? toStoredRecord(row) : undefined;
}

export interface VersionAuthor {
  userId: string;
  userName: string;
  role: string;
  clientId: string;
  at: Date;
}

/** A new copy of a record to store, with the patient it belongs to and the groups the change applied. */
export interface RecordWrite {
  record: StoredRecord;
  patientId: string | null;
  changedGroups: readonly string[];
  /** The device's own time of the change, when known ("vastgelegd op het apparaat"). */
  deviceAt?: string | null;
}

/**
 * The writes of new current copies, every version kept, as parts of a WITH clause for a larger statement
 * (none when there is nothing to write): one multi-row upsert into records and one multi-row insert into
 * record_versions, however many records. When a record was written more than once, its versions are all
 * kept and its current copy is the last one.
 */
export function recordWriteTables(
  practiceId: string,
  writes: readonly RecordWrite[],
  author: VersionAuthor,
): CommonTable[] {
  if (writes.length === 0) return [];
  const lastOf = new Map<string, RecordWrite>();
  for (const write of writes) lastOf.set(recordKey(write.record.entity, write.record.recordId), write);
  const rows = writes.map(({ record, patientId, changedGroups, deviceAt }, index) => ({
    entity: record.entity,
    record_id: record.recordId,
    rev: record.rev,
    seq: record.seq,
    is_deleted: record.isDeleted,
    is_latest: lastOf.get(recordKey(record.entity, record.recordId)) === writes[index],
    patient_id: patientId,
    groups: changedGroups,
    group_revs: record.groupRevs,
    data: record.data,
    device_at: deviceAt ?? null,
  }));
  return [
    {
      name: 'record_writes',
      query: sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
         AS b(entity text, record_id text, rev integer, seq bigint, is_deleted boolean, is_latest boolean,
              patient_id text, groups jsonb, group_revs jsonb, data jsonb, device_at timestamptz)`,
    },
    {
      name: 'current_copies',
      query: sql`INSERT INTO records (practice_id, entity, record_id, rev, group_revs, data, is_deleted, patient_id, seq, updated_at)
       SELECT ${practiceId}::uuid, entity, record_id, rev, group_revs, data, is_deleted, patient_id, seq, ${author.at}::timestamptz
         FROM record_writes WHERE is_latest
       ON CONFLICT (practice_id, entity, record_id) DO UPDATE
         SET rev = EXCLUDED.rev, group_revs = EXCLUDED.group_revs, data = EXCLUDED.data,
             is_deleted = EXCLUDED.is_deleted, patient_id = EXCLUDED.patient_id, seq = EXCLUDED.seq,
             updated_at = EXCLUDED.updated_at`,
    },
    {
      name: 'versions_kept',
      query: sql`INSERT INTO record_versions (practice_id, entity, record_id, rev, data, is_deleted, groups, user_id, user_name, role, client_id, at, device_at)
       SELECT ${practiceId}::uuid, entity, record_id, rev, data, is_deleted,
              ARRAY(SELECT jsonb_array_elements_text(groups)), ${author.userId}::uuid, ${author.userName},
              ${author.role}, ${author.clientId}::uuid, ${author.at}::timestamptz, device_at
         FROM record_writes`,
    },
  ];
}

/** Writes new current copies and keeps every version (see recordWriteTables), in the caller's transaction. */
export async function saveRecords(
  tx: Queryable,
  practiceId: string,
  writes: readonly RecordWrite[],
  author: VersionAuthor,
): Promise<void> {
  const tables = recordWriteTables(practiceId, writes, author);
  const last = tables.pop();
  if (last) await runSql(tx, withTables(tables, last.query));
}

/** Writes the new current copy of one record and keeps the version, in the caller's transaction. */
export async function saveRecord(
  tx: Queryable,
  practiceId: string,
  record: StoredRecord,
  patientId: string | null,
  changedGroups: readonly string[],
  author: VersionAuthor,
): Promise<void> {
  await saveRecords(tx, practiceId, [{ record, patientId, changedGroups }], author);
}

/**
 * The records one push touches: their current copies, locked together when the push starts, and the new
 * copies its mutations make, kept in memory and written together. A later mutation of a record in the
 * same push sees the copy the earlier one made.
 */
export class RecordBatch {
  private pending: RecordWrite[] = [];

  /** `current` holds every locked record; null when it does not exist (yet). */
  private constructor(
    private readonly practiceId: string,
    private readonly author: VersionAuthor,
    private readonly current: Map<string, StoredRecord | null>,
  ) {}

  /**
   * The batch of the records `refs` names, from the rows lockRecordsQuery read (which may hold more).
   * Each ref is in the batch, with null when its record does not exist (yet).
   */
  static of(
    practiceId: string,
    author: VersionAuthor,
    refs: readonly RecordRef[],
    lockedRows: readonly RecordRow[],
  ): RecordBatch {
    const found = new Map(lockedRows.map((row) => [recordKey(row.entity, row.record_id), row]));
    const current = new Map<string, StoredRecord | null>();
    for (const ref of refs) {
      const key = recordKey(ref.entity, ref.recordId);
      const row = found.get(key);
      current.set(key, row ? toStoredRecord(row) : null);
    }
    return new RecordBatch(practiceId, author, current);
  }

  /** The record as this push has it now; undefined when it does not exist or this push did not lock it. */
  find(entity: SyncEntity, recordId: string): StoredRecord | undefined {
    return this.current.get(recordKey(entity, recordId)) ?? undefined;
  }

  /** The record as this push has it now; undefined when it does not exist. */
  get(entity: SyncEntity, recordId: string): StoredRecord | undefined {
    const record = this.current.get(recordKey(entity, recordId));
    if (record === undefined) throw new Error(`record ${entity} ${recordId} was not locked for this push`);
    return record ?? undefined;
  }

  /** A new copy: seen by the rest of the push at once, written by the next flush. */
  put(write: RecordWrite): void {
    const key = recordKey(write.record.entity, write.record.recordId);
    if (!this.current.has(key)) throw new Error(`record ${key} was not locked for this push`);
    this.current.set(key, write.record);
    this.pending.push(write);
  }

  /** Writes the new copies made since the last flush (one statement). */
  async flush(tx: Queryable): Promise<void> {
    await saveRecords(tx, this.practiceId, this.takePending(), this.author);
  }

  /** The writes of the new copies made since the last flush, for the caller's statement (see recordWriteTables). */
  flushTables(): CommonTable[] {
    return recordWriteTables(this.practiceId, this.takePending(), this.author);
  }

  private takePending(): RecordWrite[] {
    const writes = this.pending;
    this.pending = [];
    return writes;
  }
}

export interface StoredVersion {
  rev: number;
  data: Record<string, unknown>;
  userId: string;
  userName: string;
  role: string;
  clientId: string;
  at: Date;
}

export async function readVersion(
  tx: Queryable,
  practiceId: string,
  entity: SyncEntity,
  recordId: string,
  rev: number,
): Promise<StoredVersion | undefined> {
  const [row] = await tx.query<{
    rev: number;
    data: Record<string, unknown>;
    user_id: string;
    user_name: string;
    role: string;
    client_id: string;
    at: Date | string;
  }>(
    `SELECT rev, data, user_id, user_name, role, client_id, at FROM record_versions
      WHERE practice_id = $1 AND entity = $2 AND record_id = $3 AND rev = $4`,
    [practiceId, entity, recordId, rev],
  );
  return row
    ? {
        rev: row.rev,
        data: row.data,
        userId: row.user_id,
        userName: row.user_name,
        role: row.role,
        clientId: row.client_id,
        at: new Date(row.at),
      }
    : undefined;
}
