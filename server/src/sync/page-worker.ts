/**
 * A pull page worker thread (page-workers.ts): builds and compresses one page at a time on a PostgreSQL
 * connection of its own and hands the page's bytes to the request thread without a copy.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openPostgres } from '../store/postgres';
import { encodePageSync, type PageEncoding } from './page-encoding';
import type { PageWorkerAnswer, PageWorkerData, PageWorkerMessage } from './page-workers';
import { buildPage, type PageRequest } from './pull-page';

if (!parentPort) throw new Error('page-worker.ts runs as a worker thread (page-workers.ts starts it).');
const port: MessagePort = parentPort;
const { databaseUrl } = workerData as PageWorkerData;
const db = openPostgres(databaseUrl, 1);

port.on('message', (message: PageWorkerMessage) => {
  if (message.kind === 'close') {
    // Ends the connection; the thread then has nothing left to do and exits.
    void db.close().finally(() => {
      port.close();
    });
    return;
  }
  void answer(message.request, message.encoding);
});

async function answer(request: PageRequest, wanted: PageEncoding): Promise<void> {
  try {
    const page = await buildPage(db, request);
    const { body, encoding } = encodePageSync(page.body, wanted);
    const own = ownMemory(body);
    port.postMessage({ ok: true, body: own, count: page.count, encoding } satisfies PageWorkerAnswer, [
      own.buffer,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ ok: false, message } satisfies PageWorkerAnswer);
  }
}

/**
 * `bytes` in memory of their own, to move to the request thread whole: a small Buffer is a slice of Node's
 * shared pool, which must stay here (and cannot be moved), so such bytes are copied once.
 */
function ownMemory(bytes: Buffer): Uint8Array<ArrayBuffer> {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  )
    return new Uint8Array(bytes.buffer);
  return new Uint8Array(bytes);
}
