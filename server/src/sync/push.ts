/**
 * A push: the device's outbox, applied in counter order in ONE transaction. The transaction first takes
 * the row lock on its practice's change sequence (practice_sequences), so a practice's pushes commit in
 * sequence order and a pull never skips a change; pushes of different practices do not wait for each
 * other. seq numbers are per practice: two practices may both hold a seq 7.
 * Replays return the stored outcome; a counter gap refuses the whole batch, since a change went missing.
 *
 * A push costs a handful of statements however many mutations it holds: the records it names are read
 * and locked in one, the mutations are applied in memory in counter order, the new copies and versions
 * are written in one, and the outcomes, the device's counter and the audit rows in one more (conflict
 * records, which are rare, keep statements of their own).
 */
import {
  SYNC_ENTITY_DEFINITIONS,
  type Mutation,
  type MutationResult,
  type PushRequest,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import { auditInsert, type AuditRecord } from '../audit/audit-log';
import { HttpError } from '../errors';
import type { Db, Queryable } from '../store/db';
import { applyMutation, recordsToLock, recordToLock } from './apply-mutation';
import { BsnOwners } from './bsn-guard';
import { RecordBatch, type VersionAuthor } from './records';

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

/** The device's last applied counter and the outcomes of the push's mutations it already sent; locked. */
async function readClient(
  tx: Queryable,
  actor: Actor,
  clientId: string,
  mutationIds: readonly string[],
): Promise<ClientState> {
  const [row] = await tx.query<{
    user_id: string;
    last_counter: number;
    replays: [string, MutationResult][];
  }>(
    `SELECT c.user_id, c.last_counter,
            (SELECT coalesce(jsonb_agg(jsonb_build_array(m.mutation_id, m.result)), '[]'::jsonb)
               FROM sync_mutations m
              WHERE m.practice_id = c.practice_id AND m.client_id = c.client_id
                AND m.mutation_id = ANY($2::uuid[])) AS replays
       FROM sync_clients c WHERE c.practice_id = $3 AND c.client_id = $1 FOR UPDATE`,
    [clientId, mutationIds, actor.practiceId],
  );
  // Outcomes are only stored for a registered device, so a new one has none.
  if (!row) return { isNew: true, lastCounter: 0, replays: new Map() };
  // A device's database belongs to one account: after a user switch it is wiped and gets a new client id.
  // (Read within the actor's practice: a device id of another practice is another device here, and its
  // counters would not follow on: a counter gap.)
  if (row.user_id !== actor.userId) {
    throw new HttpError(
      409,
      'clientMismatch',
      'This device id belongs to another account; reset the device.',
    );
  }
  return { isNew: false, lastCounter: row.last_counter, replays: new Map(row.replays) };
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
    const client = await readClient(
      tx,
      actor,
      clientId,
      mutations.map((m) => m.mutationId),
    );
    const fresh = freshMutations(mutations, client);
    const refs = fresh.flatMap(recordsToLock);
    const batch = await RecordBatch.lock(tx, actor.practiceId, author, refs);
    const bsnOwners = await BsnOwners.read(tx, actor.practiceId, fresh);

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
    await batch.flush(tx);
    const lastCounter = fresh.at(-1)?.counter ?? client.lastCounter;
    if (client.isNew || handled.length > 0) {
      // The outcomes (for replays) and the device's counter, in one statement; a new device is registered.
      const [saveClient, clientParams] = client.isNew
        ? [
            'INSERT INTO sync_clients (client_id, practice_id, user_id, last_counter) VALUES ($1, $4, $5, $3)',
            [actor.practiceId, actor.userId],
          ]
        : [
            'UPDATE sync_clients SET last_counter = $3 WHERE practice_id = $4 AND client_id = $1',
            [actor.practiceId],
          ];
      const params = [clientId, JSON.stringify(handled), lastCounter, ...clientParams];
      // The push's audit rows ride in the same statement: a round trip less per push. Every audited
      // mutation was handled now, so there are none to write when this statement does not run.
      const audit =
        audits.length > 0 ? auditInsert(actor, audits, now, `device:${clientId}`, params.length + 1) : null;
      await tx.query(
        `WITH handled AS (
           INSERT INTO sync_mutations (practice_id, client_id, mutation_id, result)
           SELECT $4, $1, h.mutation_id, h.result
             FROM jsonb_to_recordset($2::jsonb) AS h(mutation_id uuid, result jsonb)
         )${audit ? `, audited AS (${audit.sql})` : ''}
         ${saveClient}`,
        [...params, ...(audit?.params ?? [])],
      );
    }
    return results;
  });
}
