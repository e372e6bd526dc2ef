/**
 * One pull page of a practice's changes as UTF-8 JSON bytes: what the practice's own team pulls (a
 * specialist PZ gets a snapshot instead, pull.ts). Kept free of the domain's schemas and of the actor, so
 * a worker thread with a connection of its own can build pages as well as the request thread
 * (page-workers.ts); the caller resolves the account's readable record kinds first.
 */
import { SCHEMA_VERSION } from '../../../src/domain/sync-constants';
import type { Queryable } from '../store/db';

/** Bounds of one pull page: at most `limit` records and `maxBytes` of JSON, but always one record. */
export interface PageBounds {
  since: number;
  limit: number;
  maxBytes: number;
}

/** What a page is read for: one practice, the record kinds the account may read, the practice's head. */
export interface PageRequest extends PageBounds {
  practiceId: string;
  /** The record kinds the account reads; null for every kind (an account with a clinical role). */
  entities: readonly string[] | null;
  /**
   * The practice's last reserved change number (0 before its first push), read with the session
   * (sessions.ts requireSession), so before any page.
   */
  head: number;
}

/** A page as sent: the answer's bytes and how many changes they hold. */
export interface BuiltPage {
  body: Buffer;
  count: number;
}

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
 * records before that point are turned into text, but always the first. The page's builder then receives
 * one string per page instead of a row per record (that, the text per record and the garbage it left took
 * most of the event loop's time when 100 devices did their first sync at once).
 */
async function readPage(db: Queryable, request: PageRequest): Promise<PageText> {
  const { entities } = request;
  const params: unknown[] = [
    request.practiceId,
    request.since,
    request.limit,
    request.maxBytes - PAGE_FRAME_BYTES,
  ];
  if (entities) params.push(entities);
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
        WHERE practice_id = $1 AND seq > $2 ${entities ? 'AND entity = ANY($5::text[])' : ''}
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

/** How many changes after `since` the request's account would still be sent. */
async function countAfter(db: Queryable, request: PageRequest, since: number): Promise<number> {
  const { practiceId, entities } = request;
  const [row] = await db.query<{ remaining: number | string }>(
    `SELECT count(*) AS remaining FROM records
      WHERE practice_id = $1 AND seq > $2 ${entities ? 'AND entity = ANY($3::text[])' : ''}`,
    entities ? [practiceId, since, entities] : [practiceId, since],
  );
  return Number(row?.remaining ?? 0);
}

/**
 * The pull answer as UTF-8 JSON bytes. The stored JSON of each record is copied into the answer as text,
 * never parsed and serialised again (that took most of a 500-record pull). The answer stays within
 * `maxBytes` unless its one record is larger, and says how many changes remain after it, so a device's
 * first sync can show how far it is. The shape is exactly pullResponseSchema; server/test checks it parses.
 */
export async function buildPage(db: Queryable, request: PageRequest): Promise<BuiltPage> {
  const { since, limit, head } = request;
  // Read before the page: every change numbered up to the head has committed (a push holds the sequence
  // row until it commits), so the page's later snapshot holds all of them.
  // At head, which is most pulls (every device checks in the background), the page query is skipped.
  const page = head > since ? await readPage(db, request) : null;
  const read = Number(page?.read ?? 0);
  const kept = Number(page?.kept ?? 0);
  const lastSeq = page?.last_seq == null ? since : Number(page.last_seq);
  // A page cut short by either bound may still be the last: the count decides, so no empty page follows.
  const isCut = read > kept;
  const remaining = isCut || read === limit ? await countAfter(db, request, lastSeq) : 0;
  const hasMore = remaining > 0;
  // The last page moves the checkpoint to the head, past numbers a push reserved but did not use (and
  // changes of kinds this account does not read), so the device's next pull starts at head.
  const next = hasMore ? lastSeq : Math.max(lastSeq, head);
  const envelopeEnd =
    `],"next":${next},"hasMore":${hasMore},"isSnapshot":false,` +
    `"remaining":${remaining},"schemaVersion":${SCHEMA_VERSION}}`;
  return { body: utf8Joined(['{"changes":[', page?.changes_json ?? '', envelopeEnd]), count: kept };
}

/**
 * `parts` joined as UTF-8 bytes, written once into one buffer. Not joined as a string first: the page's JSON
 * (a quarter of a megabyte, often with characters beyond Latin-1) joined into a string had to be copied
 * into one flat string before it could be measured and sent (5 of 33 s of the event loop's time in a
 * profile of 100 first syncs); the string as the database driver made it is flat already.
 */
function utf8Joined(parts: readonly string[]): Buffer {
  const joined = Buffer.allocUnsafe(parts.reduce((bytes, part) => bytes + Buffer.byteLength(part), 0));
  let offset = 0;
  for (const part of parts) offset += joined.write(part, offset);
  return joined;
}
