/**
 * The worker thread that owns PGlite (started by pglite.ts). PGlite runs PostgreSQL compiled to WASM
 * synchronously; here it blocks only this thread, never the server's event loop. PGlite has one
 * connection and queues work on it itself: a query outside a transaction waits until the running
 * transaction ends, and transactions run one at a time, in the order they were asked for. A push runs
 * here whole (sync/push.ts, in a group of the pushes that wait with it: pglite-push-groups.ts), so its
 * transaction never waits for the event loop while it holds that one connection.
 */
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { DurableNodeFS, durableStartParams } from './durable-node-fs';
import { createPreparedStatements, runStatement, type PreparedStatements } from './pglite-prepared';
import { createPushGroups, type PushGroups } from './pglite-push-groups';
import {
  serializeError,
  type PgliteWorkerData,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStartup,
} from './pglite-protocol';

interface OpenTransaction {
  tx: Transaction;
  /** Ends PGlite's transaction callback: resolve commits, reject rolls back. */
  finish: (commit: boolean) => void;
  /** Settles once COMMIT or ROLLBACK has run (rejects when COMMIT failed). */
  ended: Promise<void>;
}

/** Thrown into PGlite's transaction callback so that PGlite rolls back; never leaves this file. */
class Rollback extends Error {}

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs only as a worker thread (see pglite.ts).');
const { dataDir, startFrom, compileOptimized } = workerData as PgliteWorkerData;

/**
 * Per transaction id, the transaction once BEGIN has run (rejected when BEGIN failed). The server sends a
 * transaction's first statement right behind its begin request (pglite.ts), so a statement may arrive
 * while its transaction still waits for PGlite's connection: it waits for this promise.
 */
const transactions = new Map<number, Promise<OpenTransaction>>();

function reply(message: WorkerReply): void {
  port?.postMessage(message);
}

/** Starts a transaction and answers `id` once BEGIN has run; the transaction stays open until commit/rollback. */
function begin(pglite: PGlite, id: number): void {
  let hasBegun = false;
  let opened: (open: OpenTransaction) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const open = new Promise<OpenTransaction>((resolve, reject) => {
    opened = resolve;
    failed = reject;
  });
  // Statements waiting for it get BEGIN's error; with none waiting, it must not count as unhandled.
  open.catch(() => undefined);
  transactions.set(id, open);
  const ended: Promise<void> = pglite
    .transaction(
      (tx) =>
        new Promise<void>((resolve, reject) => {
          hasBegun = true;
          const finish = (commit: boolean) => {
            if (commit) resolve();
            else reject(new Rollback());
          };
          opened({ tx, finish, ended });
          reply({ id, ok: true });
        }),
    )
    .then(
      () => undefined,
      (error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      },
    );
  // BEGIN itself failed: no transaction was handed out, so the begin request and every statement sent
  // for it get the error, until the server ends it with a rollback. A failed COMMIT is answered by end().
  ended.catch((error: unknown) => {
    if (hasBegun) return;
    failed(error);
    reply({ id, ok: false, error: serializeError(error) });
  });
}

/** The transaction `txId` names, once it has begun. */
async function openTransaction(txId: number): Promise<OpenTransaction> {
  const open = transactions.get(txId);
  if (!open) throw new Error(`No open transaction ${txId}.`);
  return open;
}

/** Commits or rolls back `txId` (which the server always does, also after BEGIN failed) and forgets it. */
async function end(id: number, txId: number, commit: boolean): Promise<void> {
  try {
    const open = await openTransaction(txId);
    open.finish(commit);
    await open.ended;
  } finally {
    transactions.delete(txId);
  }
  reply({ id, ok: true });
}

async function query(
  pglite: PGlite,
  prepared: PreparedStatements,
  { sql, params, txId }: { sql: string; params: unknown[]; txId: number | null },
): Promise<unknown[]> {
  const tx = txId === null ? undefined : (await openTransaction(txId)).tx;
  return runStatement(pglite, prepared, tx, sql, params);
}

/** The push module, loaded with the first push: a worker that never sees one does not load the sync code. */
let pushModule: Promise<typeof import('../sync/push')> | undefined;
const loadPush = async () => (await (pushModule ??= import('../sync/push'))).push;

async function handle(
  pglite: PGlite,
  prepared: PreparedStatements,
  pushes: PushGroups,
  request: WorkerRequest,
): Promise<void> {
  switch (request.op) {
    case 'push': {
      const rows = await pushes.push(request.actor, request.request, request.now);
      reply({ id: request.id, ok: true, rows });
      return;
    }
    case 'query': {
      reply({ id: request.id, ok: true, rows: await query(pglite, prepared, request) });
      return;
    }
    case 'exec':
      await pglite.exec(request.sql);
      reply({ id: request.id, ok: true });
      return;
    case 'begin':
      begin(pglite, request.id);
      return;
    case 'commit':
    case 'rollback':
      await end(request.id, request.txId, request.op === 'commit');
      return;
    case 'close':
      // The server ends this thread once it has the answer.
      await pglite.close();
      reply({ id: request.id, ok: true });
      return;
  }
}

/**
 * The copy to start from, as the Blob PGlite asks for. PGlite only reads it whole (arrayBuffer()) and asks
 * its type, so the bytes are handed over as they are: Node 20's Blob copies a 40 MB copy in, then reads it
 * back in small chunks, which cost about a second of every in-memory start (each end-to-end test's server).
 */
function asTarball(bytes: Uint8Array<ArrayBuffer>): Blob {
  const whole =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? bytes.buffer
      : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const tarball: Pick<Blob, 'type' | 'size' | 'arrayBuffer'> = {
    type: 'application/x-tar',
    size: whole.byteLength,
    arrayBuffer: () => Promise.resolve(whole),
  };
  // PGlite's type asks for a whole Blob; it reads nothing but the three members above.
  return tarball as Blob;
}

/**
 * PostgreSQL's buffer cache inside the WASM memory. PGlite keeps PostgreSQL's default of 128 MB, which a
 * server fills as it runs and never gives back; one practice's data is a few MB, and the operating
 * system caches the data directory's files as well. At 32 MB the server rests about 100 MB lower and peaks
 * under push load about 80 MB lower (issue 15: <= 512 MB), at the same CPU per push (bench/HISTORY.md).
 */
const SHARED_BUFFERS = '32MB';

/**
 * Ends this thread after a sync to disk failed: PostgreSQL has stopped (it will not report a commit it
 * cannot keep) and PGlite would leave every later query waiting. The server sees the thread's error, fails
 * what waits with EmbeddedDatabaseStoppedError and exits for a process manager to restart it; the restart
 * recovers from the log on disk.
 */
function stopAfterSyncFailure(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  setImmediate(() => {
    throw new Error(`Syncing the data directory to disk failed (${reason}); PostgreSQL has stopped.`);
  });
}

/** Where PGlite keeps its data, and PostgreSQL's start parameters for it. */
function openOptions(): PGliteOptions {
  const ownParams = ['-c', `shared_buffers=${SHARED_BUFFERS}`];
  // A directory on disk (pglite.ts passes no other address) keeps what it committed through a power cut
  // (durable-node-fs.ts).
  if (dataDir !== undefined) {
    return {
      fs: new DurableNodeFS(dataDir, { onSyncFailure: stopAfterSyncFailure }),
      startParams: [...durableStartParams(), ...ownParams],
    };
  }
  // In memory there is nothing to sync.
  return {
    ...(startFrom ? { loadDataDir: asTarball(startFrom) } : {}),
    startParams: [...PGlite.defaultStartParams, ...ownParams],
  };
}

// V8's flags belong to the whole process; the event loop runs no WebAssembly, and PGlite compiles its
// module in create() below, after this.
if (compileOptimized) setFlagsFromString('--no-liftoff');

try {
  const pglite = await PGlite.create(openOptions());
  const prepared = createPreparedStatements(pglite);
  const pushes = createPushGroups(pglite, prepared, loadPush);
  port.on('message', (request: WorkerRequest) => {
    handle(pglite, prepared, pushes, request).catch((error: unknown) => {
      reply({ id: request.id, ok: false, error: serializeError(error) });
    });
  });
  port.postMessage({ ready: true } satisfies WorkerStartup);
} catch (error) {
  port.postMessage({ ready: false, error: serializeError(error) } satisfies WorkerStartup);
}
