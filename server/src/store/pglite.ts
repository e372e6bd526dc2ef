/**
 * The embedded database: PGlite runs PostgreSQL (compiled to WASM) with its data in a directory. It runs
 * in a worker thread (pglite-worker.ts), not on the server's event loop: a long query or a large push
 * would otherwise leave every other request, health checks included, unanswered until it finished.
 * This side keeps the data-directory lock and speaks the small `Db` interface over the worker's port.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MutationResult } from '../../../src/domain';
import { lockDataDir } from './data-dir-lock';
import type { Db, Queryable } from './db';
import {
  deserializeError,
  type PgliteWorkerData,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStartup,
} from './pglite-protocol';

/** The worker ended without being closed (a crash, out of memory, a fault in PGlite). */
export class EmbeddedDatabaseStoppedError extends Error {
  constructor(cause: string) {
    super(
      `The embedded database (PGlite worker thread) stopped unexpectedly: ${cause}. ` +
        'Tijdig cannot serve without it; restart the server (PGlite recovers its data directory on start).',
    );
    this.name = 'EmbeddedDatabaseStoppedError';
  }
}

/** A data directory given as an address other than `memory://`: the server runs on a folder or in memory. */
export class UnsupportedDataDirError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database's data directory must be a folder (a path) or memory://, not ${dataDir}: ` +
        'only a folder is locked for one server and has its commits synced to disk.',
    );
    this.name = 'UnsupportedDataDirError';
  }
}

export interface PgliteOptions {
  /** Called once when the worker stops unexpectedly, after the data-directory lock is released. */
  onStopped?: (error: EmbeddedDatabaseStoppedError) => void;
  /** See data-dir-lock.ts; the default suits production. */
  lockStaleMs?: number;
  /**
   * In memory only: start from this copy of a data directory (PGlite's dumpDataDir, an uncompressed tar)
   * instead of creating one. Creating runs initdb, which takes seconds; tests start from a copy of an
   * empty database instead (server/test/harness.ts).
   */
  startFrom?: Uint8Array<ArrayBuffer>;
  /**
   * Compile PostgreSQL's WebAssembly once, with V8's optimizing compiler alone, while the worker starts (the
   * server does: main.ts). By default V8 compiles all of it with its baseline compiler first and the hot
   * functions again in the background; the two tiers and their compilers' memory kept about 80 MB more
   * resident (issue 15: a resting server 319-330 MB against 243, the peak under push load 456-481 MB
   * against 391-395), and pushes were no faster. It costs about 1.2 s more at every start, which tests,
   * starting a database for every test server, leave out. A process started with a WebAssembly compiler
   * flag of its own (the server tests' --liftoff-only) keeps that flag.
   */
  compileOptimized?: boolean;
  /**
   * The worker thread's script, for tests: one that starts the same worker on a disk that fails its syncs
   * (server/test/support/failing-disk-worker.mjs). In the sources a starter that loads pglite-worker.ts,
   * built the worker's bundle.
   */
  workerEntry?: URL;
}

const PGLITE_WORKER_ENTRY = new URL('./pglite-worker-start.mjs', import.meta.url);

/** What openPglite returns: the Db, plus the worker itself for tests that stop it. */
export type PgliteDb = Db & { readonly worker: Worker };

/** A request before call() numbers it (Omit applied to each member of the union). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<WorkerRequest>;

/**
 * Opens PGlite in a worker thread; `dataDir` undefined (or `memory://`) keeps everything in memory
 * (tests), and any other address is refused (UnsupportedDataDirError). A directory is locked for this
 * process first: a second server on it fails with DataDirLockedError.
 */
export async function openPglite(
  dataDir: string | undefined,
  options: PgliteOptions = {},
): Promise<PgliteDb> {
  const isOnDisk = dataDir !== undefined && dataDir !== 'memory://';
  // PGlite reads other addresses (file://, idb://) as storage of its own choosing: no lock, no syncs.
  if (isOnDisk && dataDir.includes('://')) throw new UnsupportedDataDirError(dataDir);
  if (isOnDisk && options.startFrom) throw new Error('startFrom is for an in-memory database only.');
  // PGlite creates its own folder but not the folders above it (e.g. `.data/` on a fresh clone).
  if (isOnDisk) await mkdir(dataDir, { recursive: true });
  const release = isOnDisk
    ? await lockDataDir(dataDir, { staleMs: options.lockStaleMs })
    : () => Promise.resolve();
  const workerData: PgliteWorkerData = {
    dataDir: isOnDisk ? dataDir : undefined,
    startFrom: options.startFrom,
    compileOptimized: options.compileOptimized === true && !hasWasmCompilerFlag(process.execArgv),
  };
  try {
    // Creating the directory runs initdb, whose memory (about 500 MB) the server would otherwise hold for
    // as long as it runs: a process of its own creates it (pglite-create.mjs).
    if (isOnDisk && !(await isDataDir(dataDir))) await createDataDir(dataDir);
    return connect(
      await startWorker(options.workerEntry ?? PGLITE_WORKER_ENTRY, workerData),
      release,
      options,
    );
  } catch (error) {
    await release();
    throw error;
  }
}

/** Whether `dataDir` already holds a database (initdb writes PG_VERSION into it). */
async function isDataDir(dataDir: string): Promise<boolean> {
  return access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

/** Whether the process was started with a choice of V8's WebAssembly compilers (such as --liftoff-only). */
export function hasWasmCompilerFlag(execArgv: readonly string[]): boolean {
  return execArgv.some((arg) => /^--(no-)?(liftoff|wasm-tier-up|wasm-dynamic-tiering)/.test(arg));
}

/** A worker thread with PGlite open on `workerData`; ended again when it could not open. */
async function startWorker(entry: URL, workerData: PgliteWorkerData): Promise<Worker> {
  // No inherited flags: the server's `--import tsx` fails in a worker on Node 20; the entry loads tsx itself
  // (built, the entry of that name is the worker's bundle: scripts/build-server.mjs).
  const worker = new Worker(entry, {
    workerData,
    execArgv: [],
  });
  try {
    await started(worker);
    return worker;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
}

/** Runs initdb into `dataDir` in a child process (pglite-create.mjs) and waits for it to end. */
async function createDataDir(dataDir: string): Promise<void> {
  const script = fileURLToPath(new URL('./pglite-create.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors = (errors + chunk).slice(-2000);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`Creating the embedded database in ${dataDir} failed (${code}): ${errors}`);
}

/** Waits for the worker's first message: PGlite open, or the reason it could not open. */
function started(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => {
      reject(new EmbeddedDatabaseStoppedError(`exit code ${code} while opening`));
    };
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.once('message', (message: WorkerStartup) => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      if (message.ready) resolve();
      else reject(deserializeError(message.error));
    });
  });
}

function connect(worker: Worker, release: () => Promise<void>, options: PgliteOptions): PgliteDb {
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  let isClosing = false;

  function call(request: Request): Promise<unknown[]> {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ ...request, id });
      } catch (error) {
        // A parameter that cannot be copied to the worker (a function, a symbol): the caller's mistake.
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  worker.on('message', (message: WorkerReply) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.rows ?? []);
    else waiter.reject(deserializeError(message.error));
  });
  const stop = (cause: string): void => {
    if (stopped) return;
    const error = isClosing
      ? new Error('The embedded database is closed.')
      : new EmbeddedDatabaseStoppedError(cause);
    stopped = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
    if (error instanceof EmbeddedDatabaseStoppedError) {
      // Nobody writes the directory any more, so a restarted server may take it at once.
      void release().finally(() => options.onStopped?.(error));
    }
  };
  worker.on('error', (error) => {
    stop(error.message);
  });
  worker.on('exit', (code) => {
    stop(`exit code ${code}`);
  });

  const queryable = (txId: number | null): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await call({ op: 'query', sql, params: [...params], txId })) as Row[],
  });
  const root = queryable(null);
  return {
    kind: 'pglite',
    worker,
    query: root.query,
    // The worker runs one transaction at a time; the id of the begin request names it. The work starts
    // without waiting for BEGIN's answer, so its first statement follows BEGIN at once and the worker runs
    // it as soon as the transaction has begun: PGlite's one connection no longer idles for a round trip
    // to this (busy) event loop per transaction (issue 15). Should BEGIN fail, that statement fails with
    // its error, and so does the transaction.
    async transaction(work) {
      const txId = nextId; // the id call() gives the begin request below
      const begun = call({ op: 'begin' });
      // Awaited below; until then a failed BEGIN must not count as an unhandled rejection.
      begun.catch(() => undefined);
      let result;
      try {
        result = await work(queryable(txId));
        await begun;
      } catch (error) {
        // The work's own error is the one to report; a failed ROLLBACK still ends PGlite's transaction.
        if (!stopped) await call({ op: 'rollback', txId }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'commit', txId });
      return result;
    },
    pushInPlace: async (actor, request, now) =>
      (await call({ op: 'push', actor, request, now })) as MutationResult[],
    exec: async (sql) => {
      await call({ op: 'exec', sql });
    },
    close: async () => {
      if (stopped) return;
      // PGlite writes its data directory out on close: no acknowledged write is lost on a clean stop.
      await call({ op: 'close' });
      isClosing = true;
      // From here the worker's exit is expected; later calls are refused as closed.
      await worker.terminate();
      await release();
    },
  };
}
