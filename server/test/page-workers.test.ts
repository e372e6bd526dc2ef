/**
 * Pull pages built in worker threads on PostgreSQL (sync/page-workers.ts): the bytes a device receives are
 * exactly those the request thread builds, characters beyond ASCII and byte-cut pages included, and
 * compressed they open to exactly those bytes; a worker whose database fails answers with the error
 * instead of leaving the pull waiting; closed workers take no more pages; a worker that ended while idle is
 * not handed the next page. (Every other pull test on
 * PostgreSQL goes through the workers too: the harness starts them.)
 */
import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, type PageRequest } from '../src/sync/pull-page';
import { startPageWorkers } from '../src/sync/page-workers';
import type { PageBuilder } from '../src/sync/page-builder';
import { DATABASES, setUpPractice, startTestServer, type TestServer } from './harness';
import { Device, patientData } from './mutations';

const PATIENTS = 40;
/** Small enough that the budget, not the row limit, cuts most pages. */
const BUDGET = 3000;

describe.runIf(DATABASES.includes('postgres'))('pull page workers on PostgreSQL', () => {
  let server: TestServer;
  let workers: PageBuilder;
  let practiceId: string;
  let head: number;

  beforeAll(async () => {
    server = await startTestServer('postgres');
    const device = new Device(await setUpPractice(server));
    // Names with characters beyond Latin-1 and beyond the Basic Multilingual Plane: their UTF-8 is longer
    // than their length in JavaScript, which the page's byte count and the hand-over must both respect.
    const mutations = Array.from({ length: PATIENTS }, (_, index) =>
      device.mutation(
        'patient',
        randomUUID(),
        patientData({ givenName: `Zoë ${index}`, familyName: 'Ŀeenheer', contactName: 'Kees 🌷' }),
        null,
      ),
    );
    const reply = await device.push(mutations);
    expect(reply.body.results.map((result) => result.status)).toEqual(mutations.map(() => 'applied'));
    const [row] = await server.db.query<{ practice_id: string; head: number }>(
      'SELECT practice_id, max(seq) AS head FROM records GROUP BY practice_id',
    );
    practiceId = row?.practice_id ?? '';
    head = Number(row?.head);
    const started = server.pageWorkers(2);
    if (!started) throw new Error('the harness starts page workers on PostgreSQL');
    workers = started;
  });
  afterAll(async () => {
    await workers.close();
    await server.close();
  });

  it('builds every page of a first sync with exactly the bytes the request thread builds', async () => {
    let since = 0;
    let pages = 0;
    for (; pages < 100; pages += 1) {
      const request: PageRequest = { practiceId, entities: null, since, limit: 500, maxBytes: BUDGET, head };
      const inThread = await buildPage(server.db, request);
      const fromWorker = await workers.build(request, 'identity');
      expect(Buffer.compare(fromWorker.body, inThread.body)).toBe(0);
      expect(fromWorker.count).toBe(inThread.count);
      const answer = JSON.parse(fromWorker.body.toString('utf8')) as { next: number; hasMore: boolean };
      since = answer.next;
      if (!answer.hasMore) break;
    }
    expect(pages).toBeGreaterThan(5);
    expect(since).toBe(head);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'compresses a page as %s in the worker, to exactly the plain page',
    async (encoding, inflate) => {
      const request: PageRequest = {
        practiceId,
        entities: null,
        since: 0,
        limit: 500,
        maxBytes: BUDGET,
        head,
      };
      const plain = await buildPage(server.db, request);
      const page = await workers.build(request, encoding);
      expect(page.encoding).toBe(encoding);
      expect(page.count).toBe(plain.count);
      expect(Buffer.compare(inflate(page.body), plain.body)).toBe(0);
      expect(page.body.length).toBeLessThan(plain.body.length);
    },
  );

  it('sends a page smaller than 1 KiB plain, whatever the browser accepts', async () => {
    const request: PageRequest = {
      practiceId,
      entities: null,
      since: head - 1,
      limit: 1,
      maxBytes: BUDGET,
      head,
    };
    const plain = await buildPage(server.db, request);
    expect(plain.body.length).toBeLessThan(1024);
    const page = await workers.build(request, 'br');
    expect(page.encoding).toBe('identity');
    expect(Buffer.compare(page.body, plain.body)).toBe(0);
  });

  it('builds a page of only the record kinds an account may read', async () => {
    const request: PageRequest = {
      practiceId,
      entities: ['meeting'],
      since: 0,
      limit: 500,
      maxBytes: BUDGET,
      head,
    };
    const page = await workers.build(request, 'identity');
    expect(page.count).toBe(0);
    expect(JSON.parse(page.body.toString('utf8'))).toMatchObject({ changes: [], hasMore: false, next: head });
  });

  it('answers a page whose database fails with the error, again on the next page, and then closes', async () => {
    // Nothing listens on port 1 of loopback: every connection is refused at once.
    const broken = startPageWorkers('postgres://tijdig@127.0.0.1:1/none', 1);
    const request: PageRequest = { practiceId, entities: null, since: 0, limit: 10, maxBytes: BUDGET, head };
    await expect(broken.build(request, 'identity')).rejects.toThrow(/ECONNREFUSED|connect/);
    await expect(broken.build(request, 'identity')).rejects.toThrow(/ECONNREFUSED|connect/);
    await broken.close();
    await expect(broken.build(request, 'identity')).rejects.toThrow('closed');
  });
});

describe('a pull page worker that ends between two pages', () => {
  const request: PageRequest = {
    practiceId: randomUUID(),
    entities: null,
    since: 0,
    limit: 10,
    maxBytes: BUDGET,
    head: 1,
  };

  it('is not handed the next page: a new worker builds it', async () => {
    const workers = startPageWorkers(
      'postgres://tijdig@127.0.0.1:1/unused',
      1,
      new URL('./support/page-worker-that-ends.mjs', import.meta.url),
    );
    try {
      expect((await workers.build(request, 'identity')).count).toBe(0);
      // The worker ends on its next turn; give its end time to reach this thread (a wait, not a measure).
      await new Promise((resolve) => setTimeout(resolve, 500));
      // (The new worker ends after this page too: one page per worker is all this test can ask.)
      const second = await workers.build(request, 'identity');
      expect(second.body.toString('utf8')).toBe('{"changes":[]}');
    } finally {
      await workers.close();
    }
  });
});
