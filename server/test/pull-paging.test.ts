/**
 * Cheap pulls (issue 15): a page is bounded in bytes as well as in records (yet always carries one
 * record, so a record larger than the budget still moves), it is compressed for a browser that asks, it
 * says how many changes remain after it, and a first sync broken off halfway resumes from its checkpoint
 * and ends with every record exactly once.
 */
import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newCarePlan,
  pullResponseSchema,
  SCHEMA_VERSION,
  type PatientId,
  type PullResponse,
} from '../../src/domain';
import { DATABASES, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';
import { AT, Device, patientData } from './mutations';

/** Small enough that a page holds a handful of patients and one full care plan is larger on its own. */
const BUDGET = 4096;
const PATIENTS = 30;

/** A care plan whose texts fill their maximum length: about 8 KB of JSON, twice the budget. */
function largeCarePlan(patientId: string): Record<string, unknown> {
  const plan = newCarePlan(
    patientId as PatientId,
    { name: 'Dr. P. de Vries', role: 'huisarts' } as never,
    AT as never,
  );
  const long = (word: string) => `${word} `.repeat(400).slice(0, 2000).trim();
  return {
    ...plan,
    lichamelijk: { ...plan.lichamelijk, problems: long('pijn'), wishes: long('thuis') },
    psychisch: { ...plan.psychisch, problems: long('angst'), goals: long('rust') },
  };
}

function pullPath(since: number, limit = 500): string {
  return `/api/sync/pull?since=${since}&limit=${limit}&schemaVersion=${SCHEMA_VERSION}`;
}

/** Every page from `since` until the server has no more; each with its size in bytes as sent. */
async function pullAll(client: TestClient, since = 0, limit = 500) {
  const pages: { body: PullResponse; bytes: number }[] = [];
  let checkpoint = since;
  for (let page = 0; page < 200; page += 1) {
    const reply = await client.request<string>('GET', pullPath(checkpoint, limit), undefined, {
      'accept-encoding': 'identity',
    });
    expect(reply.status).toBe(200);
    const bytes = Buffer.byteLength(JSON.stringify(reply.body));
    const body = pullResponseSchema.parse(reply.body);
    pages.push({ body, bytes });
    checkpoint = body.next;
    if (!body.hasMore) return pages;
  }
  throw new Error('the pull never ended');
}

describe.each(DATABASES)('pull pages on %s', (kind) => {
  let server: TestServer;
  let client: TestClient;
  const ids = new Set<string>();

  beforeAll(async () => {
    server = await startTestServer(kind, { pullPageBytes: BUDGET });
    client = await setUpPractice(server);
    const device = new Device(client);
    const patientIds = Array.from({ length: PATIENTS }, () => randomUUID());
    patientIds.forEach((id) => ids.add(id));
    const patients = patientIds.map((id) => device.mutation('patient', id, patientData(), null));
    // In the middle of the sequence: a page of this one record must still say that more follow.
    const planOf = patientIds[10] ?? '';
    const plan = device.mutation('carePlan', planOf, largeCarePlan(planOf), null);
    const later = patientIds
      .slice(0, 5)
      .map((id) => device.mutation('patient', id, { diagnosisText: 'COPD' }, 1));
    const mutations = [...patients, plan, ...later];
    const reply = await device.push(mutations);
    expect(reply.body.results.map((result) => result.status)).toEqual(mutations.map(() => 'applied'));
  });
  afterAll(() => server.close());

  it('keeps every page within the byte budget, except a page of one record larger than it', async () => {
    const pages = await pullAll(client);
    for (const { body, bytes } of pages) {
      if (bytes > BUDGET) expect(body.changes).toHaveLength(1);
    }
    const large = pages.find(({ body }) => body.changes.some((change) => change.entity === 'carePlan'));
    expect(large?.bytes).toBeGreaterThan(BUDGET);
    expect(large?.body.changes).toHaveLength(1);
    // More than one page: the budget, not the row limit of 500, cut them.
    expect(pages.length).toBeGreaterThan(5);
  });

  it('says on each page how many changes remain after it, 0 on the last', async () => {
    const pages = await pullAll(client);
    const total = PATIENTS + 1;
    let received = 0;
    for (const { body } of pages) {
      received += body.changes.length;
      expect(body.remaining).toBe(total - received);
      expect(body.hasMore).toBe(body.remaining !== 0);
    }
    expect(received).toBe(total);
  });

  it('ends a page that is exactly full of rows without an empty page after it', async () => {
    const pages = await pullAll(client, 0, 1);
    expect(pages).toHaveLength(PATIENTS + 1);
    expect(pages.at(-1)?.body).toMatchObject({ hasMore: false, remaining: 0 });
  });

  it('gives every device its whole first sync when more devices pull than pages are built at once', async () => {
    // The harness builds 2 pages at once (pullPagesAtOnce): six first syncs take turns at the gate.
    const syncs = await Promise.all(Array.from({ length: 6 }, () => pullAll(client)));
    for (const pages of syncs) {
      const keys = pages.flatMap(({ body }) => body.changes.map((c) => `${c.entity}:${c.recordId}`));
      expect(new Set(keys).size).toBe(PATIENTS + 1);
      expect(keys).toHaveLength(PATIENTS + 1);
    }
  });

  it('resumes a first sync broken off halfway from its checkpoint, every record exactly once', async () => {
    const first = await pullAll(client);
    const broken = first.slice(0, Math.floor(first.length / 2));
    const checkpoint = broken.at(-1)?.body.next ?? 0;
    const resumed = await pullAll(client, checkpoint);
    const received = [...broken, ...resumed].flatMap(({ body }) => body.changes);
    const keys = received.map((change) => `${change.entity}:${change.recordId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      received
        .filter((change) => change.entity === 'patient')
        .map((change) => change.recordId)
        .sort(),
    ).toEqual([...ids].sort());
    expect(keys).toHaveLength(PATIENTS + 1);
  });

  it.each([
    // What Chromium sends, and what a client that only knows gzip sends.
    ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip;q=0.8', 'gzip', gunzipSync],
    // Not compressed where the page is built (page-encoding.ts): @fastify/compress still deflates it.
    ['deflate', 'deflate', inflateSync],
  ])('compresses the pull answer for Accept-Encoding %s', async (accepted, encoding, decompress) => {
    const plain = await server.app.inject({
      method: 'GET',
      url: pullPath(0),
      headers: { host: '127.0.0.1', cookie: client.cookie ?? '', 'accept-encoding': 'identity' },
    });
    const reply = await server.app.inject({
      method: 'GET',
      url: pullPath(0),
      headers: { host: '127.0.0.1', cookie: client.cookie ?? '', 'accept-encoding': accepted },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-encoding']).toBe(encoding);
    // A cache between the device and the server must not hand this answer to a browser asking otherwise.
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    const body = decompress(reply.rawPayload).toString('utf8');
    expect(body).toBe(plain.body);
    expect(reply.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });
});

describe.each(DATABASES)('pull answers beyond ASCII on %s', (kind) => {
  let server: TestServer;
  let client: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    client = await setUpPractice(server);
  });
  afterAll(() => server.close());

  it('sends texts beyond Latin-1 exactly as they were pushed, with their length in bytes', async () => {
    const device = new Device(client);
    const id = randomUUID();
    // Typographic quotes and dashes, as a Dutch word processor writes them, and a name beyond Latin-1.
    const diagnosisText = 'Longcarcinoom – ’s nachts “benauwd”; mevrouw Łukasiewicz‑Öztürk';
    const pushed = await device.push([device.mutation('patient', id, patientData({ diagnosisText }), null)]);
    expect(pushed.body.results.map((result) => result.status)).toEqual(['applied']);

    const reply = await server.app.inject({
      method: 'GET',
      url: pullPath(0),
      headers: { host: '127.0.0.1', cookie: client.cookie ?? '', 'accept-encoding': 'identity' },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(reply.headers['content-length'])).toBe(reply.rawPayload.length);
    const body = pullResponseSchema.parse(JSON.parse(reply.rawPayload.toString('utf8')));
    const patient = body.changes.find((change) => change.recordId === id);
    expect(patient?.data).toMatchObject({ diagnosisText });
  });
});
