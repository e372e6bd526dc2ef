/**
 * Sign-in hardening (issue 12, item 7): bounded hashing, a per-address limit across e-mails, setup
 * refusing before it hashes, the proxy-reported address as rate-limit key, an absolute session lifetime
 * and an exact idle timeout. Hashing is counted through a spy on the password module.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHashGate } from '../src/auth/hash-gate';
import * as passwords from '../src/auth/passwords';
import { configFromEnv } from '../src/config';
import { HttpError } from '../src/errors';
import {
  advanceClock,
  DATABASES,
  PASSWORD,
  setUpPractice,
  startTestServer,
  TestClient,
  type TestServer,
} from './harness';

vi.mock('../src/auth/passwords', { spy: true });

const BEHEERDER_EMAIL = 'beheer@delinde.nl';

describe('the password hashing bound', () => {
  it('runs at most `concurrency` hashes, queues a few and answers 429 with Retry-After beyond', async () => {
    const gate = createHashGate(1);
    const releases: (() => void)[] = [];
    const held = () =>
      gate.run(
        () =>
          new Promise<void>((resolve) => {
            releases.push(resolve);
          }),
      );
    const admitted = Array.from({ length: 5 }, held);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(releases).toHaveLength(1);
    let refusal: unknown;
    try {
      await held();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HttpError);
    expect(refusal).toMatchObject({
      statusCode: 429,
      code: 'tooManyRequests',
      headers: { 'retry-after': '5' },
    });
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all(admitted);
    await expect(gate.run(() => Promise.resolve('weer ruimte'))).resolves.toBe('weer ruimte');
  });
});

describe.each(DATABASES)('sign-in hardening on %s', (kind) => {
  beforeEach(() => {
    vi.mocked(passwords.hashPassword).mockClear();
    vi.mocked(passwords.matchPassword).mockClear();
  });

  describe('limits', () => {
    const PER_ADDRESS = 5;
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { loginAttemptsPerAddress: PER_ADDRESS });
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    it(`stops one address after ${PER_ADDRESS} logins across e-mails, with 429 and Retry-After, before hashing`, async () => {
      const client = new TestClient(server.app);
      const statuses: number[] = [];
      let lastRetryAfter: unknown;
      for (let attempt = 1; attempt <= 3 * PER_ADDRESS; attempt += 1) {
        const reply = await client.post('/api/auth/login', {
          email: `onbekend${attempt}@elders.nl`,
          password: 'geraden wachtwoord',
        });
        statuses.push(reply.status);
        lastRetryAfter = reply.headers['retry-after'];
      }
      expect(statuses.slice(0, PER_ADDRESS)).toEqual(Array<number>(PER_ADDRESS).fill(401));
      expect(statuses.slice(PER_ADDRESS)).toEqual(Array<number>(2 * PER_ADDRESS).fill(429));
      expect(Number(lastRetryAfter)).toBeGreaterThan(0);
      expect(passwords.matchPassword).toHaveBeenCalledTimes(PER_ADDRESS);
    });

    it('answers a second setup with 409 without hashing the password', async () => {
      const reply = await new TestClient(server.app).post('/api/setup', {
        practiceName: 'Tweede praktijk',
        name: 'Indringer',
        email: 'indringer@elders.nl',
        password: PASSWORD,
      });
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ code: 'alreadySetUp' });
      expect(passwords.hashPassword).not.toHaveBeenCalled();
    });
  });

  describe('behind a trusted proxy', () => {
    const PER_EMAIL = 3;
    let server: TestServer;
    beforeAll(async () => {
      // As TIJDIG_TRUST_PROXY=1 configures it: one proxy in front.
      const { trustProxy } = configFromEnv({ TIJDIG_TRUST_PROXY: '1' });
      server = await startTestServer(kind, { trustProxy, loginAttemptsPerWindow: PER_EMAIL });
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    it('keys the limit on the address the proxy reported: a new X-Forwarded-For per try does not dodge it', async () => {
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= PER_EMAIL + 2; attempt += 1) {
        const reply = await new TestClient(server.app).request(
          'POST',
          '/api/auth/login',
          { email: BEHEERDER_EMAIL, password: 'fout' },
          { 'x-forwarded-for': `10.9.8.${attempt}, 192.0.2.44` },
        );
        statuses.push(reply.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });

    it('still counts each client the proxy reports on its own', async () => {
      const reply = await new TestClient(server.app).request(
        'POST',
        '/api/auth/login',
        { email: BEHEERDER_EMAIL, password: PASSWORD },
        { 'x-forwarded-for': '192.0.2.45' },
      );
      // The password is accepted (202: the beheerder's second step follows), not refused with 429.
      expect(reply.status).toBe(202);
    });
  });

  describe('without a trusted proxy', () => {
    const PER_EMAIL = 3;
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { loginAttemptsPerWindow: PER_EMAIL });
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    it('ignores X-Forwarded-For entirely, so a new one per try does not dodge the limit', async () => {
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= PER_EMAIL + 1; attempt += 1) {
        const reply = await new TestClient(server.app).request(
          'POST',
          '/api/auth/login',
          { email: BEHEERDER_EMAIL, password: 'fout' },
          { 'x-forwarded-for': `10.9.8.${attempt}` },
        );
        statuses.push(reply.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });

  describe('session lifetime', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { idleTimeoutMinutes: 1, sessionMaxHours: 12 });
    });
    afterAll(() => server.close());

    it('keeps a session used every 20 s alive past the 1-minute idle timeout, and ends it after 61 idle seconds', async () => {
      const client = await setUpPractice(server);
      for (let use = 1; use <= 15; use += 1) {
        server.clock.now = new Date(server.clock.now.getTime() + 20_000);
        expect((await client.get('/api/auth/session')).status).toBe(200);
      }
      server.clock.now = new Date(server.clock.now.getTime() + 61_000);
      const reply = await client.get('/api/auth/session');
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'sessionExpired' });
    });
  });

  describe('absolute session lifetime', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { idleTimeoutMinutes: 30, sessionMaxHours: 12 });
    });
    afterAll(() => server.close());

    it('ends a session 12 hours after sign-in however active it is', async () => {
      const client = await setUpPractice(server);
      // A request every 25 minutes: never idle for long, yet the session does not last forever.
      for (let minutes = 25; minutes <= 12 * 60; minutes += 25) {
        advanceClock(server, { minutes: 25 });
        expect((await client.get('/api/auth/session')).status).toBe(200);
      }
      advanceClock(server, { minutes: 25 });
      const reply = await client.get('/api/auth/session');
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'sessionExpired' });
      expect(await server.db.query('SELECT 1 FROM sessions')).toEqual([]);
    });
  });
});
