/** Reading and writing the server's copy of synced records and their versions. */
import type { SyncEntity } from '../../../src/domain';
import type { Queryable } from '../store/db';

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

interface RecordRow {
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
 * The current copies of several records, read and locked in ONE statement for the rest of the transaction,
 * so concurrent pushes queue behind them. Keyed by recordKey; a record that does not exist is absent.
 * The lookup is by the primary key (entity = ANY, record_id = ANY: a join with a list of pairs made the
 * planner, which has no statistics on PGlite, scan the practice's every record). With several entities
 * it may also lock a row whose entity and id were each asked for but not together: harmless under the
 * practice's sequence lock every push holds, and such a row is not returned.
 */
export async function lockRecords(
  tx: Queryable,
  practiceId: string,
  refs: readonly RecordRef[],
): Promise<Map<string, StoredRecord>> {
  const locked = new Map<string, StoredRecord>();
  if (refs.length === 0) return locked;
  const wanted = new Set(refs.map((ref) => recordKey(ref.entity, ref.recordId)));
  const rows = await tx.query<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records
      WHERE practice_id = $1 AND entity = ANY($2::text[]) AND record_id = ANY($3::text[])
      FOR UPDATE`,
    [practiceId, [...new Set(refs.map((ref) => ref.entity))], [...new Set(refs.map((ref) => ref.recordId))]],
  );
  for (const row of rows) {
    const key = recordKey(row.entity, row.record_id);
    if (wanted.has(key)) locked.set(key, toStoredRecord(row));
  }
  return locked;
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
 * Writes new current copies and keeps every version, in the caller's transaction, in ONE statement however
 * many records: one multi-row upsert into records and one multi-row insert into record_versions. When a
 * record was written more than once, its versions are all kept and its current copy is the last one.
 */
export async function saveRecords(
  tx: Queryable,
  practiceId: string,
  writes: readonly RecordWrite[],
  author: VersionAuthor,
): Promise<void> {
  if (writes.length === 0) return;
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
  await tx.query(
    `WITH batch AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb)
         AS b(entity text, record_id text, rev integer, seq bigint, is_deleted boolean, is_latest boolean,
              patient_id text, groups jsonb, group_revs jsonb, data jsonb, device_at timestamptz)
     ), current_copies AS (
       INSERT INTO records (practice_id, entity, record_id, rev, group_revs, data, is_deleted, patient_id, seq, updated_at)
       SELECT $1::uuid, entity, record_id, rev, group_revs, data, is_deleted, patient_id, seq, $7::timestamptz
         FROM batch WHERE is_latest
       ON CONFLICT (practice_id, entity, record_id) DO UPDATE
         SET rev = EXCLUDED.rev, group_revs = EXCLUDED.group_revs, data = EXCLUDED.data,
             is_deleted = EXCLUDED.is_deleted, patient_id = EXCLUDED.patient_id, seq = EXCLUDED.seq,
             updated_at = EXCLUDED.updated_at
     )
     INSERT INTO record_versions (practice_id, entity, record_id, rev, data, is_deleted, groups, user_id, user_name, role, client_id, at, device_at)
     SELECT $1::uuid, entity, record_id, rev, data, is_deleted,
            ARRAY(SELECT jsonb_array_elements_text(groups)), $3::uuid, $4, $5, $6::uuid, $7::timestamptz, device_at
       FROM batch`,
    [
      practiceId,
      JSON.stringify(rows),
      author.userId,
      author.userName,
      author.role,
      author.clientId,
      author.at,
    ],
  );
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

  /** Locks and reads the records the push's mutations name, in ONE statement. */
  static async lock(
    tx: Queryable,
    practiceId: string,
    author: VersionAuthor,
    refs: readonly RecordRef[],
  ): Promise<RecordBatch> {
    const found = await lockRecords(tx, practiceId, refs);
    const current = new Map<string, StoredRecord | null>();
    for (const ref of refs) {
      const key = recordKey(ref.entity, ref.recordId);
      current.set(key, found.get(key) ?? null);
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
    const writes = this.pending;
    this.pending = [];
    await saveRecords(tx, this.practiceId, writes, this.author);
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
