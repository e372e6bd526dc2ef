/**
 * A pull: the practice's records changed after the device's checkpoint, in sequence order, tombstones
 * and conflicts included. A specialist PZ instead gets a snapshot of exactly what their open invitations
 * allow, so a record whose invitation ended disappears from their device at the next sync.
 */
import { SYNC_ENTITY_DEFINITIONS, type PullResponse, type SyncChange } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import { RECORD_COLUMNS, toStoredRecord, type StoredRecord } from './records';
import { specialistScope } from './scope';

const toChange = (record: StoredRecord, data = record.data): SyncChange => ({
  entity: record.entity,
  recordId: record.recordId,
  rev: record.rev,
  seq: record.seq,
  isDeleted: record.isDeleted,
  data,
});

export async function pull(
  db: Queryable,
  actor: Actor,
  since: number,
  limit: number,
  now: Date,
): Promise<PullResponse> {
  if (actor.role === 'specialist-pz') return pullSpecialistSnapshot(db, actor, now);
  const rows = await db.query<Parameters<typeof toStoredRecord>[0]>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE practice_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [actor.practiceId, since, limit],
  );
  const changes = rows.map((row) => toChange(toStoredRecord(row)));
  return {
    changes,
    next: changes.at(-1)?.seq ?? since,
    hasMore: changes.length === limit,
    isSnapshot: false,
  };
}

async function pullSpecialistSnapshot(db: Queryable, actor: Actor, now: Date): Promise<PullResponse> {
  const [{ value: currentSeq } = { value: 0 }] = await db.query<{ value: number | string }>(
    'SELECT value FROM sync_sequence WHERE id = 1',
  );
  const records = await specialistScope(db, actor, now);
  const changes: SyncChange[] = [];
  for (const record of records) {
    const view = SYNC_ENTITY_DEFINITIONS[record.entity].specialistView;
    if (view) changes.push(toChange(record, view(record.data)));
  }
  return { changes, next: Number(currentSeq), hasMore: false, isSnapshot: true };
}
