/**
 * The embedded database runs in a worker thread (issue 15, item 1): a long database operation leaves the
 * server's event loop free, the worker keeps PostgreSQL's transaction semantics, and a worker that dies
 * makes every waiting and later call fail with a clear error instead of hanging.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type PushRequest } from '../../src/domain';
import type { Actor } from '../src/auth/actor';
import { HttpError } from '../src/http-error';
import { openStore } from '../src/store/open';
import { EmbeddedDatabaseStoppedError, hasWasmCompilerFlag, openPglite } from '../src/store/pglite';
import { startTestServer, TestClient, type TestServer } from './harness';
import { AT, patientData } from './mutations';

const PRACTICE = '01a20000-0000-7000-8000-0000000000f1';

describe('PGlite in a worker thread', () => {
  let server: TestServer;

  /** A huisarts of a practice made for the test (no membership: a push in the worker trusts its actor). */
  async function huisartsOfNewPractice(practiceId: string): Promise<Actor> {
    const userId = '01a20000-0000-7000-8000-0000000000f6';
    await server.db.query("INSERT INTO practices (id, name) VALUES ($1, 'De Kring')", [practiceId]);
    await server.db.query(
      `INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'anna@example.nl', 'Anna de Vries', '-')
       ON CONFLICT (id) DO NOTHING`,
      [userId],
    );
    return {
      userId,
      userName: 'Anna de Vries',
      email: 'anna@example.nl',
      role: 'huisarts',
      roles: ['huisarts'],
      practiceId,
      practiceName: 'De Kring',
      isSharedDevice: false,
    };
  }

  function pushInWorker(actor: Actor, request: PushRequest) {
    const pushInPlace = server.db.pushInPlace;
    if (!pushInPlace) throw new Error('PGlite runs a push in its worker (Db.pushInPlace)');
    return pushInPlace(actor, request, new Date());
  }

  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server.close());

  it('answers /api/health while a long query runs', async () => {
    // pg_sleep runs synchronously inside PGlite: on the event loop it held every request until it ended.
    let isSlowDone = false;
    const slow = server.db.query('SELECT pg_sleep(3)').then(() => (isSlowDone = true));
    const health = await new TestClient(server.app).get('/api/health');
    expect(health.status).toBe(200);
    expect(isSlowDone).toBe(false);
    await slow;
    expect(isSlowDone).toBe(true);
  });

  it("keeps PostgreSQL's buffer cache at 32 MB, so the server stays within its memory budget", async () => {
    // PGlite's own default is 128 MB, which a running server fills and never gives back.
    expect(await server.db.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '32MB' }]);
  });

  it('lets a query outside a transaction wait for it, then see its commit', async () => {
    let outside: Promise<{ count: number }[]> | undefined;
    await server.db.transaction(async (tx) => {
      await tx.query("INSERT INTO practices (id, name) VALUES ($1, 'De Linde')", [PRACTICE]);
      outside = server.db.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM practices WHERE id = $1',
        [PRACTICE],
      );
      // Inside the transaction its own write is visible.
      expect(await tx.query('SELECT name FROM practices WHERE id = $1', [PRACTICE])).toEqual([
        { name: 'De Linde' },
      ]);
    });
    expect(await outside).toEqual([{ count: 1 }]);
  });

  it('runs a transaction that waits behind another, its first statement too, only once that one has committed', async () => {
    // The server sends a transaction's first statement right behind its BEGIN, without waiting for it.
    const practice = '01a20000-0000-7000-8000-0000000000f3';
    let inserted = (): void => undefined;
    const hasInserted = new Promise<void>((resolve) => (inserted = resolve));
    let releaseFirst = (): void => undefined;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = server.db.transaction(async (tx) => {
      await tx.query("INSERT INTO practices (id, name) VALUES ($1, 'De Wending')", [practice]);
      inserted();
      await firstMayCommit;
    });
    await hasInserted;
    const second = server.db.transaction((tx) =>
      tx.query<{ count: number }>('SELECT count(*)::int AS count FROM practices WHERE id = $1', [practice]),
    );
    // Time for the worker to run the second's SELECT too early, were it to (inside the first, or failing).
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseFirst();
    await first;
    expect(await second).toEqual([{ count: 1 }]);
  });

  it('runs a whole push in the worker: a counter gap reaches the caller as the HttpError it is, and nothing is kept', async () => {
    const practice = '01a20000-0000-7000-8000-0000000000f5';
    const actor = await huisartsOfNewPractice(practice);
    // A device the server has never seen, starting at change number 2: change 1 went missing.
    const request = {
      clientId: '01a20000-0000-7000-8000-0000000000f7',
      schemaVersion: SCHEMA_VERSION,
      mutations: [
        {
          mutationId: '01a20000-0000-7000-8000-0000000000f8',
          counter: 2,
          entity: 'patient',
          recordId: '01a20000-0000-7000-8000-0000000000f9',
          op: 'put',
          baseRev: null,
          changed: {},
          createdAt: '2026-12-07T08:00:00.000Z',
        },
      ],
    } as unknown as PushRequest;
    const failed = await pushInWorker(actor, request).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(HttpError);
    expect(failed).toMatchObject({ statusCode: 409, code: 'counterGap', extra: { expectedCounter: 1 } });
    // Rolled back, the sequence reservation included.
    expect(
      await server.db.query('SELECT value FROM practice_sequences WHERE practice_id = $1', [practice]),
    ).toEqual([]);
  });

  it('commits pushes that wait together in one transaction, and undoes a failing one alone', async () => {
    const actor = await huisartsOfNewPractice('01a20000-0000-7000-8000-0000000000d1');
    /** A new device's push of one new patient; `counter` 2 is a gap (its change 1 went missing). */
    const newPatientPush = (counter: number) => {
      const recordId = randomUUID();
      const request = {
        clientId: randomUUID(),
        schemaVersion: SCHEMA_VERSION,
        mutations: [
          {
            mutationId: randomUUID(),
            counter,
            entity: 'patient',
            recordId,
            op: 'put',
            baseRev: null,
            changed: patientData(),
            createdAt: AT,
          },
        ],
      } as unknown as PushRequest;
      return { recordId, request };
    };
    const pushes = [1, 1, 2, 1].map(newPatientPush);
    // PGlite holds the worker while it sleeps, so the four pushes arrive while it is busy and wait together.
    const busy = server.db.query('SELECT pg_sleep(0.3)');
    const answered: number[] = [];
    const outcomes = await Promise.allSettled(
      pushes.map(({ request }, index) => pushInWorker(actor, request).finally(() => answered.push(index))),
    );
    await busy;

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(outcomes[2]).toMatchObject({ reason: { statusCode: 409, code: 'counterGap' } });
    // The refusal is answered at once; the others only once their one COMMIT has them, after all of them ran.
    expect(answered).toEqual([2, 0, 1, 3]);
    const stored = await server.db.query<{ record_id: string }>(
      'SELECT record_id FROM records WHERE record_id = ANY($1::text[])',
      [pushes.map(({ recordId }) => recordId)],
    );
    expect(stored.map((row) => row.record_id).sort()).toEqual(
      [pushes[0], pushes[1], pushes[3]].map((push) => push?.recordId).sort(),
    );
  });

  it("plans a push's statements once (generic plans), and only within the push's transaction", async () => {
    const actor = await huisartsOfNewPractice('01a20000-0000-7000-8000-0000000000e1');
    const request = {
      clientId: '01a20000-0000-7000-8000-0000000000e2',
      schemaVersion: SCHEMA_VERSION,
      mutations: [1, 2].map((counter) => ({
        mutationId: `01a20000-0000-7000-8000-0000000000e${counter + 2}`,
        counter,
        entity: 'patient',
        recordId: `01a20000-0000-7000-8000-0000000000e${counter + 4}`,
        op: 'delete',
        baseRev: null,
        changed: {},
        createdAt: '2026-12-07T08:00:00.000Z',
      })),
    } as unknown as PushRequest;
    const results = await pushInWorker(actor, request);
    expect(results).toHaveLength(2);
    // The push's read of the device, its records and their BSN holders: planned generically every time.
    const read = await server.db.query<{ generic_plans: number; custom_plans: number }>(
      `SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements
        WHERE statement LIKE '%FROM sync_clients c WHERE%'`,
    );
    // (One prepared statement per shape of the read: other tests' pushes may have made more.)
    expect(read.length).toBeGreaterThan(0);
    for (const statement of read) {
      expect(statement.custom_plans).toBe(0);
      expect(statement.generic_plans).toBeGreaterThan(0);
    }
    // Every other statement still plans for its values (the audit search's optional filters need them).
    expect(await server.db.query('SHOW plan_cache_mode')).toEqual([{ plan_cache_mode: 'auto' }]);
  });

  it('keeps running pushes in the worker once the server adds its table upkeep', async () => {
    const db = await openStore({ databaseUrl: undefined, dataDir: undefined, upkeepIntervalMs: 60_000 });
    try {
      expect(db.pushInPlace).toBeTypeOf('function');
    } finally {
      await db.close();
    }
  });

  it('compiles optimized only when the process has no WebAssembly compiler flag of its own', async () => {
    expect(hasWasmCompilerFlag(['--liftoff-only'])).toBe(true);
    expect(hasWasmCompilerFlag(['--max-old-space-size=512', '--no-wasm-tier-up'])).toBe(true);
    expect(hasWasmCompilerFlag(['--max-old-space-size=512', '--import', 'tsx'])).toBe(false);
    // This project runs with --liftoff-only (vitest.config.ts): the server's choice yields to it and the
    // database opens and answers as ever.
    expect(hasWasmCompilerFlag(process.execArgv)).toBe(true);
    const db = await openPglite(undefined, { compileOptimized: true });
    try {
      expect(await db.query('SELECT 1 + 1 AS two')).toEqual([{ two: 2 }]);
    } finally {
      await db.close();
    }
  });

  it('rolls a transaction back when its work throws, and keeps the SQLSTATE of a failed query', async () => {
    const other = '01a20000-0000-7000-8000-0000000000f2';
    await expect(
      server.db.transaction(async (tx) => {
        await tx.query("INSERT INTO practices (id, name) VALUES ($1, 'Het Anker')", [other]);
        await tx.query('SELECT 1 / 0');
      }),
    ).rejects.toMatchObject({ code: '22012', message: 'division by zero' });
    expect(await server.db.query('SELECT id FROM practices WHERE id = $1', [other])).toEqual([]);
  });
});

describe('a PGlite worker that dies', () => {
  it('fails the waiting query and every later call with a clear error, and reports the stop', async () => {
    let reported: EmbeddedDatabaseStoppedError | undefined;
    const db = await openPglite(undefined, { onStopped: (error) => (reported = error) });
    const waiting = db.query('SELECT pg_sleep(30)');
    // Stands in for a crash: the worker ends while a query runs, without being closed.
    await db.worker.terminate();
    await expect(waiting).rejects.toBeInstanceOf(EmbeddedDatabaseStoppedError);
    await expect(db.query('SELECT 1')).rejects.toThrow(/embedded database .* stopped unexpectedly/);
    await expect(db.transaction(() => Promise.resolve())).rejects.toBeInstanceOf(
      EmbeddedDatabaseStoppedError,
    );
    await expect.poll(() => reported).toBeInstanceOf(EmbeddedDatabaseStoppedError);
  });
});
