/**
 * Sign-in reveals nothing by the work it does (issue 12, item 7): an unknown address, an address of one
 * practice and an address with accounts in several practices all cost exactly one scrypt derivation, one
 * lookup and one audit statement, and their refusals read alike. Derivations are counted at node:crypto.
 */
import * as crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  PASSWORD,
  setUpPractice,
  startTestServer,
  TestClient,
  type TestServer,
} from './harness';

vi.mock('node:crypto', { spy: true });

const ONE_PRACTICE = 'beheer@delinde.nl';
const TWO_PRACTICES = 'arts@beide.nl';
const UNKNOWN = 'niemand@nergens.nl';
const SECOND_PASSWORD = 'het wachtwoord bij De Linde';

describe.each(DATABASES)('the work of a sign-in on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000, loginAttemptsPerAddress: 1000 });
    const beheerder = await setUpPractice(server);
    await addPracticeDirectly(server, {
      practiceName: 'Huisartsenpraktijk Elders',
      email: TWO_PRACTICES,
      role: 'huisarts',
    });
    // The same address joins De Linde with a password of its own.
    const invited = await beheerder.post<{ token: string }>('/api/invitations', {
      roles: ['poh'],
      name: 'Arts Beide',
      email: TWO_PRACTICES,
    });
    const accepted = await new TestClient(server.app).post('/api/invitations/accept', {
      token: invited.body.token,
      name: 'Arts Beide',
      password: SECOND_PASSWORD,
    });
    expect(accepted.status).toBe(201);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    vi.mocked(crypto.scrypt).mockClear();
  });

  const login = (email: string, password: string) =>
    new TestClient(server.app).post<SessionInfo & { code?: string }>('/api/auth/login', { email, password });

  it.each([
    ['an unknown address', UNKNOWN],
    ['an address of one practice', ONE_PRACTICE],
    ['an address of two practices', TWO_PRACTICES],
  ])('refuses a wrong password for %s with one derivation and the same answer', async (_case, email) => {
    const reply = await login(email, 'een fout wachtwoord!');
    expect(crypto.scrypt).toHaveBeenCalledTimes(1);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({
      code: 'invalidCredentials',
      message: 'E-mail address or password is incorrect.',
    });
    expect(Object.keys(reply.headers).sort()).toEqual(
      Object.keys((await login(UNKNOWN, 'een fout wachtwoord!')).headers).sort(),
    );
  });

  it.each([
    [PASSWORD, 'Huisartsenpraktijk Elders', 'huisarts'],
    [SECOND_PASSWORD, 'Huisartsenpraktijk De Linde', 'poh'],
  ])(
    'signs an address of two practices in with one derivation, to the account whose password it is',
    async (password, practiceName, role) => {
      const reply = await login(TWO_PRACTICES, password);
      expect(crypto.scrypt).toHaveBeenCalledTimes(1);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ practice: { name: practiceName }, user: { role } });
    },
  );

  it('logs a refused sign-in under each account of the address, and once without one for an unknown address', async () => {
    const counts = async () =>
      (
        await server.db.query<{ attributed: number; unattributed: number }>(
          `SELECT (SELECT count(*)::int FROM audit_log WHERE event = 'login' AND outcome = 'denied') AS attributed,
                  (SELECT count(*)::int FROM audit_log_unattributed WHERE event = 'login') AS unattributed`,
        )
      )[0];
    const before = await counts();
    await login(TWO_PRACTICES, 'nog een fout wachtwoord');
    await login(UNKNOWN, 'nog een fout wachtwoord');
    const rows = await server.db.query<{ practice_name: string }>(
      `SELECT on_behalf_of AS practice_name FROM audit_log
        WHERE event = 'login' AND outcome = 'denied' ORDER BY id DESC LIMIT 2`,
    );
    expect(rows.map((row) => row.practice_name).sort()).toEqual([
      'Huisartsenpraktijk De Linde',
      'Huisartsenpraktijk Elders',
    ]);
    const after = await counts();
    // The unknown address: one row in the log of no practice, none in a practice's.
    expect(after).toEqual({
      attributed: (before?.attributed ?? 0) + 2,
      unattributed: (before?.unattributed ?? 0) + 1,
    });
  });
});
