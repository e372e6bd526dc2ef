/**
 * HTTP hardening (issue 12, item 6): CSRF whatever the spelling of the path, the Host allowlist, the
 * security headers, the JSON depth limit and "no input answers 5xx". Path spellings and absolute-form
 * targets are sent over a real socket, as an attacker's client would, since inject normalises them.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain';
import { DATABASES, ORIGIN, setUpPractice, startTestServer, TestClient, type TestServer } from './harness';
import { Device, patientData } from './mutations';

/** Sends one raw HTTP/1.1 request and returns its status code and the raw answer. */
function rawRequest(port: number, lines: string[], body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(
        [...lines, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', body].join('\r\n'),
      );
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]), text });
    });
  });
}

describe.each(DATABASES)('HTTP hardening on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;
  let port: number;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const address = server.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => server.close());

  /** A push body for one new patient, and a way to see whether it was stored. */
  function newPush() {
    const device = new Device(beheerder);
    const mutation = device.mutation('patient', randomUUID(), patientData(), null);
    return {
      body: JSON.stringify({
        clientId: device.clientId,
        schemaVersion: SCHEMA_VERSION,
        mutations: [mutation],
      }),
      written: () => server.db.query('SELECT 1 FROM records WHERE record_id = $1', [mutation.recordId]),
    };
  }

  describe('CSRF, whatever the spelling of the target', () => {
    it.each([
      ['a percent-encoded path', '/%61pi/sync/push'],
      ['an absolute-form target', 'http://127.0.0.1/api/sync/push'],
      ['a doubled slash', '//api/sync/push'],
      ['an upper-case percent escape', '/%41PI/sync/push'],
    ])('refuses a push with only the cookie through %s, and stores nothing', async (_label, target) => {
      const push = newPush();
      const reply = await rawRequest(
        port,
        [
          `POST ${target} HTTP/1.1`,
          'Host: 127.0.0.1',
          `Cookie: ${beheerder.cookie ?? ''}`,
          'Content-Type: application/json',
        ],
        push.body,
      );
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(await push.written()).toEqual([]);
    });

    it('accepts the same push with the header and the public origin', async () => {
      const push = newPush();
      const reply = await rawRequest(
        port,
        [
          'POST /api/sync/push HTTP/1.1',
          'Host: 127.0.0.1',
          `Cookie: ${beheerder.cookie ?? ''}`,
          `Origin: ${ORIGIN}`,
          'X-Tijdig-Request: 1',
          'Content-Type: application/json',
        ],
        push.body,
      );
      expect(reply.status).toBe(200);
      expect(await push.written()).toHaveLength(1);
    });
  });

  describe('Host allowlist', () => {
    it.each(['evil.example', '127.0.0.1.evil.example', '127.0.0.1:9999'])(
      'answers a request for Host %s with 421 misdirectedHost',
      async (host) => {
        const reply = await beheerder.request('GET', '/api/auth/session', undefined, { host });
        expect(reply.status).toBe(421);
        expect(reply.body).toMatchObject({ code: 'misdirectedHost' });
      },
    );

    it('refuses a push to a foreign Host even when its Origin matches that Host', async () => {
      const push = newPush();
      const reply = await beheerder.request('POST', '/api/sync/push', JSON.parse(push.body), {
        host: 'evil.example',
        origin: 'http://evil.example',
      });
      expect(reply.status).toBe(421);
      expect(await push.written()).toEqual([]);
    });
  });

  describe('security headers', () => {
    it('sends a strict CSP, no framing, nosniff and no referrer on API answers and errors', async () => {
      for (const reply of [
        await beheerder.get('/api/health'),
        await beheerder.get('/api/nothing-here'),
        await new TestClient(server.app).post('/api/sync/push', {}),
      ]) {
        const csp = String(reply.headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toContain("frame-ancestors 'none'");
        expect(reply.headers['x-frame-options']).toBe('DENY');
        expect(reply.headers['x-content-type-options']).toBe('nosniff');
        expect(reply.headers['referrer-policy']).toBe('no-referrer');
      }
    });

    it('keeps every API answer out of the browser and proxy caches (a pull carries names and BSNs)', async () => {
      const answers = [
        await beheerder.get(`/api/sync/pull?since=0&limit=10&schemaVersion=${SCHEMA_VERSION}`),
        await beheerder.get('/api/auth/session'),
        await beheerder.get('/api/nothing-here'),
      ];
      for (const reply of answers) expect(reply.headers['cache-control']).toBe('no-store');
      expect(answers[0]?.status).toBe(200);
    });

    it('sends HSTS only when TLS is in front, never over plain http', async () => {
      expect((await beheerder.get('/api/health')).headers['strict-transport-security']).toBeUndefined();
      const spoofed = await beheerder.request('GET', '/api/health', undefined, {
        'x-forwarded-proto': 'https',
      });
      expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('deeply nested JSON', () => {
    it('answers 400 tooDeep to a value nested 8,000 deep in 20 KB, and stores nothing', async () => {
      const deep = `${'['.repeat(8000)}${']'.repeat(8000)}`;
      const reply = await beheerder.request(
        'POST',
        '/api/sync/push',
        `{"clientId":"${randomUUID()}","schemaVersion":${SCHEMA_VERSION},"mutations":[{"data":${deep}}]}`,
        { 'content-type': 'application/json' },
      );
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'tooDeep' });
    });

    it('still reads brackets inside strings as text', async () => {
      const reply = await beheerder.request(
        'POST',
        '/api/auth/login',
        JSON.stringify({ email: 'niemand@delinde.nl', password: '[{'.repeat(40) }),
        { 'content-type': 'application/json' },
      );
      expect(reply.status).toBe(401);
    });
  });
});

describe.each(DATABASES)('HTTP hardening behind a trusted proxy on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind, { trustProxy: 1, publicOrigins: ['https://tijdig.example'] });
  });
  afterAll(() => server.close());

  it('sends HSTS when the proxy reports https, and checks the Host the proxy forwarded', async () => {
    const client = new TestClient(server.app);
    const secure = await client.request('GET', '/api/health', undefined, {
      host: 'internal:8080',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'tijdig.example',
    });
    expect(secure.status).toBe(200);
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    const misdirected = await client.request('GET', '/api/health', undefined, {
      host: 'internal:8080',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
    });
    expect(misdirected.status).toBe(421);
  });
});

describe('a client that stops sending half-way', () => {
  let server: TestServer;
  let port: number;

  beforeAll(async () => {
    server = await startTestServer('pglite', { connectionTimeoutMs: 300 });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const address = server.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => server.close());

  /** Sends `text` and waits (at most 10 s) until the server closes the connection; whether it did. */
  function closedByServer(text: string): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => socket.write(text));
      const giveUp = setTimeout(() => {
        socket.destroy();
        resolve(false);
      }, 10_000);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
    });
  }

  it('loses the connection when the body stops coming, and when the headers never end', async () => {
    const headers = [
      'POST /api/sync/push HTTP/1.1',
      'Host: 127.0.0.1',
      `Origin: ${ORIGIN}`,
      'X-Tijdig-Request: 1',
      'Content-Type: application/json',
      'Content-Length: 100000',
    ];
    expect(await closedByServer([...headers, '', '{"clientId":'].join('\r\n'))).toBe(true);
    expect(await closedByServer('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n')).toBe(true);
    // The server still answers everyone else.
    const health = await rawRequest(port, ['GET /api/health HTTP/1.1', 'Host: 127.0.0.1']);
    expect(health.status).toBe(200);
  });
});
