/**
 * The pull reader's worker: reads, rebases and seals pulled pages (read-page.ts) off the main thread, so a
 * first sync's thousands of schema checks and seals never hold up the screen. It keeps nothing between
 * pages: the data key comes with each page and is overwritten once the page is read, and the main thread
 * ends the worker when the key changes (reader.ts).
 */
import '../../lib/zod-without-eval';
import { readPulledPageAndForgetKey, type PageToRead } from './read-page';
import type { ReaderRequest, ReaderResponse } from './reader-messages';

/** The worker's global scope, as far as this file uses it (the app's types are the DOM's, not a worker's). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage: (message: ReaderResponse, transfer: Transferable[]) => void;
};

async function answer(id: number, page: PageToRead): Promise<void> {
  try {
    const read = await readPulledPageAndForgetKey(page);
    // The sealed bytes move to the main thread instead of being copied.
    const transfer = read.rows.flatMap(({ sealed }) => (sealed ? [sealed.buffer] : []));
    scope.postMessage({ id, read }, transfer);
  } catch (error) {
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) }, []);
  }
}

scope.onmessage = (event) => {
  void answer(event.data.id, event.data.page);
};
