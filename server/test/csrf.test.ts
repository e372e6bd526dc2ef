import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain';
import {
  DATABASES,
  ORIGIN,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { Device, patientData } from './mutations';

describe.each(DATABASES)('CSRF protection on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
  });
  afterAll(() => server.close());

  /** A push as a cross-site page could send it: the victim's cookie rides along, the headers are the attacker's. */
  async function pushWith(headers: Record<string, string>) {
    const device = new Device(beheerder);
    const mutation = device.mutation('patient', randomUUID(), patientData(), null);
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { host: '127.0.0.1', cookie: beheerder.cookie ?? '', ...headers },
      payload: { clientId: device.clientId, schemaVersion: SCHEMA_VERSION, mutations: [mutation] },
    });
    const written = await server.db.query('SELECT 1 FROM records WHERE record_id = $1', [mutation.recordId]);
    return { status: response.statusCode, body: response.json<{ code: string }>(), written };
  }

  it('refuses a state-changing request without the custom header, and writes nothing', async () => {
    const reply = await pushWith({ origin: ORIGIN });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'csrf' });
    expect(reply.written).toEqual([]);
  });

  it('refuses a request from a foreign origin even with the header', async () => {
    const reply = await pushWith({ origin: 'https://evil.example', 'x-tijdig-request': '1' });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'csrf' });
    expect(reply.written).toEqual([]);
  });

  it('refuses a request without any Origin, and one from the same host over another scheme', async () => {
    expect((await pushWith({ 'x-tijdig-request': '1' })).status).toBe(403);
    expect((await pushWith({ origin: 'https://127.0.0.1', 'x-tijdig-request': '1' })).status).toBe(403);
  });

  it('accepts the same request with the header and the matching origin', async () => {
    const reply = await pushWith({ origin: ORIGIN, 'x-tijdig-request': '1' });
    expect(reply.status).toBe(200);
    expect(reply.written).toHaveLength(1);
  });

  it('also guards login and logout: a forged logout leaves the session alone', async () => {
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: '127.0.0.1', origin: 'https://evil.example', 'x-tijdig-request': '1' },
      payload: { email: 'beheer@delinde.nl', password: 'een lang wachtwoord' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();

    const logout = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { host: '127.0.0.1', origin: ORIGIN, cookie: beheerder.cookie ?? '' },
    });
    expect(logout.statusCode).toBe(403);
    expect((await beheerder.get('/api/auth/session')).status).toBe(200);
  });

  it('lets a GET through without the header or an Origin', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { host: '127.0.0.1', cookie: beheerder.cookie ?? '' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { roles: ['beheerder', 'huisarts'] } });
  });
});
