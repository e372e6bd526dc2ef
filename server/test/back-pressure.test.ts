/**
 * Back-pressure: past a threshold the server answers 503 with Retry-After and the usual { code, message },
 * while /api/health stays answered. Pressure is forced through the database-check seam (a database
 * that does not answer), which the plugin runs as the server starts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain';
import { configFromEnv } from '../src/config';
import { startTestServer, TestClient, testConfig, type TestServer } from './harness';

const PULL = `/api/sync/pull?since=0&limit=10&schemaVersion=${SCHEMA_VERSION}`;
const CHECKING = { pressure: { ...testConfig().pressure, databaseCheckMs: 60_000, retryAfterSeconds: 7 } };

describe('back-pressure', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('turns requests away with 503 and Retry-After while the database does not answer', async () => {
    server = await startTestServer('pglite', CHECKING, { isHealthy: () => Promise.resolve(false) });
    const client = new TestClient(server.app);
    for (const reply of [
      await client.get(PULL),
      await client.post('/api/auth/login', { email: 'a@b.nl', password: 'een lang wachtwoord' }),
    ]) {
      expect(reply.status).toBe(503);
      expect(reply.headers['retry-after']).toBe('7');
      expect(reply.body).toEqual({ code: 'serverBusy', message: expect.any(String) as unknown });
    }
  });

  it('always answers /api/health, also under pressure', async () => {
    server = await startTestServer('pglite', CHECKING, { isHealthy: () => Promise.resolve(false) });
    const reply = await new TestClient(server.app).get('/api/health');
    expect(reply).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('serves as usual while the database answers its check', async () => {
    server = await startTestServer('pglite', CHECKING);
    const reply = await new TestClient(server.app).get(PULL);
    expect(reply.status).toBe(401); // not signed in: the request reached its route
  });
});

describe('back-pressure settings', () => {
  it('reads its thresholds from the environment', () => {
    expect(
      configFromEnv({
        TIJDIG_MAX_EVENT_LOOP_DELAY_MS: '250',
        TIJDIG_MAX_HEAP_MB: '400',
        TIJDIG_DB_CHECK_MS: '0',
        TIJDIG_RETRY_AFTER_S: '5',
      }).pressure,
    ).toEqual({ maxEventLoopDelayMs: 250, maxHeapUsedMb: 400, databaseCheckMs: 0, retryAfterSeconds: 5 });
    expect(configFromEnv({}).pressure).toEqual({
      maxEventLoopDelayMs: 1000,
      maxHeapUsedMb: 0,
      databaseCheckMs: 5000,
      retryAfterSeconds: 10,
    });
  });
});
