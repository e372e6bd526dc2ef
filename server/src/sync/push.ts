/**
 * A push: the device's outbox, applied in counter order in ONE transaction. The transaction first takes
 * the row lock on its practice's change sequence (practice_sequences), so a practice's pushes commit in
 * sequence order and a pull never skips a change; pushes of different practices do not wait for each
 * other. seq numbers are per practice: two practices may both hold a seq 7.
 * Replays return the stored outcome; a counter gap refuses the whole batch, since a change went missing.
 *
 * After the sequence, a push is two statements however many mutations it holds: one reads and locks the
 * device's row, the records its mutations name and the holders of their BSNs; the mutations are applied
 * in memory in counter order; one writes the new copies and versions, the outcomes, the audit rows and the
 * device's counter (conflict records, which are rare, keep statements of their own). Each module writes
 * its part as a piece of SQL (store/sql.ts): on this kind of machine a round trip to the database costs
 * more than most of these statements.
 */
import {
  SYNC_ENTITY_DEFINITIONS,
  type Mutation,
  type MutationResult,
  type PushRequest,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import { auditInsert, type AuditRecord } from '../audit/audit-log';
import { HttpError } from '../http-error';
import type { Db, Queryable } from '../store/db';
import { runSql, sql, withTables, type CommonTable, type Sql } from '../store/sql';
import { applyMutation, recordsToLock, recordToLock } from './apply-mutation';
import { BsnOwners, bsnHoldersJsonQuery, type BsnHolder } from './bsn-guard';
import { lockRecordsQuery, RecordBatch, type RecordRow, type VersionAuthor } from './records';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A mutation the access policy refused, for the audit log: what it tried on which patient. The patient
 * comes from the stored record when there is one (a device could name any patient in its payload), and
 * only an id that looks like one is kept (a payload field could hold anything, even a BSN).
 */
function forbiddenAudit(mutation: Mutation, stored: Record<string, unknown> | undefined): AuditRecord {
  const definition = SYNC_ENTITY_DEFINITIONS[mutation.entity];
  const patientId = definition.patientIdOf(stored ?? mutation.changed);
  const action = mutation.op === 'delete' ? 'D' : stored ? 'U' : 'C';
  const recordId = UUID.test(mutation.recordId) ? mutation.recordId : null;
  return {
    event: `${mutation.entity}.${{ C: 'create', U: 'update', D: 'delete' }[action]}`,
    action,
    patientId: patientId !== null && UUID.test(patientId) ? patientId : null,
    recordPart: mutation.entity,
    outcome: 'denied',
    target: recordId === null ? mutation.entity : `${mutation.entity}/${recordId}`,
  };
}

/**
 * Sequence numbers a mutation may take: its record, and either a conflict it closes or a conflict record
 * per clashing field group (at most every group of its kind).
 */
const seqNeededBy = (mutation: Mutation): number =>
  2 + Object.keys(SYNC_ENTITY_DEFINITIONS[mutation.entity].fieldGroups).length;

/**
 * Reserves `count` numbers of the practice's sequence. The row lock is held until the push commits, so a
 * later number is never visible before an earlier one. The practice's first push creates its row.
 */
async function reserveSequence(tx: Queryable, practiceId: string, count: number): Promise<() => number> {
  const [row] = await tx.query<{ value: number }>(
    `INSERT INTO practice_sequences (practice_id, value) VALUES ($1, $2)
     ON CONFLICT (practice_id) DO UPDATE SET value = practice_sequences.value + EXCLUDED.value
     RETURNING value`,
    [practiceId, count],
  );
  let next = Number(row?.value) - count + 1;
  const last = Number(row?.value);
  return () => {
    if (next > last) throw new Error('sequence reservation exhausted');
    return next++;
  };
}

interface ClientState {
  /** A device the server has not seen: registered with this account when the push commits. */
  isNew: boolean;
  lastCounter: number;
  /** The stored outcomes of the push's mutations that were handled before, by mutation id. */
  replays: Map<string, MutationResult>;
}

/** The device's row as the push's statement of reads carries it: null for a device the server has not seen. */
interface ClientRow {
  user_id: string;
  last_counter: number;
  replays: [string, MutationResult][];
}

/**
 * The SELECT of the device's row, locked, with the stored outcomes of the push's mutations it already
 * sent, as one JSON object. Read within the actor's practice: a device id of another practice is another
 * device here, and its counters would not follow on (a counter gap).
 */
const clientQuery = (actor: Actor, clientId: string, mutationIds: readonly string[]): Sql => sql`
  SELECT jsonb_build_object(
           'user_id', c.user_id, 'last_counter', c.last_counter,
           'replays', (SELECT coalesce(jsonb_agg(jsonb_build_array(m.mutation_id, m.result)), '[]'::jsonb)
                         FROM sync_mutations m
                        WHERE m.practice_id = c.practice_id AND m.client_id = c.client_id
                          AND m.mutation_id = ANY(${mutationIds}::uuid[])))
    FROM sync_clients c WHERE c.practice_id = ${actor.practiceId} AND c.client_id = ${clientId} FOR UPDATE`;

function clientStateOf(actor: Actor, row: ClientRow | null): ClientState {
  // Outcomes are only stored for a registered device, so a new one has none.
  if (!row) return { isNew: true, lastCounter: 0, replays: new Map() };
  // A device's database belongs to one account: after a user switch it is wiped and gets a new client id.
  if (row.user_id !== actor.userId) {
    throw new HttpError(
      409,
      'clientMismatch',
      'This device id belongs to another account; reset the device.',
    );
  }
  return { isNew: false, lastCounter: row.last_counter, replays: new Map(row.replays) };
}

/** What the push reads before it applies anything, all locked until it commits. */
interface PushReads {
  client: ClientState;
  /** Every record the fresh mutations name. */
  batch: RecordBatch;
  bsnOwners: BsnOwners;
  fresh: Mutation[];
}

/**
 * The device's row, the records the mutations name and the holders of the BSNs they carry, in ONE
 * statement. It reads for every mutation of the push, replays included, since which ones are replays is
 * only known from its own answer: the extra rows are locked under the practice's sequence lock the push
 * already holds, and left out of the batch and the BSN owners.
 */
async function readForPush(
  tx: Queryable,
  actor: Actor,
  author: VersionAuthor,
  clientId: string,
  mutations: readonly Mutation[],
): Promise<PushReads> {
  const readDevice = clientQuery(
    actor,
    clientId,
    mutations.map((m) => m.mutationId),
  );
  const lockRecords = lockRecordsQuery(actor.practiceId, mutations.flatMap(recordsToLock));
  const readBsnHolders = bsnHoldersJsonQuery(actor.practiceId, mutations);
  const [row] = await runSql<{ client: ClientRow | null; records: RecordRow[]; bsn_holders: BsnHolder[] }>(
    tx,
    sql`SELECT (${readDevice}) AS client, (${lockRecords}) AS records, (${readBsnHolders}) AS bsn_holders`,
  );
  const client = clientStateOf(actor, row?.client ?? null);
  const fresh = freshMutations(mutations, client);
  return {
    client,
    batch: RecordBatch.of(actor.practiceId, author, fresh.flatMap(recordsToLock), row?.records ?? []),
    bsnOwners: BsnOwners.of(row?.bsn_holders ?? [], fresh),
    fresh,
  };
}

/** The mutations to apply now (not replays), after checking their counters follow on without a gap. */
function freshMutations(mutations: readonly Mutation[], client: ClientState): Mutation[] {
  const fresh: Mutation[] = [];
  let lastCounter = client.lastCounter;
  for (const mutation of mutations) {
    if (client.replays.has(mutation.mutationId)) continue;
    if (mutation.counter !== lastCounter + 1) {
      throw new HttpError(
        409,
        'counterGap',
        `Expected change number ${lastCounter + 1}, got ${mutation.counter}.`,
        {
          expectedCounter: lastCounter + 1,
        },
      );
    }
    fresh.push(mutation);
    lastCounter = mutation.counter;
  }
  return fresh;
}

export async function push(db: Db, actor: Actor, request: PushRequest, now: Date): Promise<MutationResult[]> {
  const { clientId } = request;
  const mutations = [...request.mutations].sort((a, b) => a.counter - b.counter);
  const author: VersionAuthor = {
    userId: actor.userId,
    userName: actor.userName,
    role: actor.role,
    clientId,
    at: now,
  };
  return db.transaction(async (tx) => {
    const takeSeq = await reserveSequence(
      tx,
      actor.practiceId,
      mutations.reduce((sum, mutation) => sum + seqNeededBy(mutation), 0),
    );
    const { client, batch, bsnOwners, fresh } = await readForPush(tx, actor, author, clientId, mutations);

    const results: MutationResult[] = [];
    const handled: { mutation_id: string; result: MutationResult }[] = [];
    const audits: AuditRecord[] = [];
    for (const mutation of mutations) {
      const replay = client.replays.get(mutation.mutationId);
      if (replay) {
        results.push(replay);
        continue;
      }
      // Read before applying: a refused mutation changes nothing, so this is the copy the policy judged.
      const stored = recordToLock(mutation) ? batch.get(mutation.entity, mutation.recordId) : undefined;
      const { result, audit } = await applyMutation(
        tx,
        { actor, clientId, author, batch, takeSeq, bsnOwners, clientVersion: request.schemaVersion },
        mutation,
      );
      results.push(result);
      handled.push({ mutation_id: mutation.mutationId, result });
      if (audit) audits.push(audit);
      // A refusal by the access policy is a denied access (NEN 7513); other rejections are input errors.
      if (result.status === 'rejected' && result.reason === 'forbidden') {
        audits.push(forbiddenAudit(mutation, stored?.data));
      }
    }
    const lastCounter = fresh.at(-1)?.counter ?? client.lastCounter;
    // Every write of the push in ONE statement: the new copies and versions, the outcomes (for replays),
    // the audit rows and the device's counter (a new device is registered). Every new copy and audited
    // mutation was handled now, so there is nothing to write when nothing was handled.
    if (client.isNew || handled.length > 0) {
      const saveClient = client.isNew
        ? sql`INSERT INTO sync_clients (client_id, practice_id, user_id, last_counter)
              VALUES (${clientId}, ${actor.practiceId}, ${actor.userId}, ${lastCounter})`
        : sql`UPDATE sync_clients SET last_counter = ${lastCounter}
               WHERE practice_id = ${actor.practiceId} AND client_id = ${clientId}`;
      const outcomes: CommonTable = {
        name: 'handled',
        query: sql`INSERT INTO sync_mutations (practice_id, client_id, mutation_id, result)
          SELECT ${actor.practiceId}, ${clientId}, h.mutation_id, h.result
            FROM jsonb_to_recordset(${JSON.stringify(handled)}::jsonb) AS h(mutation_id uuid, result jsonb)`,
      };
      const audited: CommonTable[] =
        audits.length > 0
          ? [{ name: 'audited', query: auditInsert(actor, audits, now, `device:${clientId}`) }]
          : [];
      await runSql(tx, withTables([...batch.flushTables(), outcomes, ...audited], saveClient));
    }
    return results;
  });
}

/**
 * A push, run where its data is: by the database's own thread when it has one (PGlite's worker, see
 * Db.pushInPlace, which runs this same `push` there), else here.
 */
export function pushTo(db: Db, actor: Actor, request: PushRequest, now: Date): Promise<MutationResult[]> {
  return db.pushInPlace ? db.pushInPlace(actor, request, now) : push(db, actor, request, now);
}
