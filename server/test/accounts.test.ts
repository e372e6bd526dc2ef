import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InvitationInfo, SessionInfo, SpecialistAccounts, Team } from '../../src/domain';
import { configFromEnv } from '../src/config';
import { hashPassword, verifyPassword } from '../src/auth/passwords';
import {
  addPracticeRows,
  advanceClock,
  DATABASES,
  enrolTotp,
  giveSecondFactor,
  inviteMember,
  PASSWORD,
  type Reply,
  setUpPractice,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  anyString,
} from './harness';

const BEHEERDER_EMAIL = 'beheer@delinde.nl';
/** Blocks that do not test rate limiting sign in often; they must never hit the limit by accident. */
const MANY_LOGINS = { loginAttemptsPerWindow: 1000 };

/** The Set-Cookie header that carries the session, as the browser receives it. */
function sessionCookieOf(reply: Reply): string {
  const header = reply.headers['set-cookie'];
  const all = Array.isArray(header) ? (header as string[]) : [String(header)];
  const cookie = all.find((value) => value.startsWith('tijdig_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return cookie;
}

/** Signs the beheerder in as a browser does: the password (202, a second step follows), then a code. */
async function loginBeheerder(
  server: TestServer,
  client: TestClient,
  headers: Record<string, string> = {},
): Promise<Reply<SessionInfo>> {
  const password = await client.request(
    'POST',
    '/api/auth/login',
    { email: BEHEERDER_EMAIL, password: PASSWORD },
    headers,
  );
  expect(password.status).toBe(202);
  return giveSecondFactor(server, client, BEHEERDER_EMAIL, headers);
}

const sessionOf = (client: TestClient) => client.get<SessionInfo & { code?: string }>('/api/auth/session');

describe.each(DATABASES)('accounts on %s', (kind) => {
  describe('first-run setup', () => {
    let server: TestServer;
    beforeEach(async () => {
      server = await startTestServer(kind);
    });
    afterEach(() => server.close());

    it('creates the practice and its beheerder, signs in and answers 201', async () => {
      const client = new TestClient(server.app);
      expect((await client.get('/api/setup')).body).toEqual({ isSetUp: false });

      const reply = await client.post<SessionInfo>('/api/setup', {
        practiceName: 'Huisartsenpraktijk De Linde',
        name: 'Anna Beheer',
        email: 'Beheer@DeLinde.nl',
        password: PASSWORD,
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        user: { name: 'Anna Beheer', email: 'beheer@delinde.nl', role: 'beheerder', isSharedDevice: false },
        practice: { name: 'Huisartsenpraktijk De Linde' },
        idleTimeoutMinutes: 30,
      });
      expect((await client.get('/api/setup')).body).toEqual({ isSetUp: true });
      // The setup answer signed the beheerder in.
      expect((await sessionOf(client)).body.user.id).toBe(reply.body.user.id);
    });

    it('answers 409 to a second setup and creates no second practice', async () => {
      await setUpPractice(server);
      const reply = await new TestClient(server.app).post('/api/setup', {
        practiceName: 'Overname',
        name: 'Indringer',
        email: 'indringer@example.nl',
        password: PASSWORD,
      });
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ code: 'alreadySetUp' });
      expect(reply.headers['set-cookie']).toBeUndefined();
      expect(await server.db.query('SELECT name FROM practices')).toEqual([
        { name: 'Huisartsenpraktijk De Linde' },
      ]);
    });
  });

  describe('login and sessions', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, MANY_LOGINS);
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    it('answers an unknown e-mail and a wrong password identically', async () => {
      const client = new TestClient(server.app);
      const unknown = await client.post('/api/auth/login', {
        email: 'niemand@delinde.nl',
        password: PASSWORD,
      });
      const wrong = await client.post('/api/auth/login', {
        email: BEHEERDER_EMAIL,
        password: 'fout wachtwoord',
      });
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual({ code: 'invalidCredentials', message: anyString });
      expect(wrong.status).toBe(unknown.status);
      expect(wrong.body).toEqual(unknown.body);
      expect(unknown.headers['set-cookie']).toBeUndefined();
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('gives a new session id at every login; an earlier session of the account stays valid', async () => {
      const client = new TestClient(server.app);
      const first = await loginBeheerder(server, client);
      const firstCookie = client.cookie;
      const second = await loginBeheerder(server, client);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(firstCookie).not.toBeNull();
      expect(client.cookie).not.toBeNull();
      expect(client.cookie).not.toBe(firstCookie);

      // What the code does: a login does not end other sessions of the account (each device keeps its
      // own), and it does not end the session the browser sent along either; that one ends by idle timeout.
      const earlier = new TestClient(server.app);
      earlier.cookie = firstCookie;
      expect((await sessionOf(earlier)).status).toBe(200);
      expect((await sessionOf(client)).status).toBe(200);
    });

    it('sets the cookie HttpOnly and SameSite=Strict, without Secure over plain http', async () => {
      const client = new TestClient(server.app);
      const reply = await loginBeheerder(server, client);
      const cookie = sessionCookieOf(reply);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie).not.toMatch(/;\s*Secure/i);
    });

    it('ends the session at logout, on the server and in the browser', async () => {
      const client = await signIn(server, BEHEERDER_EMAIL);
      const cookieBefore = client.cookie;
      const reply = await client.post('/api/auth/logout', undefined);
      expect(reply.status).toBe(204);
      expect(client.cookie).toBeNull();
      expect((await sessionOf(client)).status).toBe(401);

      // Replaying the old cookie value does not bring the session back.
      const replay = new TestClient(server.app);
      replay.cookie = cookieBefore;
      const again = await sessionOf(replay);
      expect(again.status).toBe(401);
      expect(again.body).toMatchObject({ code: 'notSignedIn' });
    });
  });

  describe('over https behind a proxy', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, {
        ...MANY_LOGINS,
        trustProxy: 1,
        publicOrigins: ['https://127.0.0.1', 'http://127.0.0.1'],
      });
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    it('sets the Secure flag when the request came over https', async () => {
      const client = new TestClient(server.app);
      const reply = await loginBeheerder(server, client, {
        'x-forwarded-proto': 'https',
        origin: 'https://127.0.0.1',
      });
      expect(reply.status).toBe(200);
      const cookie = sessionCookieOf(reply);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    });

    it('sets the Secure flag when every origin is https, even on a request that looks like plain http', async () => {
      // Behind a TLS proxy the server is not told to trust, a request looks like plain http.
      const httpsOnly = await startTestServer(kind, { ...MANY_LOGINS, publicOrigins: ['https://127.0.0.1'] });
      try {
        const email = 'huisarts@https-only.nl';
        await addPracticeRows(httpsOnly.db, { practiceName: 'Alleen https', email, role: 'huisarts' });
        const reply = await new TestClient(httpsOnly.app).request(
          'POST',
          '/api/auth/login',
          { email, password: PASSWORD },
          { origin: 'https://127.0.0.1' },
        );
        expect(reply.status).toBe(200);
        expect(sessionCookieOf(reply)).toMatch(/;\s*Secure/i);
      } finally {
        await httpsOnly.close();
      }
    });

    it('leaves Secure off when the proxy says the request came over http', async () => {
      const client = new TestClient(server.app);
      const reply = await loginBeheerder(server, client, { 'x-forwarded-proto': 'http' });
      expect(reply.status).toBe(200);
      expect(sessionCookieOf(reply)).not.toMatch(/;\s*Secure/i);
    });
  });

  describe('login rate limiting', () => {
    const ATTEMPTS = 4;
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, { loginAttemptsPerWindow: ATTEMPTS });
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    it(`answers 429 tooManyRequests after ${ATTEMPTS} attempts, even to the right password`, async () => {
      const client = new TestClient(server.app);
      for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
        const reply = await client.post('/api/auth/login', {
          email: BEHEERDER_EMAIL,
          password: 'geraden wachtwoord',
        });
        expect(reply.status).toBe(401);
      }
      const blocked = await client.post('/api/auth/login', {
        email: BEHEERDER_EMAIL,
        password: 'nog een gok',
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ code: 'tooManyRequests', message: anyString });
      const right = await client.post('/api/auth/login', { email: 'BEHEER@delinde.nl', password: PASSWORD });
      expect(right.status).toBe(429);
      expect(right.headers['set-cookie']).toBeUndefined();
    });

    it('counts per e-mail address: a colleague at the same address can still sign in', async () => {
      const client = new TestClient(server.app);
      const reply = await client.post('/api/auth/login', { email: 'collega@delinde.nl', password: PASSWORD });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'invalidCredentials' });
    });
  });

  describe('idle timeout', () => {
    let server: TestServer;
    let beheerder: TestClient;
    beforeAll(async () => {
      server = await startTestServer(kind, MANY_LOGINS);
      beheerder = await setUpPractice(server);
      await inviteMember(server, beheerder, 'poh', 'tablet@delinde.nl', { isSharedDevice: true });
    });
    afterAll(() => server.close());

    it('keeps a session through 29 idle minutes, and every request restarts the count', async () => {
      const client = await signIn(server, BEHEERDER_EMAIL);
      advanceClock(server, { minutes: 29 });
      expect((await sessionOf(client)).status).toBe(200);
      advanceClock(server, { minutes: 29 });
      expect((await sessionOf(client)).status).toBe(200);
    });

    it('ends a session after 31 idle minutes with sessionExpired', async () => {
      const client = await signIn(server, BEHEERDER_EMAIL);
      advanceClock(server, { minutes: 31 });
      const reply = await sessionOf(client);
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'sessionExpired' });
      // The session was deleted, not merely refused once.
      expect((await sessionOf(client)).body).toMatchObject({ code: 'notSignedIn' });
    });

    it('ends a shared-device session after 6 idle minutes but not after 4', async () => {
      const client = await signIn(server, 'tablet@delinde.nl');
      const session = await sessionOf(client);
      expect(session.body).toMatchObject({ user: { isSharedDevice: true }, idleTimeoutMinutes: 5 });
      advanceClock(server, { minutes: 4 });
      expect((await sessionOf(client)).status).toBe(200);
      advanceClock(server, { minutes: 6 });
      const expired = await sessionOf(client);
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ code: 'sessionExpired' });
    });

    it('removes sessions that ended without a request at the next sign-in, and keeps the live ones', async () => {
      await signIn(server, BEHEERDER_EMAIL); // never used again: the browser was closed
      advanceClock(server, { minutes: 20 });
      const live = await signIn(server, BEHEERDER_EMAIL);
      advanceClock(server, { minutes: 15 });
      const idleCutoff = new Date(server.clock.now.getTime() - 30 * 60_000);
      const ended = () => server.db.query('SELECT 1 FROM sessions WHERE last_seen_at < $1', [idleCutoff]);
      expect((await ended()).length).toBeGreaterThan(0);

      await signIn(server, 'tablet@delinde.nl');

      expect(await ended()).toEqual([]);
      expect((await sessionOf(live)).status).toBe(200);
    });
  });

  describe('invitations', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind, MANY_LOGINS);
      await setUpPractice(server);
    });
    afterAll(() => server.close());

    const invite = (client: TestClient, email: string, role = 'poh') =>
      client.post<{ token: string; path: string; expiresAt: string }>('/api/invitations', {
        role,
        name: 'Petra Oh',
        email,
      });

    it('lets only a beheerder invite', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const { client: gp } = await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl');
      const reply = await invite(gp, 'nieuw@delinde.nl');
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ code: 'forbidden' });
      expect(
        await server.db.query('SELECT 1 FROM invitations WHERE email = $1', ['nieuw@delinde.nl']),
      ).toEqual([]);
    });

    it('shows the practice and role before accepting, and the link works once', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const created = await invite(beheerder, 'poh@delinde.nl');
      expect(created.status).toBe(201);
      // The secret travels in the fragment, which browsers never send to a server.
      expect(created.body.path).toBe(`/uitnodiging#${created.body.token}`);

      const visitor = new TestClient(server.app);
      const lookup = await visitor.post<InvitationInfo>('/api/invitations/lookup', {
        token: created.body.token,
      });
      expect(lookup.status).toBe(200);
      expect(lookup.body).toEqual({
        practiceName: 'Huisartsenpraktijk De Linde',
        role: 'poh',
        roles: ['poh'],
        name: 'Petra Oh',
        email: 'poh@delinde.nl',
      });

      const accept = { token: created.body.token, name: 'Petra Oh', password: PASSWORD };
      const first = await visitor.post<SessionInfo>('/api/invitations/accept', accept);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ user: { email: 'poh@delinde.nl', role: 'poh' } });
      expect((await sessionOf(visitor)).status).toBe(200);

      const second = await new TestClient(server.app).post('/api/invitations/accept', {
        ...accept,
        password: 'een ander wachtwoord',
      });
      expect(second.status).toBe(404);
      expect(second.body).toMatchObject({ code: 'invitationNotFound' });
      const lookupAgain = await visitor.post('/api/invitations/lookup', { token: created.body.token });
      expect(lookupAgain.status).toBe(404);
      // The account kept the password of the first acceptance.
      await expect(signIn(server, 'poh@delinde.nl')).resolves.toBeInstanceOf(TestClient);
    });

    it('lists members and open invitations for the beheerder only', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      await invite(beheerder, 'open@delinde.nl', 'wijkverpleegkundige');
      const team = await beheerder.get<Team>('/api/team');
      expect(team.status).toBe(200);
      expect(team.body.members.map((m) => [m.email, m.role])).toEqual(
        expect.arrayContaining([
          [BEHEERDER_EMAIL, 'beheerder'],
          ['huisarts@delinde.nl', 'huisarts'],
          ['poh@delinde.nl', 'poh'],
        ]),
      );
      const openEmails = team.body.invitations.map((i) => i.email);
      expect(openEmails).toContain('open@delinde.nl');
      // Accepted invitations are members now, not open invitations.
      expect(openEmails).not.toContain('poh@delinde.nl');

      const gp = await signIn(server, 'huisarts@delinde.nl');
      const refused = await gp.get('/api/team');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'forbidden' });
    });

    it('lets every kernteam member list the specialist PZ accounts, but not a specialist', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const created = await invite(beheerder, 'consulent@stop.nl', 'specialist-pz');
      const visitor = new TestClient(server.app);
      const accepted = await visitor.post('/api/invitations/accept', {
        token: created.body.token,
        name: 'Sanne Consulent',
        password: PASSWORD,
      });
      // A specialist PZ sets up the second factor before the first session.
      expect(accepted.status).toBe(202);
      expect((await enrolTotp(server, visitor, 'consulent@stop.nl')).session).toBeDefined();

      const poh = await signIn(server, 'poh@delinde.nl');
      const listed = await poh.get<SpecialistAccounts>('/api/team/specialists');
      expect(listed.status).toBe(200);
      expect(listed.body.members.map((m) => [m.name, m.role])).toEqual([
        ['Sanne Consulent', 'specialist-pz'],
      ]);

      const specialist = await signIn(server, 'consulent@stop.nl');
      const refused = await specialist.get('/api/team/specialists');
      expect(refused.status).toBe(403);
    });

    it('invites a huisarts who is also beheerder: lookup, session and team list show both roles', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const created = await beheerder.post<{ token: string }>('/api/invitations', {
        roles: ['beheerder', 'huisarts'],
        name: 'Dr. Dubbel',
        email: 'dubbel@delinde.nl',
      });
      expect(created.status).toBe(201);
      const visitor = new TestClient(server.app);
      const lookup = await visitor.post<InvitationInfo>('/api/invitations/lookup', {
        token: created.body.token,
      });
      // The clinical role comes first: it is the role the account acts in.
      expect(lookup.body).toMatchObject({ role: 'huisarts', roles: ['huisarts', 'beheerder'] });
      const pending = await beheerder.get<Team>('/api/team');
      expect(pending.body.invitations.find((i) => i.email === 'dubbel@delinde.nl')?.roles).toEqual([
        'huisarts',
        'beheerder',
      ]);

      const accepted = await visitor.post('/api/invitations/accept', {
        token: created.body.token,
        name: 'Dr. Dubbel',
        password: PASSWORD,
      });
      // A beheerder sets up the second factor before the first session.
      expect(accepted.status).toBe(202);
      const { session } = await enrolTotp(server, visitor, 'dubbel@delinde.nl');
      expect(session?.user).toMatchObject({ role: 'huisarts', roles: ['huisarts', 'beheerder'] });
      // Both roles work: the new account may list the team (beheerder) and the huisartsen (clinical).
      expect((await visitor.get('/api/team')).status).toBe(200);
      expect((await visitor.get('/api/team/huisartsen')).status).toBe(200);
      const team = await beheerder.get<Team>('/api/team');
      expect(team.body.members.find((m) => m.email === 'dubbel@delinde.nl')?.roles).toEqual([
        'huisarts',
        'beheerder',
      ]);
    });

    it('still takes the single `role` of older devices', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const created = await invite(beheerder, 'oud@delinde.nl', 'wijkverpleegkundige');
      expect(created.status).toBe(201);
      const lookup = await new TestClient(server.app).post<InvitationInfo>('/api/invitations/lookup', {
        token: created.body.token,
      });
      expect(lookup.body).toMatchObject({ role: 'wijkverpleegkundige', roles: ['wijkverpleegkundige'] });
    });

    it.each([
      [['specialist-pz', 'beheerder'], 'roles.specialistAlone'],
      [['specialist-pz', 'huisarts'], 'roles.specialistAlone'],
      [['huisarts', 'poh'], 'roles.oneClinical'],
      [['poh', 'poh'], 'roles.duplicate'],
      [[], 'required'],
    ])('refuses the roles %j with 400 (%s) and stores nothing', async (roles, code) => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const reply = await beheerder.post<{ code: string; issues: { path: string; code: string }[] }>(
        '/api/invitations',
        { roles, name: 'Fout Gecombineerd', email: 'combinatie@delinde.nl' },
      );
      expect(reply.status).toBe(400);
      expect(reply.body.issues).toEqual(expect.arrayContaining([{ path: 'roles', code }]));
      expect(
        await server.db.query('SELECT 1 FROM invitations WHERE email = $1', ['combinatie@delinde.nl']),
      ).toEqual([]);
    });

    it('refuses an invitation after its validity (7 days by default)', async () => {
      const beheerder = await signIn(server, BEHEERDER_EMAIL);
      const created = await invite(beheerder, 'laat@delinde.nl');
      advanceClock(server, { days: 8 });
      const visitor = new TestClient(server.app);
      const lookup = await visitor.post('/api/invitations/lookup', { token: created.body.token });
      expect(lookup.status).toBe(404);
      const accept = await visitor.post('/api/invitations/accept', {
        token: created.body.token,
        name: 'Te Laat',
        password: PASSWORD,
      });
      expect(accept.status).toBe(404);
      expect(accept.body).toMatchObject({ code: 'invitationNotFound' });
      expect(await server.db.query('SELECT 1 FROM users WHERE email = $1', ['laat@delinde.nl'])).toEqual([]);
      const team = await (await signIn(server, BEHEERDER_EMAIL)).get<Team>('/api/team');
      expect(team.body.invitations.map((i) => i.email)).not.toContain('laat@delinde.nl');
    });
  });
});

describe('password hashing', () => {
  it('never lets the environment lower the scrypt cost below 2^17', () => {
    expect(configFromEnv({ TIJDIG_SCRYPT_LOG_N: '10' }).scryptLogN).toBe(17);
    expect(configFromEnv({ TIJDIG_SCRYPT_LOG_N: 'veel' }).scryptLogN).toBe(17);
    expect(configFromEnv({}).scryptLogN).toBe(17);
    expect(configFromEnv({ TIJDIG_SCRYPT_LOG_N: '18' }).scryptLogN).toBe(18);
  });

  it('hashes with N = 2^17 in a self-describing form that verifies', async () => {
    const hash = await hashPassword(PASSWORD, 17);
    expect(hash.startsWith('scrypt$17$')).toBe(true);
    await expect(verifyPassword(PASSWORD, hash)).resolves.toBe(true);
    await expect(verifyPassword('een ander wachtwoord', hash)).resolves.toBe(false);
  });
});
