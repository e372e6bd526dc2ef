/**
 * Reads pulled pages in the pull reader's worker where the browser can run it, else on the main thread in
 * time slices (test environments, a worker that failed to load). Both run read-page.ts, so they give the
 * same rows: reading a page there instead of here changes where the work runs, never what is stored.
 *
 * At 4x CPU the schema checks and seals of a first sync (3,000 records, ~4 MB) were about half of the main
 * thread's work while it synced, in slices that left little room for the screen. In the worker they run
 * beside it, on another core where the device has one.
 *
 * The worker is not in the service worker's precache: it is only used while online, pulling, and a device
 * that cannot fetch it reads on the main thread. It is ended whenever the data key changes (a lock, an
 * unlock, a sign-out), with the key of any page it was reading.
 */
import { currentDataKey, onDataKeyChange } from '../data-key';
import { readPulledPage, type PageToRead, type ReadPage } from './read-page';
import type { ReaderRequest, ReaderResponse } from './reader-messages';

interface Waiting {
  resolve: (read: ReadPage) => void;
  reject: (error: Error) => void;
}

/** The running worker, null before the first page; `isUnusable` once it failed to start or to answer. */
let worker: Worker | null = null;
let isUnusable = false;
let lastId = 0;
const waiting = new Map<number, Waiting>();

function stopWorker(reason: Error): void {
  worker?.terminate();
  worker = null;
  for (const { reject } of waiting.values()) reject(reason);
  waiting.clear();
}

onDataKeyChange(() => {
  stopWorker(new Error('The data key changed while the pull reader read a page'));
});

function onAnswer(event: MessageEvent<ReaderResponse>): void {
  const answer = event.data;
  const entry = waiting.get(answer.id);
  if (!entry) return;
  waiting.delete(answer.id);
  if ('read' in answer) entry.resolve(answer.read);
  else entry.reject(new Error(answer.failure));
}

/** The worker, started on first use; null where none can run. */
function readerWorker(): Worker | null {
  if (worker || isUnusable || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./pull-reader.worker.ts', import.meta.url), {
      type: 'module',
      name: 'tijdig-pull-reader',
    });
  } catch {
    isUnusable = true;
    return null;
  }
  worker.onmessage = onAnswer;
  const fail = (event: Event) => {
    // Not reported as the page's error: the pages it held are read on the main thread instead.
    event.preventDefault();
    isUnusable = true;
    stopWorker(new Error('The pull reader stopped'));
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  return worker;
}

function readInWorker(reader: Worker, page: PageToRead): Promise<ReadPage> {
  lastId += 1;
  const id = lastId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: ReaderRequest = { id, page };
    try {
      reader.postMessage(request);
    } catch (error) {
      // A page that cannot be copied to the worker (DataCloneError) is read here instead.
      waiting.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Reads `page` in the worker, or here when the worker cannot (see the top of this file). An empty page, what
 * most sync rounds of a device that is up to date get, is read here: it would start the worker for nothing.
 */
export async function readPulledPageOffThread(page: PageToRead): Promise<ReadPage> {
  const reader = page.changes.length > 0 ? readerWorker() : null;
  if (reader) {
    try {
      return await readInWorker(reader, page);
    } catch {
      // Stopped, failed to load, or failed on this page: read here, where a real fault fails as before.
    }
  }
  // Sealed only with the key that is still current: after a lock or a new key, the write decides.
  const isKeyCurrent = page.dataKey !== null && page.dataKey === currentDataKey();
  return readPulledPage(isKeyCurrent ? page : { ...page, dataKey: null });
}
