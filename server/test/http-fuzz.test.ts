/**
 * No input produces a 5xx: every route, signed in and with the CSRF header (so bodies reach the
 * handlers), gets hostile bodies, query strings and headers from a seeded generator. The seed makes a
 * failure reproducible; the number of cases, not a clock, bounds the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';

const ROUTES = [
  'POST /api/setup',
  'POST /api/auth/login',
  'POST /api/invitations',
  'POST /api/invitations/lookup',
  'POST /api/invitations/accept',
  'POST /api/sync/push',
  'GET /api/sync/pull',
  'GET /api/audit',
  'POST /api/audit/events',
  'GET /api/records/patient/x',
  'GET /api/team',
];

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '',
  'x'.repeat(70_000),
  'tekst met \u0000 NUL',
  '\ud800 eenzame surrogaat',
  '../../etc/passwd',
  "'; DROP TABLE records; --",
  '2026-02-30T25:61:00Z',
  [],
  [[[[[[[[[[[]]]]]]]]]]],
  {},
  { __proto__: { isAdmin: true } },
  { constructor: { prototype: { polluted: 1 } } },
];

/** A small deterministic generator (mulberry32), so every run sends the same cases. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hostileBody(random: () => number, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (depth > 3 || random() < 0.4) return pick(HOSTILE_VALUES);
  const keys = ['clientId', 'schemaVersion', 'mutations', 'email', 'password', 'token', 'events', 'data'];
  if (random() < 0.3)
    return Array.from({ length: 1 + Math.floor(random() * 3) }, () => hostileBody(random, depth + 1));
  return Object.fromEntries(
    keys.filter(() => random() < 0.5).map((key) => [key, hostileBody(random, depth + 1)]),
  );
}

/** A query value; a lone surrogate cannot be percent-encoded, so it travels as a replacement character. */
const queryValue = (value: unknown) =>
  encodeURIComponent(String(value).replace(/[\ud800-\udfff]/g, '\ufffd'));

describe.each(DATABASES)('no input answers 5xx on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
  });
  afterAll(() => server.close());

  it.each(ROUTES)('%s answers hostile bodies and queries with less than 500', async (route) => {
    const [method = 'GET', path = '/'] = route.split(' ');
    const random = generator(path.length * 7919);
    const statuses = new Set<number>();
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const query = `?since=${queryValue(hostileBody(random))}&limit=${queryValue(hostileBody(random))}`;
      const payload = method === 'GET' ? undefined : JSON.stringify(hostileBody(random));
      const reply = await beheerder.request(
        method,
        path + (method === 'GET' ? query : ''),
        payload,
        payload === undefined ? {} : { 'content-type': 'application/json' },
      );
      statuses.add(reply.status);
    }
    expect([...statuses].filter((status) => status >= 500)).toEqual([]);
  });

  it.each([
    ['a broken cookie', { cookie: 'tijdig_session=%E0%A4%A' }],
    ['a content type with a bogus charset', { 'content-type': 'application/json; charset=utf-1' }],
    ['an absurd Content-Length', { 'content-length': '99999999999999999999' }],
    ['a CSRF header with a list', { 'x-tijdig-request': '1, 1' }],
    ['an Origin that is not a URL', { origin: 'null' }],
  ])('answers a push with %s with less than 500', async (_label, headers) => {
    const reply = await beheerder.request('POST', '/api/sync/push', '{}', {
      'content-type': 'application/json',
      ...headers,
    });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it.each([
    '/%',
    '/api/%zz',
    '/api/records/patient/%00',
    `/api/records/${'a'.repeat(400)}/x`,
    '/api/sync/pull?since=%ff',
  ])('answers the path %s with less than 500', async (path) => {
    const reply = await beheerder.request('GET', path);
    expect(reply.status).toBeLessThan(500);
  });

  it('answers invalid UTF-8 in a JSON body with less than 500', async () => {
    const reply = await beheerder.request(
      'POST',
      '/api/auth/login',
      Buffer.from([0x7b, 0x22, 0x65, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      { 'content-type': 'application/json' },
    );
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });
});
