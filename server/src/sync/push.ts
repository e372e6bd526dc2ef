/**
 * A push: the device's outbox, applied in counter order in ONE transaction. The transaction first takes
 * the row lock on the global sequence, so pushes commit in sequence order and a pull never skips a change.
 * Replays return the stored outcome; a counter gap refuses the whole batch, since a change went missing.
 */
import type { MutationResult, PushRequest } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import { writeAudit, type AuditRecord } from '../audit/audit-log';
import { HttpError } from '../errors';
import type { Db, Queryable } from '../store/db';
import { applyMutation } from './apply-mutation';

/** Sequence numbers reserved per mutation: its record, and a conflict record or a closed one. */
const SEQ_PER_MUTATION = 3;

async function reserveSequence(tx: Queryable, count: number): Promise<() => number> {
  const [row] = await tx.query<{ value: number }>(
    'UPDATE sync_sequence SET value = value + $1 WHERE id = 1 RETURNING value',
    [count],
  );
  let next = Number(row?.value) - count + 1;
  const last = Number(row?.value);
  return () => {
    if (next > last) throw new Error('sequence reservation exhausted');
    return next++;
  };
}

/** The device's last applied counter; registers the device with this account on its first push. */
async function lastCounterOf(tx: Queryable, actor: Actor, clientId: string): Promise<number> {
  const [row] = await tx.query<{ practice_id: string; user_id: string; last_counter: number }>(
    'SELECT practice_id, user_id, last_counter FROM sync_clients WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  if (!row) {
    await tx.query('INSERT INTO sync_clients (client_id, practice_id, user_id) VALUES ($1, $2, $3)', [
      clientId,
      actor.practiceId,
      actor.userId,
    ]);
    return 0;
  }
  // A device's database belongs to one account: after a user switch it is wiped and gets a new client id.
  if (row.practice_id !== actor.practiceId || row.user_id !== actor.userId) {
    throw new HttpError(
      409,
      'clientMismatch',
      'This device id belongs to another account; reset the device.',
    );
  }
  return row.last_counter;
}

export async function push(db: Db, actor: Actor, request: PushRequest, now: Date): Promise<MutationResult[]> {
  const mutations = [...request.mutations].sort((a, b) => a.counter - b.counter);
  return db.transaction(async (tx) => {
    const takeSeq = await reserveSequence(tx, mutations.length * SEQ_PER_MUTATION);
    let lastCounter = await lastCounterOf(tx, actor, request.clientId);
    const storedRows = await tx.query<{ mutation_id: string; result: MutationResult }>(
      'SELECT mutation_id, result FROM sync_mutations WHERE client_id = $1 AND mutation_id = ANY($2::uuid[])',
      [request.clientId, mutations.map((m) => m.mutationId)],
    );
    const stored = new Map(storedRows.map((row) => [row.mutation_id, row.result]));
    const results: MutationResult[] = [];
    const handled: { mutation_id: string; result: MutationResult }[] = [];
    const audits: AuditRecord[] = [];
    for (const mutation of mutations) {
      const replay = stored.get(mutation.mutationId);
      if (replay) {
        results.push(replay);
        continue;
      }
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
      const { result, audit } = await applyMutation(
        tx,
        { actor, clientId: request.clientId, now, takeSeq },
        mutation,
      );
      results.push(result);
      handled.push({ mutation_id: mutation.mutationId, result });
      if (audit) audits.push(audit);
      lastCounter = mutation.counter;
    }
    if (handled.length > 0) {
      await tx.query(
        `INSERT INTO sync_mutations (client_id, mutation_id, result)
         SELECT $1, h.mutation_id, h.result FROM jsonb_to_recordset($2::jsonb) AS h(mutation_id uuid, result jsonb)`,
        [request.clientId, JSON.stringify(handled)],
      );
      await tx.query('UPDATE sync_clients SET last_counter = $2 WHERE client_id = $1', [
        request.clientId,
        lastCounter,
      ]);
    }
    await writeAudit(tx, actor, audits, now, `device:${request.clientId}`);
    return results;
  });
}
