/**
 * A pull: the practice's records changed after the device's checkpoint, in sequence order, tombstones
 * and conflicts included. A specialist PZ instead gets a snapshot of exactly what their open invitations
 * allow, so a record whose invitation ended disappears from their device at the next sync.
 */
import {
  hasClinicalRole,
  readableEntities,
  SCHEMA_VERSION,
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

interface PageRow {
  entity: string;
  record_id: string;
  rev: number;
  seq: number | string;
  is_deleted: boolean;
  /** Null for the one record past the byte budget that the query returns to say the page was cut. */
  data_json: string | null;
}

/** One part of one patient's record that a pull sent, for the audit log (NEN 7513: what was disclosed). */
export interface Disclosure {
  patientId: string;
  recordPart: string;
}

/** Bounds of one pull page: at most `limit` records and `maxBytes` of JSON, but always one record. */
export interface PageBounds {
  since: number;
  limit: number;
  maxBytes: number;
}

/**
 * An upper bound on what one change adds around its data: `{"entity":"","recordId":"","rev":,"seq":,
 * "isDeleted":false,"data":}` (67 bytes), a rev, a seq and a comma. The exact size is checked in
 * JavaScript as well; this lets the query stop turning records into text once the page is full.
 */
const CHANGE_FRAME_BYTES = 100;
/** An upper bound on the answer around its changes: keys, `next`, `hasMore`, `remaining`, `schemaVersion`. */
const PAGE_FRAME_BYTES = 128;

/**
 * The page's records in sequence order, read along the (practice_id, seq) index. A running sum of the
 * stored sizes (records.data_bytes) says where the byte budget ends; only records before that point are
 * turned into text, plus a marker row (data_json null) for the first one that did not fit (the second
 * row too when the first alone is larger than the budget: its running sum is past the budget already).
 */
function readPage(db: Queryable, actor: Actor, bounds: PageBounds): Promise<PageRow[]> {
  // An account without a clinical role (a beheerder only) receives only the record kinds the access
  // policy lets it read: no patient data. The kernteam's pull stays the plain query.
  const isKernteam = hasClinicalRole(actor.roles);
  const params: unknown[] = [
    actor.practiceId,
    bounds.since,
    bounds.limit,
    bounds.maxBytes - PAGE_FRAME_BYTES,
  ];
  if (!isKernteam) params.push(readableEntities(actor.roles, SYNC_ENTITIES));
  const size = `(data_bytes + octet_length(entity) + octet_length(record_id) + ${CHANGE_FRAME_BYTES})`;
  return db.query<PageRow>(
    `SELECT entity, record_id, rev, seq, is_deleted,
            CASE WHEN before_bytes = 0 OR before_bytes + bytes <= $4 THEN data::text END AS data_json
       FROM (SELECT entity, record_id, rev, seq, is_deleted, data, ${size} AS bytes,
                    coalesce(sum(${size}) OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                      AS before_bytes,
                    row_number() OVER (ORDER BY seq) AS n
               FROM records
              WHERE practice_id = $1 AND seq > $2 ${isKernteam ? '' : 'AND entity = ANY($5::text[])'}
              ORDER BY seq LIMIT $3) page
      WHERE before_bytes <= $4 OR n = 2
      ORDER BY seq`,
    params,
  );
}

/** The practice's last reserved change number; 0 before its first push. */
async function practiceHead(db: Queryable, practiceId: string): Promise<number> {
  const [row] = await db.query<{ value: number | string }>(
    'SELECT value FROM practice_sequences WHERE practice_id = $1',
    [practiceId],
  );
  return Number(row?.value ?? 0);
}

/** How many changes after `since` this account's pull would still send. */
async function countAfter(db: Queryable, actor: Actor, since: number): Promise<number> {
  const isKernteam = hasClinicalRole(actor.roles);
  const [row] = await db.query<{ remaining: number | string }>(
    `SELECT count(*) AS remaining FROM records
      WHERE practice_id = $1 AND seq > $2 ${isKernteam ? '' : 'AND entity = ANY($3::text[])'}`,
    isKernteam
      ? [actor.practiceId, since]
      : [actor.practiceId, since, readableEntities(actor.roles, SYNC_ENTITIES)],
  );
  return Number(row?.remaining ?? 0);
}

/**
 * The pull answer as JSON text. The hot path for a practice: the stored JSON of each record is copied
 * into the answer as text, never parsed and serialised again (that took most of a 500-record pull).
 * The answer stays within `maxBytes` unless its one record is larger, and says how many changes remain
 * after it, so a device's first sync can show how far it is. The shape is exactly pullResponseSchema;
 * server/test checks it parses.
 */
export async function pullAsJson(
  db: Queryable,
  actor: Actor,
  bounds: PageBounds,
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
  // Read before the page: every change numbered up to the head has committed (a push holds the sequence
  // row until it commits), so the page's later snapshot holds all of them.
  const head = await practiceHead(db, actor.practiceId);
  // At head, which is most pulls (every device checks in the background), the page query is skipped.
  const rows = head > bounds.since ? await readPage(db, actor, bounds) : [];
  const changes: string[] = [];
  let bytes = PAGE_FRAME_BYTES;
  let isCut = false;
  for (const row of rows) {
    const change =
      row.data_json === null
        ? null
        : `{"entity":${JSON.stringify(row.entity)},"recordId":${JSON.stringify(row.record_id)},"rev":${row.rev},` +
          `"seq":${Number(row.seq)},"isDeleted":${row.is_deleted},"data":${row.data_json}}`;
    // The query's estimate is an upper bound; this exact check only matters if it ever is not.
    if (change === null || (changes.length > 0 && bytes + Buffer.byteLength(change) + 1 > bounds.maxBytes)) {
      isCut = true;
      break;
    }
    changes.push(change);
    bytes += Buffer.byteLength(change) + 1;
  }
  const last = rows[changes.length - 1];
  const lastSeq = last ? Number(last.seq) : bounds.since;
  // A page cut short by either bound may still be the last: the count decides, so no empty page follows.
  const remaining = isCut || rows.length === bounds.limit ? await countAfter(db, actor, lastSeq) : 0;
  const hasMore = remaining > 0;
  // The last page moves the checkpoint to the head, past numbers a push reserved but did not use (and
  // changes of kinds this account does not read), so the device's next pull starts at head.
  const next = hasMore ? lastSeq : Math.max(lastSeq, head);
  return {
    json:
      `{"changes":[${changes.join(',')}],"next":${next},"hasMore":${hasMore},"isSnapshot":false,` +
      `"remaining":${remaining},"schemaVersion":${SCHEMA_VERSION}}`,
    count: changes.length,
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
  const currentSeq = await practiceHead(db, actor.practiceId);
  const records = await specialistScope(db, actor, now);
  const changes: SyncChange[] = [];
  for (const record of records) {
    const view = SYNC_ENTITY_DEFINITIONS[record.entity].specialistView;
    if (view) changes.push(toChange(record, view(record.data)));
  }
  return {
    changes,
    next: currentSeq,
    hasMore: false,
    isSnapshot: true,
    remaining: 0,
    schemaVersion: SCHEMA_VERSION,
  };
}
