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

/** The current copy, locked for the rest of the transaction so concurrent pushes queue behind it. */
export async function lockRecord(
  tx: Queryable,
  practiceId: string,
  entity: SyncEntity,
  recordId: string,
): Promise<StoredRecord | undefined> {
  const [row] = await tx.query<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE practice_id = $1 AND entity = $2 AND record_id = $3 FOR UPDATE`,
    [practiceId, entity, recordId],
  );
  return row ? toStoredRecord(row) : undefined;
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

/** Writes the new current copy and keeps the version, in the caller's transaction. */
export async function saveRecord(
  tx: Queryable,
  practiceId: string,
  record: StoredRecord,
  patientId: string | null,
  changedGroups: readonly string[],
  author: VersionAuthor,
): Promise<void> {
  const data = JSON.stringify(record.data);
  await tx.query(
    `INSERT INTO records (practice_id, entity, record_id, rev, group_revs, data, is_deleted, patient_id, seq, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (practice_id, entity, record_id) DO UPDATE
       SET rev = EXCLUDED.rev, group_revs = EXCLUDED.group_revs, data = EXCLUDED.data,
           is_deleted = EXCLUDED.is_deleted, patient_id = EXCLUDED.patient_id, seq = EXCLUDED.seq,
           updated_at = EXCLUDED.updated_at`,
    [
      practiceId,
      record.entity,
      record.recordId,
      record.rev,
      JSON.stringify(record.groupRevs),
      data,
      record.isDeleted,
      patientId,
      record.seq,
      author.at,
    ],
  );
  await tx.query(
    `INSERT INTO record_versions (practice_id, entity, record_id, rev, data, is_deleted, groups, user_id, user_name, role, client_id, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      practiceId,
      record.entity,
      record.recordId,
      record.rev,
      data,
      record.isDeleted,
      changedGroups,
      author.userId,
      author.userName,
      author.role,
      author.clientId,
      author.at,
    ],
  );
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
