/**
 * A pull: the practice's records changed after the device's checkpoint, in sequence order, tombstones
 * and conflicts included. A specialist PZ instead gets a snapshot of exactly what their open invitations
 * allow, so a record whose invitation ended disappears from their device at the next sync.
 */
import {
  hasClinicalRole,
  readableEntities,
  SYNC_ENTITIES,
  SYNC_ENTITY_DEFINITIONS,
  type PullResponse,
  type SyncChange,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import type { StoredRecord } from './records';
import { specialistScope } from './scope';

const toChange = (record: StoredRecord, data = record.data): SyncChange => ({
  entity: record.entity,
  recordId: record.recordId,
  rev: record.rev,
  seq: record.seq,
  isDeleted: record.isDeleted,
  data,
});

interface SerializedRow {
  entity: string;
  record_id: string;
  rev: number;
  seq: number | string;
  is_deleted: boolean;
  data_json: string;
}

/** One part of one patient's record that a pull sent, for the audit log (NEN 7513: what was disclosed). */
export interface Disclosure {
  patientId: string;
  recordPart: string;
}

/**
 * The pull answer as JSON text. The hot path for a practice: the stored JSON of each record is copied
 * into the answer as text, never parsed and serialised again (that took most of a 500-record pull).
 * The shape is exactly pullResponseSchema; server/test checks it parses.
 */
export async function pullAsJson(
  db: Queryable,
  actor: Actor,
  since: number,
  limit: number,
  now: Date,
): Promise<{ json: string; count: number; disclosures: Disclosure[] | null }> {
  if (actor.role === 'specialist-pz') {
    const snapshot = await pullSpecialistSnapshot(db, actor, now);
    return {
      json: JSON.stringify(snapshot),
      count: snapshot.changes.length,
      disclosures: disclosuresOf(snapshot.changes),
    };
  }
  // An account without a clinical role (a beheerder only) receives only the record kinds the access
  // policy lets it read: no patient data. The kernteam's pull stays the plain, fast query.
  const rows = hasClinicalRole(actor.roles)
    ? await db.query<SerializedRow>(
        `SELECT entity, record_id, rev, seq, is_deleted, data::text AS data_json
           FROM records WHERE practice_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [actor.practiceId, since, limit],
      )
    : await db.query<SerializedRow>(
        `SELECT entity, record_id, rev, seq, is_deleted, data::text AS data_json
           FROM records WHERE practice_id = $1 AND seq > $2 AND entity = ANY($4::text[]) ORDER BY seq LIMIT $3`,
        [actor.practiceId, since, limit, readableEntities(actor.roles, SYNC_ENTITIES)],
      );
  const changes = rows.map(
    (row) =>
      `{"entity":${JSON.stringify(row.entity)},"recordId":${JSON.stringify(row.record_id)},"rev":${row.rev},` +
      `"seq":${Number(row.seq)},"isDeleted":${row.is_deleted},"data":${row.data_json}}`,
  );
  const last = rows.at(-1);
  const next = last ? Number(last.seq) : since;
  return {
    json: `{"changes":[${changes.join(',')}],"next":${next},"hasMore":${rows.length === limit},"isSnapshot":false}`,
    count: rows.length,
    // The practice's own team: one row per pull, not per patient (their access is the whole practice).
    disclosures: null,
  };
}

/** Each patient's record parts in a snapshot, once each, in the order they first appear. */
function disclosuresOf(changes: readonly SyncChange[]): Disclosure[] {
  const seen = new Map<string, Disclosure>();
  for (const change of changes) {
    const patientId = SYNC_ENTITY_DEFINITIONS[change.entity].patientIdOf(change.data);
    if (patientId === null) continue;
    const key = `${patientId}|${change.entity}`;
    if (!seen.has(key)) seen.set(key, { patientId, recordPart: change.entity });
  }
  return [...seen.values()];
}

async function pullSpecialistSnapshot(db: Queryable, actor: Actor, now: Date): Promise<PullResponse> {
  const [{ value: currentSeq } = { value: 0 }] = await db.query<{ value: number | string }>(
    'SELECT value FROM practice_sequences WHERE practice_id = $1',
    [actor.practiceId],
  );
  const records = await specialistScope(db, actor, now);
  const changes: SyncChange[] = [];
  for (const record of records) {
    const view = SYNC_ENTITY_DEFINITIONS[record.entity].specialistView;
    if (view) changes.push(toChange(record, view(record.data)));
  }
  return { changes, next: Number(currentSeq), hasMore: false, isSnapshot: true };
}
