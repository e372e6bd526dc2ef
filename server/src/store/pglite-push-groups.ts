/**
 * Pushes that wait for the embedded database together commit together (group commit). Every COMMIT waits
 * for its log on disk (durable-node-fs.ts), about half a millisecond here, a tenth of what a push costs the
 * worker; under load many pushes wait for PGlite's one connection at once. They run in ONE transaction,
 * each inside a savepoint of its own: a push that fails is rolled back to its savepoint and answered with
 * its error, and the others are untouched; the rest are answered once the one COMMIT has them on disk, so
 * no push is answered before it is stored. PostgreSQL's own server shares a log flush between the commits
 * of its connections in the same way. A group is what has arrived when the previous one ended, at most
 * MAX_GROUP pushes, run in the order they came.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { MutationResult, PushRequest } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { push as pushFunction } from '../sync/push';
import type { Db } from './db';
import { runStatement, type PreparedStatements } from './pglite-prepared';

/**
 * A push's statements are planned once, not for each push's values. PostgreSQL plans a prepared statement
 * anew for every run ("custom plans") unless its generic plan looks no worse, and for the push's read (the
 * device, its records and their BSN holders, looked up by key) it kept planning: 0.43 ms per push at first,
 * 0.71 ms once a practice held 100,000 patients, against 0.27 and 0.36 ms with the generic plan, in
 * `server.push` (issue 15). The server's other statements keep custom plans: the audit search's optional
 * filters need its values to use an index.
 */
const GENERIC_PLANS = 'SET LOCAL plan_cache_mode = force_generic_plan';

/** Bounds how long the first push of a group waits for the last one's work, and the transaction's size. */
const MAX_GROUP = 16;

type Push = typeof pushFunction;

interface WaitingPush {
  actor: Actor;
  request: PushRequest;
  now: Date;
  resolve: (results: MutationResult[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A push's view of the group's transaction: the same statements, each without a message to the server's
 * event loop and back; its own `transaction` is the savepoint the group gave it.
 */
function dbInGroup(pglite: PGlite, prepared: PreparedStatements, tx: Transaction): Db {
  const query = async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await runStatement(pglite, prepared, tx, sql, [...params])) as Row[];
  return {
    kind: 'pglite',
    query,
    transaction: (work) => work({ query }),
    exec: async (sql) => {
      await tx.exec(sql);
    },
    close: () => Promise.reject(new Error('A push does not close the database.')),
  };
}

export interface PushGroups {
  /** Answers the push's results once they are committed, or its error. */
  push(actor: Actor, request: PushRequest, now: Date): Promise<MutationResult[]>;
}

/** Runs pushes in groups (see the file's comment); `loadPush` gives sync/push.ts's `push`. */
export function createPushGroups(
  pglite: PGlite,
  prepared: PreparedStatements,
  loadPush: () => Promise<Push>,
): PushGroups {
  const waiting: WaitingPush[] = [];
  let isRunning = false;

  /** Runs one group: each push in its savepoint, then one COMMIT, then the answers. */
  async function runGroup(group: WaitingPush[]): Promise<void> {
    const stored: { waiter: WaitingPush; results: MutationResult[] }[] = [];
    const unsettled = new Set(group);
    try {
      const push = await loadPush();
      await pglite.transaction(async (tx) => {
        await tx.exec(GENERIC_PLANS);
        const db = dbInGroup(pglite, prepared, tx);
        for (const waiter of group) {
          await tx.exec('SAVEPOINT push');
          try {
            const results = await push(db, waiter.actor, waiter.request, waiter.now);
            await tx.exec('RELEASE SAVEPOINT push');
            stored.push({ waiter, results });
          } catch (error) {
            // Undoes this push alone; should that fail too, the whole group fails below.
            await tx.exec('ROLLBACK TO SAVEPOINT push; RELEASE SAVEPOINT push');
            unsettled.delete(waiter);
            waiter.reject(error);
          }
        }
      });
    } catch (error) {
      // Nothing of the group was kept (the sync code did not load, or COMMIT or a rollback failed): every
      // push not yet answered fails.
      for (const waiter of unsettled) waiter.reject(error);
      return;
    }
    for (const { waiter, results } of stored) waiter.resolve(results);
  }

  async function runWaiting(): Promise<void> {
    try {
      while (waiting.length > 0) await runGroup(waiting.splice(0, MAX_GROUP));
    } finally {
      isRunning = false;
    }
  }

  return {
    push(actor: Actor, request: PushRequest, now: Date): Promise<MutationResult[]> {
      return new Promise((resolve, reject) => {
        waiting.push({ actor, request, now, resolve, reject });
        if (isRunning) return;
        isRunning = true;
        // After the messages that came with this one: they join its group.
        setImmediate(() => void runWaiting());
      });
    },
  };
}
