/**
 * Who builds the pull pages that read the database (pull-page.ts), at most a few at once: a page is the
 * heavy part of a first sync, and pages built at once beyond the machine's cores finish no sooner together.
 * They only take turns on the CPU with the event loop, so every other request, health checks included,
 * would wait longer. Two builders: this one, on the request thread behind a gate and compressed in libuv's
 * thread pool (the embedded PGlite, whose queries run in its own worker thread already), and
 * page-workers.ts (PostgreSQL).
 */
import type { Queryable } from '../store/db';
import { encodePage, type PageEncoding } from './page-encoding';
import { createGate } from './page-gate';
import { buildPage, type BuiltPage, type PageRequest } from './pull-page';

/** A page as sent: its bytes in `encoding` (page-encoding.ts), the Content-Encoding they go out with. */
export interface EncodedPage extends BuiltPage {
  encoding: PageEncoding;
}

export interface PageBuilder {
  /** The page of `request`, compressed as `encoding` asks where that is worth it. */
  build(request: PageRequest, encoding: PageEncoding): Promise<EncodedPage>;
  /** Stops what the builder started (its workers); a page it is asked for afterwards may fail. */
  close(): Promise<void>;
}

/** Pages built on the request thread through `db`, at most `atOnce` at a time, the rest in arrival order. */
export function inProcessPageBuilder(db: Queryable, atOnce: number): PageBuilder {
  const gate = createGate(atOnce);
  return {
    build: (request, encoding) =>
      gate.run(async () => {
        const { body, count } = await buildPage(db, request);
        return { ...(await encodePage(body, encoding)), count };
      }),
    close: () => Promise.resolve(),
  };
}
