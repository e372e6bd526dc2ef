/**
 * Pull pages built and compressed in worker threads, each with a PostgreSQL connection of its own
 * (page-worker.ts). A page's text arrives from the database as a JavaScript string (the driver always
 * decodes a field), is written out again as UTF-8 and then compressed: a quarter of a megabyte each way,
 * and the garbage it leaves, on every page. On the request thread that delayed every other request while
 * 100 devices did their first sync at once; in a worker it costs the event loop only the hand-over of the
 * finished, compressed bytes (server.initial-sync on PostgreSQL, two runs each: health p99 54 and 57 ms
 * before, 36 and 38 ms with the compression alone moved off the event loop, 25 and 14 ms with these workers
 * too; the slowest sync 24-26 s before, 15 s now). PGlite needs no worker of this kind: its queries run in
 * its own worker thread already (store/pglite.ts).
 *
 * At most `count` pages are built at once (the page builder's bound, page-builder.ts), one per worker, the
 * rest wait in arrival order. Workers start when a page first needs one, so a server that never builds
 * a page starts none.
 */
import { Worker } from 'node:worker_threads';
import type { EncodedPage, PageBuilder } from './page-builder';
import type { PageEncoding } from './page-encoding';
import { createGate } from './page-gate';
import type { PageRequest } from './pull-page';

export interface PageWorkerData {
  databaseUrl: string;
}

export type PageWorkerMessage =
  { kind: 'page'; request: PageRequest; encoding: PageEncoding } | { kind: 'close' };

export type PageWorkerAnswer =
  { ok: true; body: Uint8Array; count: number; encoding: PageEncoding } | { ok: false; message: string };

/** How long a closing worker may take to end its connection before it is stopped. */
const CLOSE_GRACE_MS = 5000;

/** One worker thread, building one page at a time. */
interface PageWorker {
  build(request: PageRequest, encoding: PageEncoding): Promise<EncodedPage>;
  /** False once the thread failed or ended: it takes no more pages. */
  readonly isUsable: boolean;
  close(): Promise<void>;
}

/** The worker's script: in the sources a starter that loads page-worker.ts, built the worker's bundle. */
const PAGE_WORKER_ENTRY = new URL('./page-worker-start.mjs', import.meta.url);

/** `entry`: the worker's script (a test gives one that ends, as a worker failing between pages would). */
export function startPageWorkers(
  databaseUrl: string,
  count: number,
  entry: URL = PAGE_WORKER_ENTRY,
): PageBuilder {
  const gate = createGate(count);
  const idle: PageWorker[] = [];
  const started = new Set<PageWorker>();
  let isClosed = false;
  /** The next idle worker still running; one that ended while idle is dropped, not handed a page. */
  const takeIdle = (): PageWorker | undefined => {
    for (let worker = idle.pop(); worker; worker = idle.pop()) {
      if (worker.isUsable) return worker;
      started.delete(worker);
    }
    return undefined;
  };
  return {
    build: (request, encoding) =>
      gate.run(async () => {
        if (isClosed) throw new Error('The pull page workers are closed.');
        // The gate lets at most `count` pages in, so at most `count` workers are ever started.
        const worker = takeIdle() ?? startWorker(entry, databaseUrl, started);
        try {
          return await worker.build(request, encoding);
        } finally {
          // Free for the next page; one that failed is dropped and the next page starts another. After
          // close() nothing takes a worker from `idle` again.
          if (worker.isUsable) idle.push(worker);
          else started.delete(worker);
        }
      }),
    async close() {
      isClosed = true;
      idle.length = 0;
      await Promise.all([...started].map((worker) => worker.close()));
      started.clear();
    },
  };
}

function startWorker(entry: URL, databaseUrl: string, started: Set<PageWorker>): PageWorker {
  // No inherited flags: the server's `--import tsx` fails in a worker on Node 20; the entry loads tsx itself
  // (built, the entry of that name is the worker's bundle: scripts/build-server.mjs).
  const thread = new Worker(entry, {
    workerData: { databaseUrl } satisfies PageWorkerData,
    execArgv: [],
  });
  let waiting: { resolve: (page: EncodedPage) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  const exited = new Promise<void>((resolve) => {
    thread.once('exit', () => {
      resolve();
    });
  });
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(error);
    waiting = null;
  };
  thread.on('message', (answer: PageWorkerAnswer) => {
    const current = waiting;
    waiting = null;
    if (!current) return;
    if (answer.ok) {
      const { body, count, encoding } = answer;
      current.resolve({ body: Buffer.from(body.buffer, body.byteOffset, body.byteLength), count, encoding });
    } else current.reject(new Error(answer.message));
  });
  thread.on('error', fail);
  thread.on('exit', (code) => {
    fail(new Error(`A pull page worker ended (exit code ${code}).`));
  });
  const worker: PageWorker = {
    get isUsable() {
      return failure === null;
    },
    build(request, encoding) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        thread.postMessage({ kind: 'page', request, encoding } satisfies PageWorkerMessage);
      });
    },
    async close() {
      thread.postMessage({ kind: 'close' } satisfies PageWorkerMessage);
      const grace = setTimeout(() => void thread.terminate(), CLOSE_GRACE_MS);
      await exited;
      clearTimeout(grace);
    },
  };
  started.add(worker);
  return worker;
}
