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

/** One pull page as the database assembles it. */
interface PageText {
  /** Records the page query read (at most the limit): more than `kept` when the byte budget cut the page. */
  read: number | string;
  kept: number | string;
  /** The seq of the last kept record; null when none was kept. */
  last_seq: number | string | null;
  /** The kept changes as JSON text, comma-separated, in seq order; null when none was kept. */
  changes_json: string | null;
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
 * The bytes one change adds around its entity, record id, rev, seq and data: the keys, punctuation, the
 * longer of `true` and `false`, and the comma between changes.
 */
const CHANGE_FRAME_BYTES = Buffer.byteLength(
  '{"entity":,"recordId":,"rev":,"seq":,"isDeleted":false,"data":},',
);
/** An upper bound on the answer around its changes: keys, `next`, `hasMore`, `remaining`, `schemaVersion`. */
const PAGE_FRAME_BYTES = 128;

/**
 * One page, assembled as JSON text by the database: the records after `since` in sequence order, read along
 * the (practice_id, seq) index, up to the limit; a running sum of each change's size in JSON (the stored
 * size of its data, records.data_bytes, and its frame) says where the byte budget ends, and only the
 * records before that point are turned into text, but always the first. The server's event loop then
 * receives one string per page instead of a row per record (that, the text per record and the garbage it
 * left took most of the event loop's time when 100 devices did their first sync at once).
 */
async function readPage(db: Queryable, actor: Actor, bounds: PageBounds): Promise<PageText> {
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
  // Exact: to_json escapes the texts as the answer holds them; data_bytes is octet_length(data::text).
  const size =
    `(data_bytes + octet_length(to_json(entity)::text) + octet_length(to_json(record_id)::text)` +
    ` + octet_length(rev::text) + octet_length(seq::text) + ${CHANGE_FRAME_BYTES})`;
  const [page] = await db.query<PageText>(
    `WITH page AS (
       SELECT entity, record_id, rev, seq, is_deleted, data, ${size} AS bytes,
              coalesce(sum(${size}) OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                AS before_bytes
         FROM records
        WHERE practice_id = $1 AND seq > $2 ${isKernteam ? '' : 'AND entity = ANY($5::text[])'}
        ORDER BY seq LIMIT $3),
     kept AS (SELECT * FROM page WHERE before_bytes = 0 OR before_bytes + bytes <= $4)
     SELECT (SELECT count(*) FROM page) AS read,
            (SELECT count(*) FROM kept) AS kept,
            (SELECT max(seq) FROM kept) AS last_seq,
            (SELECT string_agg(
                      '{"entity":' || to_json(entity)::text || ',"recordId":' || to_json(record_id)::text ||
                      ',"rev":' || rev || ',"seq":' || seq || ',"isDeleted":' || is_deleted ||
                      ',"data":' || data::text || '}',
                      ',' ORDER BY seq)
               FROM kept) AS changes_json`,
    params,
  );
  return page ?? { read: 0, kept: 0, last_seq: null, changes_json: null };
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
 * The pull answer as UTF-8 JSON bytes. The hot path for a practice: the stored JSON of each record is
 * copied into the answer as text, never parsed and serialised again (that took most of a 500-record pull).
 * The answer stays within `maxBytes` unless its one record is larger, and says how many changes remain
 * after it, so a device's first sync can show how far it is. The shape is exactly pullResponseSchema;
 * server/test checks it parses.
 */
export async function pullAsJson(
  db: Queryable,
  actor: Actor,
  bounds: PageBounds,
  now: Date,
  /**
   * The practice's last reserved change number (0 before its first push), read with the session
   * (sessions.ts requireSession), so before any page.
   */
  head: number,
): Promise<{ body: Buffer; count: number; disclosures: Disclosure[] | null }> {
  if (actor.role === 'specialist-pz') {
    const snapshot = await pullSpecialistSnapshot(db, actor, now, head);
    return {
      body: Buffer.from(JSON.stringify(snapshot)),
      count: snapshot.changes.length,
      disclosures: disclosuresOf(snapshot.changes),
    };
  }
  // Read before the page: every change numbered up to the head has committed (a push holds the sequence
  // row until it commits), so the page's later snapshot holds all of them.
  // At head, which is most pulls (every device checks in the background), the page query is skipped.
  const page = head > bounds.since ? await readPage(db, actor, bounds) : null;
  const read = Number(page?.read ?? 0);
  const kept = Number(page?.kept ?? 0);
  const lastSeq = page?.last_seq == null ? bounds.since : Number(page.last_seq);
  // A page cut short by either bound may still be the last: the count decides, so no empty page follows.
  const isCut = read > kept;
  const remaining = isCut || read === bounds.limit ? await countAfter(db, actor, lastSeq) : 0;
  const hasMore = remaining > 0;
  // The last page moves the checkpoint to the head, past numbers a push reserved but did not use (and
  // changes of kinds this account does not read), so the device's next pull starts at head.
  const next = hasMore ? lastSeq : Math.max(lastSeq, head);
  const envelopeEnd =
    `],"next":${next},"hasMore":${hasMore},"isSnapshot":false,` +
    `"remaining":${remaining},"schemaVersion":${SCHEMA_VERSION}}`;
  return {
    body: utf8Joined(['{"changes":[', page?.changes_json ?? '', envelopeEnd]),
    count: kept,
    // The practice's own team: one row per pull, not per patient (their access is the whole practice).
    disclosures: null,
  };
}

/**
 * `parts` joined as UTF-8 bytes, written once into one buffer. Not joined as a string first: the page's JSON
 * (a quarter of a megabyte, often with characters beyond Latin-1) joined into a string had to be copied
 * into one flat string on the event loop before it could be measured and sent (5 of 33 s of the event
 * loop's time in a profile of 100 first syncs); the string as the database driver made it is flat already.
 */
function utf8Joined(parts: readonly string[]): Buffer {
  const joined = Buffer.allocUnsafe(parts.reduce((bytes, part) => bytes + Buffer.byteLength(part), 0));
  let offset = 0;
  for (const part of parts) offset += joined.write(part, offset);
  return joined;
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

async function pullSpecialistSnapshot(
  db: Queryable,
  actor: Actor,
  now: Date,
  currentSeq: number,
): Promise<PullResponse> {
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
